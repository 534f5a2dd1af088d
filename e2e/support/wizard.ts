import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe-core over the whole page: every page and state the e2e visits must have zero violations. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, `axe violations in "${state}"`).toEqual([]);
}

/** A full-page screenshot kept as a test artifact. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** The step heading has focus after a step change (keyboard and screen-reader users land on the question). */
export async function expectHeadingFocused(page: Page, name: string | RegExp): Promise<void> {
  const heading = page.getByRole("heading", { level: 2, name });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
}

/** First screen → direct path → domain → server host → results. */
export async function runDirect(page: Page, domain: string, host?: string, base = "/"): Promise<void> {
  await page.goto(base);
  await page.getByRole("radio", { name: /自分のドメインから|Mail I sent from my domain/ }).check();
  await page.getByRole("button", { name: /^(次へ|Next)$/ }).click();
  // Wait for each step's own field: the previous step's textbox may still be on screen for a moment.
  await page.waitForURL(/step=domain/);
  await page.locator("#domain").fill(domain);
  await page.getByRole("button", { name: /^(次へ|Next)$/ }).click();
  await page.waitForURL(/step=serverHost/);
  if (host) await page.locator("#serverHost").fill(host);
  await page.getByRole("button", { name: /^(診断する|Check now)$/ }).click();
  await waitForResults(page);
}

/** The verdict heading appears once the diagnosis has finished. */
export async function waitForResults(page: Page): Promise<void> {
  await expect(page.locator("#results-verdict, [id$='-verdict']").first()).toBeVisible({ timeout: 20_000 });
}

/** The page never scrolls sideways (360 px phones). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

import { createServer, type Server } from "node:http";
import { expect, test, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { resetZones } from "./support/fixture-dns";
import { expectAccessible, expectNoHorizontalScroll, shot, waitForResults } from "./support/wizard";

/*
 * The wizard inside a FAQ page on another origin. A small static server in the test plays the
 * FAQ site on two ports: 3197 is in the app's EMBED_ALLOWED_ORIGINS (playwright.config.ts), 3198
 * is not. 127.0.0.1:3100 (the app) and 127.0.0.1:3197 differ by port, so they are different
 * origins to the browser.
 */
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const HOST = "http://127.0.0.1:3197";
const OTHER = "http://127.0.0.1:3198";
const RECORD = '"v=spf1 a:www1234.sakura.ne.jp mx ~all"';
const RESULTS_QUERY = "path=direct&step=results&domain=nospf.todoku.test&serverHost=www1234.sakura.ne.jp";

function html(title: string, body: string): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; background: #fdf6e3; color: #1f2937; }
  main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
  .box { border: 1px solid #b8a97a; border-radius: 0.5rem; }
</style>
<script>
  // Every todoku-looking message the page receives, to know when a forged one has been handled.
  window.__seen = [];
  addEventListener("message", (e) => {
    if (e.data && e.data.source === "todoku") window.__seen.push({ origin: e.origin, height: e.data.height });
  });
</script>
</head>
<body><main>${body}</main></body>
</html>`;
}

function hostPages(): Record<string, string> {
  return {
    // The snippet as the README gives it: the wizard right after the script tag.
    "/": html(
      "よくある質問 — Gmail にメールが届かない",
      `<h1>よくある質問: Gmail にメールが届かない</h1>
<p>Gmail 宛てのメールが戻ってくるときは、下の診断で DNS の設定を確認できます。</p>
<script src="${APP}/embed.js" data-lang="ja" async></script>
<p>解決しない場合はサポート窓口までお問い合わせください。</p>`,
    ),
    // Placeholders in two languages, and the loader included twice (as a CMS plug-in might).
    "/placeholders": html(
      "よくある質問 — 2 つの埋め込み",
      `<h1>2 つの埋め込み</h1>
<script src="${APP}/embed.js" async></script>
<div class="box" data-todoku-embed data-lang="ja"></div>
<h2>English</h2>
<div class="box" data-todoku-embed data-lang="en"></div>
<script src="${APP}/embed.js" async></script>`,
    ),
    // An iframe written by hand without allow="clipboard-write": the browser refuses the clipboard.
    "/no-clipboard": html(
      "よくある質問 — 手書きの iframe",
      `<h1>手書きの iframe</h1>
<iframe src="${APP}/embed?lang=ja&${RESULTS_QUERY}" title="Gmail に届かないメールの診断" style="display:block;width:100%;height:1800px;border:0"></iframe>`,
    ),
    // Served from the other origin inside the host page: tries to resize the wizard.
    "/forger": html("forger", `<p>forger</p><script>parent.postMessage({ source: "todoku", type: "resize", version: 1, height: 4321 }, "*");</script>`),
  };
}

function listen(port: number): Promise<Server> {
  const pages = hostPages();
  const server = createServer((request, response) => {
    const body = pages[new URL(request.url ?? "/", "http://host").pathname];
    if (body === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

let servers: Server[] = [];

test.beforeAll(async () => {
  servers = await Promise.all([listen(3197), listen(3198)]);
});

test.afterAll(async () => {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

test.afterEach(resetZones);

/** The iframe's height on the FAQ page, in CSS pixels. */
function outerHeight(iframe: Locator): Promise<number> {
  return iframe.evaluate((el) => el.getBoundingClientRect().height);
}

/**
 * Waits until the iframe is exactly as tall as the document inside it (the wizard reported its
 * height and the loader applied it; no inner scrollbar), and returns that height.
 */
async function fittedHeight(iframe: Locator): Promise<number> {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error("the iframe has no frame");
  let height = 0;
  await expect
    .poll(
      async () => {
        height = await outerHeight(iframe);
        const inner = await frame.evaluate(() => ({
          // Set by the height reporter once it runs.
          reporting: document.documentElement.dataset.heightReporter === "on",
          content: Math.ceil(document.documentElement.getBoundingClientRect().height),
          scroll: document.documentElement.scrollHeight,
          view: window.innerHeight,
        }));
        return inner.reporting && Math.abs(height - inner.content) <= 1 && inner.scroll <= inner.view;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return height;
}

async function runDirectInFrame(frame: FrameLocator): Promise<void> {
  await frame.getByRole("radio", { name: /自分のドメインから/ }).check();
  await frame.getByRole("button", { name: "次へ" }).click();
  await frame.getByRole("textbox", { name: /ドメイン名/ }).fill("nospf.todoku.test");
  await frame.getByRole("button", { name: "次へ" }).click();
  await frame.getByRole("textbox", { name: /ホスト名/ }).fill("www1234.sakura.ne.jp");
  await frame.getByRole("button", { name: "診断する" }).click();
  await expect(frame.locator("[id$='-verdict']").first()).toBeVisible({ timeout: 20_000 });
}

async function openHost(target: Page, path = "/"): Promise<{ iframe: Locator; frame: FrameLocator }> {
  await target.goto(`${HOST}${path}`);
  const iframe = target.locator(`iframe[src^="${APP}/embed"]`).first();
  await expect(iframe).toHaveAttribute("title", "Gmail に届かないメールの診断");
  return { iframe, frame: target.frameLocator(`iframe[src^="${APP}/embed"]`).first() };
}

/** One directive of a Content-Security-Policy header ("frame-ancestors 'none'"). */
function directive(csp: string | undefined, name: string): string | undefined {
  return csp?.split(";").map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
}

test("headers: the embed may be framed by the allowed origin only, every other page by nobody", async ({ request }) => {
  for (const path of ["/embed", "/embed?lang=en"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(directive(response.headers()["content-security-policy"], "frame-ancestors")).toBe(`frame-ancestors 'self' ${HOST}`);
    expect(response.headers()["x-frame-options"]).toBeUndefined();
  }
  for (const path of ["/", "/en", "/embedded", "/en/embed"]) {
    const response = await request.get(path);
    expect(directive(response.headers()["content-security-policy"], "frame-ancestors"), path).toBe("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
  const loader = await request.get("/embed.js");
  expect(loader.status()).toBe(200);
  expect(loader.headers()["content-type"]).toMatch(/javascript/);
  expect(loader.headers()["cache-control"]).toMatch(/max-age=300/);
  expect(loader.headers()["content-security-policy"]).toBeUndefined();
  expect(loader.headers()["x-frame-options"]).toBeUndefined();
});

test("a full path completes inside the FAQ page's iframe, which grows and shrinks with it; copy works", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: HOST });
  const { iframe, frame } = await openHost(page);
  await expect(iframe).toHaveAttribute("allow", "clipboard-write");
  await expect(page.locator(`script[src="${APP}/embed.js"] + iframe`), "the wizard right after the script tag").toHaveCount(1);
  await expect(frame.getByRole("radio", { name: /自分のドメインから/ })).toBeVisible();
  const start = await fittedHeight(iframe);

  await frame.getByRole("radio", { name: /自分のドメインから/ }).check();
  await frame.getByRole("button", { name: "次へ" }).click();
  await expect(frame.getByRole("textbox", { name: /ドメイン名/ })).toBeVisible();
  const domainStep = await fittedHeight(iframe);
  expect(domainStep, "a shorter step shrinks the iframe").toBeLessThan(start - 50);

  await frame.getByRole("textbox", { name: /ドメイン名/ }).fill("nospf.todoku.test");
  await frame.getByRole("button", { name: "次へ" }).click();
  await frame.getByRole("textbox", { name: /ホスト名/ }).fill("www1234.sakura.ne.jp");
  await frame.getByRole("button", { name: "診断する" }).click();
  await expect(frame.locator("[id$='-verdict']").first()).toBeVisible({ timeout: 20_000 });
  const card = frame.getByRole("article").filter({ hasText: "SPF レコードを追加する" }).first();
  await expect(card.getByText(RECORD, { exact: true })).toBeVisible();
  const results = await fittedHeight(iframe);
  expect(results, "the results grow the iframe").toBeGreaterThan(start + 200);

  // The step lives in the iframe's URL (in its language); the FAQ page's own URL stays put.
  const inner = page.frames().find((f) => f.url().startsWith(`${APP}/embed`));
  expect(inner?.url()).toContain("step=results");
  expect(inner?.url()).toContain("lang=ja");
  expect(page.url()).toBe(`${HOST}/`);

  // Copy inside the iframe (allow="clipboard-write" from the loader).
  await card.getByRole("button", { name: "データをコピー" }).click();
  await expect(card.getByText("データをコピーしました").first()).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(RECORD);

  await shot(page, "30-embed-host-results-desktop");
  await expectAccessible(page, "FAQ page with the embedded results");

  // "Open in a full page": the same step on the site, in a new tab.
  const fullPage = frame.getByRole("link", { name: /全画面で開く/ });
  await expect(fullPage).toHaveAttribute("target", "_blank");
  await expect(fullPage).toHaveAttribute("rel", "noopener noreferrer");
  const popupPromise = page.waitForEvent("popup");
  await fullPage.click();
  const popup = await popupPromise;
  await expect(popup).toHaveURL(`${APP}/?${RESULTS_QUERY}`);
  await waitForResults(popup);
  await expect(popup.getByRole("banner")).toBeVisible();
  await popup.close();

  // Start over, inside the frame: back to the first screen and its height.
  await frame.getByRole("link", { name: "最初からやり直す" }).click();
  await expect(frame.getByRole("radio", { name: /自分のドメインから/ })).toBeVisible();
  const again = await fittedHeight(iframe);
  expect(again, "back to the first screen shrinks the iframe").toBeLessThan(results);
  expect(Math.abs(again - start)).toBeLessThanOrEqual(2);
  expect(page.frames().find((f) => f.url().startsWith(`${APP}/embed`))?.url()).toBe(`${APP}/embed?lang=ja`);
});

test("a 360 px phone: the embedded wizard fits the FAQ page's width", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { iframe, frame } = await openHost(page);
  await fittedHeight(iframe);
  await shot(page, "31-embed-host-start-360");
  await runDirectInFrame(frame);
  await fittedHeight(iframe);
  await expectNoHorizontalScroll(page);
  const inner = page.frames().find((f) => f.url().startsWith(`${APP}/embed`));
  expect(await inner?.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await shot(page, "32-embed-host-results-360");
});

test("without the clipboard in the frame, copy selects the text and says so", async ({ page }) => {
  await page.goto(`${HOST}/no-clipboard`);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("[id$='-verdict']").first()).toBeVisible({ timeout: 20_000 });
  const card = frame.getByRole("article").filter({ hasText: "SPF レコードを追加する" }).first();
  await card.getByRole("button", { name: "データをコピー" }).click();
  await expect(card.getByText("コピーが許可されていないため、文字を選択しました。", { exact: false }).first()).toBeVisible();
  const inner = page.frames().find((f) => f.url().startsWith(`${APP}/embed`));
  expect(await inner?.evaluate(() => window.getSelection()?.toString())).toBe(RECORD);
});

test("placeholders: each filled once though the loader is included twice, each sized on its own", async ({ page }) => {
  await page.goto(`${HOST}/placeholders`);
  const frames = page.locator(`iframe[src^="${APP}/embed"]`);
  await expect(frames).toHaveCount(2);
  const ja = frames.nth(0);
  const en = frames.nth(1);
  await expect(ja).toHaveAttribute("src", `${APP}/embed?lang=ja`);
  await expect(en).toHaveAttribute("src", `${APP}/embed?lang=en`);
  await expect(en).toHaveAttribute("title", "Diagnose mail that doesn't reach Gmail");
  const jaStart = await fittedHeight(ja);
  const enStart = await fittedHeight(en);

  // Only the English one moves on: the messages of one iframe never resize the other.
  const english = page.frameLocator(`iframe[src^="${APP}/embed?lang=en"]`);
  await expect(english.locator("html")).toHaveAttribute("lang", "en");
  await english.getByRole("radio", { name: /Mail I sent from my domain/ }).check();
  await english.getByRole("button", { name: "Next" }).click();
  await expect(english.getByRole("textbox")).toBeVisible();
  const enDomain = await fittedHeight(en);
  expect(enDomain).toBeLessThan(enStart - 50);
  expect(await outerHeight(ja)).toBe(jaStart);
  const enFrame = page.frames().find((f) => f.url().startsWith(`${APP}/embed`) && f.url().includes("lang=en"));
  expect(enFrame?.url()).toContain("step=domain");
  await expect(page.locator("script[src$='/embed.js']")).toHaveCount(2);
});

test("forged height messages from another origin or from the page itself are ignored", async ({ page }) => {
  const { iframe } = await openHost(page);
  const fitted = await fittedHeight(iframe);

  // A frame from a third origin (3198), then the FAQ page itself, post a perfectly shaped message.
  await page.evaluate((src) => {
    const forger = document.createElement("iframe");
    forger.src = src;
    forger.title = "forger";
    document.querySelector("main")?.append(forger);
  }, `${OTHER}/forger`);
  await page.evaluate(() => window.postMessage({ source: "todoku", type: "resize", version: 1, height: 150 }, "*"));
  // Both reached the page's listeners (the loader's among them) …
  await expect.poll(() => page.evaluate(() => (window as unknown as { __seen: { origin: string; height: number }[] }).__seen.filter((m) => m.height === 4321 || m.height === 150).map((m) => m.origin).sort())).toEqual([HOST, OTHER]);
  // … and changed nothing.
  expect(await outerHeight(iframe)).toBe(fitted);
  expect(await fittedHeight(iframe)).toBe(fitted);
});

test("a FAQ page on an origin that is not allowed cannot frame the wizard", async ({ page }) => {
  const response = page.waitForResponse((r) => r.url().startsWith(`${APP}/embed?`));
  await page.goto(`${OTHER}/`);
  const embed = await response;
  expect(directive(embed.headers()["content-security-policy"], "frame-ancestors")).toBe(`frame-ancestors 'self' ${HOST}`);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const iframe = page.locator(`iframe[src^="${APP}/embed"]`);
  await expect(iframe).toHaveCount(1);
  // Chromium replaces the refused document with its error page: no wizard, no height report.
  await expect.poll(() => page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.url())).toEqual(["chrome-error://chromewebdata/"]);
  await expect(page.frameLocator("iframe").getByRole("radio")).toHaveCount(0);
  expect(await outerHeight(iframe)).toBe(640);
  expect(await page.evaluate(() => (window as unknown as { __seen: unknown[] }).__seen)).toEqual([]);
});

test("/embed opened directly: no site header or footer, accessible in both languages", async ({ page }) => {
  await page.goto("/embed");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gmail に届かないメールの診断");
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toHaveCount(0);
  await expect(page.locator("header, footer")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /全画面で開く/ })).toHaveAttribute("href", "/");
  await expectAccessible(page, "embed: start");

  await page.goto(`/embed?lang=en&${RESULTS_QUERY}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await waitForResults(page);
  await expect(page.getByText(RECORD, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Open in a full page/ })).toHaveAttribute("href", `/en?${RESULTS_QUERY}`);
  await expect(page.getByRole("link", { name: "Start over" })).toHaveAttribute("href", "/embed?lang=en");
  await expectAccessible(page, "embed: results in English");
});

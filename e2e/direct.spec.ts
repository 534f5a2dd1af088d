import { expect, test } from "@playwright/test";
import { resetZones } from "./support/fixture-dns";
import { expectAccessible, expectHeadingFocused, expectNoHorizontalScroll, runDirect, shot, waitForResults } from "./support/wizard";

test.afterEach(resetZones);

test("direct, no SPF: the profile's record in Sakura's field names, copied exactly", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // The page's Content-Security-Policy (nonces, no eval) must not block anything the app needs.
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) blocked.push(message.text());
  });
  const first = await page.goto("/");
  expect(first?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expectAccessible(page, "start");
  await shot(page, "01-start");

  await page.getByRole("radio", { name: /自分のドメインから/ }).check();
  await page.getByRole("button", { name: "次へ" }).click();
  await expectHeadingFocused(page, "送信に使っているドメインは？");
  await expect(page.getByText("全 4 ステップ中 2 ステップ目")).toBeVisible();
  await expectAccessible(page, "domain step");

  // An empty answer is refused in Japanese, and nothing is lost.
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "ドメイン名を入力してください" })).toBeVisible();
  await expectAccessible(page, "domain step with an error");

  // A pasted address is understood as its domain.
  await page.getByRole("textbox", { name: /ドメイン名/ }).fill("Taro@NoSPF.todoku.test");
  await page.getByRole("button", { name: "次へ" }).click();
  await expectHeadingFocused(page, "お使いのサーバーのホスト名は？");
  await expect(page).toHaveURL(/domain=nospf\.todoku\.test/);
  await page.getByRole("textbox", { name: /ホスト名/ }).fill("www1234.sakura.ne.jp");
  await shot(page, "02-server-host");
  await page.getByRole("button", { name: "診断する" }).click();
  await waitForResults(page);
  await expect(page.getByRole("heading", { level: 2, name: /対応が必要です: SPF レコードを追加する/ })).toBeFocused();
  await shot(page, "03-results-no-spf");
  await expectAccessible(page, "results: no SPF");

  const card = page.getByRole("article").filter({ hasText: "SPF レコードを追加する" }).first();
  await expect(card.getByText("エントリ名", { exact: true })).toBeVisible();
  await expect(card.getByText("タイプ", { exact: true })).toBeVisible();
  await expect(card.getByText("データ", { exact: true })).toBeVisible();
  await expect(card.getByText('"v=spf1 a:www1234.sakura.ne.jp mx ~all"', { exact: true })).toBeVisible();

  await card.getByRole("button", { name: "データをコピー" }).click();
  await expect(card.getByText("データをコピーしました").first()).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('"v=spf1 a:www1234.sakura.ne.jp mx ~all"');

  // Reload keeps the step and the answers.
  await page.reload();
  await waitForResults(page);
  await expect(page.getByText('"v=spf1 a:www1234.sakura.ne.jp mx ~all"', { exact: true }).first()).toBeVisible();

  // Back goes to the previous step with the answer kept.
  await page.goBack();
  await expect(page.getByRole("textbox", { name: /ホスト名/ })).toHaveValue("www1234.sakura.ne.jp");
  expect(blocked).toEqual([]);
});

test("direct, several SPF records: one record to keep, the other to delete", async ({ page }) => {
  await runDirect(page, "multi.todoku.test", "www1234.sakura.ne.jp");
  await expect(page.getByRole("heading", { level: 2, name: /SPF レコードを 1 つにまとめる/ })).toBeVisible();
  const card = page.getByRole("article").filter({ hasText: "SPF レコードを 1 つにまとめる" }).first();
  await expect(card.getByText("このレコードを設定してください")).toHaveCount(1);
  await expect(card.getByText("このレコードを削除してください")).toHaveCount(1);
  const value = await card.locator("[data-row='value']").first().innerText();
  expect(value.match(/v=spf1/g)).toHaveLength(1);
  expect(value).toContain("a:www1234.sakura.ne.jp");
  await shot(page, "04-results-merge");
  await expectAccessible(page, "results: merge");
});

test("direct, DNS that never answers: partial results and a retry", async ({ page }) => {
  await runDirect(page, "timeout.todoku.test", "www1234.sakura.ne.jp");
  await expect(page.getByRole("heading", { level: 2, name: /一部の確認が DNS の応答の問題で完了しませんでした/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "もう一度確認する" })).toBeVisible();
  await expectAccessible(page, "results: partial");
});

test("a 360 px phone: no sideways scrolling on the results", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await runDirect(page, "lookups.todoku.test", "www1234.sakura.ne.jp");
  await expectNoHorizontalScroll(page);
  await page.getByText("SPF", { exact: true }).first().click();
  await expectNoHorizontalScroll(page);
  await shot(page, "05-results-360-lookups");
  await expectAccessible(page, "results at 360 px with SPF details open");
});

test("the results page reloaded directly runs the diagnosis again", async ({ page }) => {
  await page.goto("/?path=direct&step=results&domain=good.todoku.test&serverHost=www1234.sakura.ne.jp");
  await waitForResults(page);
  await expect(page.getByRole("heading", { level: 2, name: /必要な設定はそろっています/ })).toBeVisible();
  await shot(page, "06-results-good");
  await expectAccessible(page, "results: all good");
});

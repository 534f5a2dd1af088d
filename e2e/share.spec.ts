import { expect, test } from "@playwright/test";
import { readStoreConfig, createStore } from "@/lib/store";
import { getRecords, resetZones, setRecords } from "./support/fixture-dns";
import { expectAccessible, runDirect, shot } from "./support/wizard";

test.afterEach(resetZones);

test("a share link opens in a fresh browser and shows the same result; 'check the current state' shows what changed", async ({ page, browser }) => {
  await runDirect(page, "missing.todoku.test", "www1234.sakura.ne.jp");
  const verdict = "対応が必要です: SPF レコードにメールサーバーを追加する";
  await expect(page.getByRole("heading", { level: 2, name: verdict })).toBeVisible();
  await page.getByRole("button", { name: "この結果を共有する" }).click();
  const link = page.locator("#share-url");
  await expect(link).toBeVisible({ timeout: 15_000 });
  const url = (await link.innerText()).trim();
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{22,}$/);
  await expect(page.getByRole("link", { name: "新しいタブで開く" })).toHaveAttribute("target", "_blank");

  const other = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const support = await other.newPage();
  const response = await support.goto(url);
  expect(response?.status()).toBe(200);
  await expect(support.getByRole("heading", { level: 1, name: "共有された診断結果" })).toBeVisible();
  await expect(support.getByRole("heading", { level: 2, name: verdict })).toBeVisible();
  await expect(support.getByText('"v=spf1 include:_spf.mailer.test a:www1234.sakura.ne.jp ~all"', { exact: true }).first()).toBeVisible();
  // Read-only: no "check again" of the customer's, no forms.
  await expect(support.getByRole("button", { name: "もう一度確認する" })).toHaveCount(0);
  // The support summary, written on the server for this page, is the customer's one.
  await support.getByRole("button", { name: "サポート用のまとめをコピー" }).click();
  await expect(support.getByRole("button", { name: /サポート用のまとめをコピー — コピーしました/ })).toBeVisible();
  const summary = await support.evaluate(() => navigator.clipboard.readText());
  expect(summary.split("\n")[0]).toBe("todoku 診断結果（サポート用のまとめ）");
  expect(summary).toContain(`判定：${verdict}`);
  expect(summary).toContain("missing.todoku.test");
  await shot(support, "20-shared-result");
  await expectAccessible(support, "shared result");

  // The customer fixes the record; support checks the current state.
  const entries = (await getRecords("missing.todoku.test")) ?? [];
  await setRecords(
    "missing.todoku.test",
    entries.map((e) => (typeof e === "object" && "TXT" in e && String(e.TXT).startsWith("v=spf1") ? { ...e, TXT: "v=spf1 include:_spf.mailer.test a:www1234.sakura.ne.jp ~all" } : e)),
  );
  await support.getByRole("button", { name: "今の状態を確認する" }).click();
  await expect(support.getByText("SPF：送信サーバーが含まれていませんでした → 現在は合格しています")).toBeVisible({ timeout: 15_000 });
  await shot(support, "21-shared-result-rechecked");
  await expectAccessible(support, "shared result after check");
  await other.close();
});

test("unknown and expired share links: a clear page with 404 / 410", async ({ page }) => {
  const unknown = await page.goto("/r/AAAAAAAAAAAAAAAAAAAAAAAA");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "共有リンクが見つかりません" })).toBeVisible();
  await expectAccessible(page, "unknown share link");

  const { config } = readStoreConfig({ DATABASE_PATH: process.env.E2E_DATABASE_PATH ?? "test-results/e2e.sqlite" });
  const store = await createStore(config);
  const old = await store.snapshots.create({ payload: { version: 1 }, locale: "en", appVersion: "e2e", ttlDays: 1, now: new Date(Date.now() - 3 * 86_400_000) });
  await store.close();
  const expired = await page.goto(`/en/r/${old.id}`);
  expect(expired?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1, name: "This share link has expired" })).toBeVisible();
  await shot(page, "22-expired-link");
});

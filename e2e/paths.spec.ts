import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { addRecords, resetZones } from "./support/fixture-dns";
import { expectAccessible, expectHeadingFocused, runDirect, shot, waitForResults } from "./support/wizard";

test.afterEach(resetZones);

test("not sure: a pasted Gmail bounce is read back in plain words and pre-fills the rest", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("radio", { name: /よく分からない/ }).check();
  await page.getByRole("button", { name: "次へ" }).click();
  await expectHeadingFocused(page, "エラーメールを貼り付けてください");
  await expectAccessible(page, "bounce step");

  // Not a bounce: explained, and the text stays.
  await page.getByRole("textbox", { name: "エラーメールの内容" }).fill("こんにちは。来週の打ち合わせの件です。");
  await page.getByRole("button", { name: "エラーメールを読み取る" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /エラーメール/ })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "エラーメールの内容" })).toHaveValue("こんにちは。来週の打ち合わせの件です。");

  await page.getByRole("textbox", { name: "エラーメールの内容" }).fill(readFileSync("scripts/demo/bounces/nospf-direct.eml", "utf8"));
  await page.getByRole("button", { name: "エラーメールを読み取る" }).click();
  await expectHeadingFocused(page, "読み取った内容を確認してください");
  await expect(page.getByText(/Gmail がメールを受け取らなかった理由/)).toBeVisible();
  await expect(page.getByText("Gmail は nospf.todoku.test を、送信元 203.0.113.25 について確認しました。")).toBeVisible();
  await expect(page.getByRole("radio", { name: /自分のドメインから/ })).toBeChecked();
  await expect(page.getByRole("textbox", { name: /ドメイン名/ })).toHaveValue("nospf.todoku.test");
  await shot(page, "10-bounce-confirm");
  await expectAccessible(page, "confirm step");

  await page.getByRole("button", { name: "診断する" }).click();
  await waitForResults(page);
  // The server's host name came from the IP's reverse DNS, so the exact record is there.
  await expect(page.getByText('"v=spf1 a:www1234.sakura.ne.jp mx ~all"', { exact: true }).first()).toBeVisible();
  await expect(page.getByText("エラーメールからわかったこと")).toBeVisible();
  await shot(page, "11-bounce-results");
  await expectAccessible(page, "results after a bounce");
});

test("forwarding: explains what DNS can't fix and checks both domains", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("radio", { name: /転送している/ }).check();
  await page.getByRole("button", { name: "次へ" }).click();
  await page.waitForURL(/step=domain/);
  await page.locator("#domain").fill("forward.todoku.test");
  await page.getByRole("button", { name: "次へ" }).click();
  await expectHeadingFocused(page, /元の送信者のドメイン/);
  await page.locator("#originalDomain").fill("order@torihiki.example");
  await page.getByRole("button", { name: "次へ" }).click();
  await page.waitForURL(/step=serverHost/);
  await page.locator("#serverHost").fill("www1234.sakura.ne.jp");
  await page.getByRole("button", { name: "診断する" }).click();
  await waitForResults(page);
  const card = page.getByRole("article").filter({ hasText: "Gmail への転送は DNS の設定だけでは確実に届きません" }).first();
  await expect(card).toBeVisible();
  await expect(card.getByText(/IMAP で直接受信/)).toBeVisible();
  await expect(card.getByText(/torihiki\.example/).first()).toBeVisible();
  await shot(page, "12-forward");
  await expectAccessible(page, "results: forwarding");
});

for (const member of ["yes", "no"] as const) {
  test(`mailing list, failing address ${member === "yes" ? "is" : "is not"} a member`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("radio", { name: /メーリングリストから/ }).check();
    await page.getByRole("button", { name: "次へ" }).click();
    await page.waitForURL(/step=listDomain/);
    await page.locator("#listDomain").fill("members@ml.todoku.test");
    await page.getByRole("button", { name: "次へ" }).click();
    await expectHeadingFocused(page, /配信メンバーですか/);
    await page.getByRole("radio", { name: member === "yes" ? /はい、メンバーです/ : /いいえ、メンバーではありません/ }).check();
    await page.getByRole("button", { name: "次へ" }).click();
    await page.waitForURL(/step=serverHost/);
    await page.locator("#serverHost").fill("www1234.sakura.ne.jp");
    await page.getByRole("button", { name: "診断する" }).click();
    await waitForResults(page);
    if (member === "yes") {
      const card = page.getByRole("article").filter({ hasText: "SPF レコードにメールサーバーを追加する" }).first();
      await expect(card.locator("[data-row='value']").first()).toContainText("a:www1234.sakura.ne.jp");
      await expect(page.getByRole("heading", { name: /投稿者のドメインの DMARC/ })).toBeVisible();
    } else {
      await expect(page.getByRole("heading", { level: 2, name: /Gmail へ転送しているメンバーに連絡する/ })).toBeVisible();
    }
    await shot(page, `13-list-${member}`);
    await expectAccessible(page, `results: list member ${member}`);
  });
}

test("check again: 'not saved yet', then 'saved, wait N minutes' after the zone changes", async ({ page }) => {
  await runDirect(page, "nospf.todoku.test", "www1234.sakura.ne.jp");
  await page.getByRole("button", { name: "もう一度確認する" }).click();
  await expect(page.getByText("まだ保存されていません").first()).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page, "check again: not saved");

  await addRecords("nospf.todoku.test", [{ TXT: "v=spf1 a:www1234.sakura.ne.jp mx ~all" }]);
  // The button ignores a press while a check runs (aria-disabled, not disabled, so Playwright does
  // not wait for it): on a loaded machine a press can land in that moment, so press until a run
  // answers. The state it must reach is unchanged.
  await expect(async () => {
    await page.getByRole("button", { name: "もう一度確認する" }).click({ timeout: 5_000 });
    await expect(page.getByText("保存済み・反映待ち").first()).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 40_000 });
  await expect(page.getByText(/反映までの目安：最大で約 \d+ 分/).first()).toBeVisible();
  await shot(page, "14-check-again-saved");
  await expectAccessible(page, "check again: saved");
});

test("English: the whole path in English, panel fields named in both languages", async ({ page }) => {
  await runDirect(page, "nospf.todoku.test", "www1234.sakura.ne.jp", "/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: /Action needed: Add an SPF record/ })).toBeVisible();
  await expect(page.getByText("Entry name (エントリ名)").first()).toBeVisible();
  await shot(page, "15-english");
  await expectAccessible(page, "results in English");
  // The language switch keeps the answers.
  await page.getByRole("link", { name: "日本語に切り替える" }).click();
  await waitForResults(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByText("エントリ名", { exact: true }).first()).toBeVisible();
});

test("other DNS provider: Cloudflare's field names, and choosing another provider", async ({ page }) => {
  await runDirect(page, "cloudflare.todoku.test", "www1234.sakura.ne.jp");
  const card = page.getByRole("article").filter({ hasText: "SPF レコードを追加する" }).first();
  await expect(card.getByText("コンテンツ", { exact: true })).toBeVisible();
  await page.getByRole("combobox", { name: /別の DNS サービス/ }).selectOption("sakura");
  await page.getByRole("button", { name: "変更する" }).click();
  await expect(page).toHaveURL(/provider=sakura/);
  await waitForResults(page);
  await expect(page.getByRole("article").filter({ hasText: "SPF レコードを追加する" }).first().getByText("データ", { exact: true })).toBeVisible();
});

test("keyboard only: a whole path without the mouse", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab"); // home link
  await page.keyboard.press("Tab"); // language switch
  await page.keyboard.press("Tab"); // first radio
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: /自分のドメインから/ })).toBeChecked();
  await page.keyboard.press("Enter");
  await expectHeadingFocused(page, "送信に使っているドメインは？");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: /ドメイン名/ })).toBeFocused();
  await page.keyboard.type("nospf.todoku.test");
  await page.keyboard.press("Enter");
  await expectHeadingFocused(page, "お使いのサーバーのホスト名は？");
  await page.keyboard.press("Tab");
  await page.keyboard.type("www1234.sakura.ne.jp");
  await page.keyboard.press("Enter");
  await waitForResults(page);
  await expect(page.getByRole("heading", { level: 2, name: /対応が必要です/ })).toBeFocused();
  // The first copy button is reachable by Tab from the verdict.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");
    if (/コピー/.test(label)) break;
  }
  await expect(page.locator(":focus")).toHaveAccessibleName(/コピー/);
});

import { extractAddress } from "@/lib/bounce/addresses";
import { candidate, nextParagraph, paragraphAfter, type NoticeScan } from "@/lib/bounce/candidates";

/**
 * Notices from Japanese hosting companies, ISPs and mail filters. Each has its own frame around
 * the remote reply: m-FILTER (`-------server message`), BIGLOBE (`----- Non-delivered
 * information -----`), au one net (`Could not be delivered to: <…>`), and many hosting control
 * panels that label the parts in Japanese (`宛先：`, `エラー内容：`, `サーバーからの応答：`).
 */

const MFILTER_MESSAGE = /^-{3,}\s*server message\s*$/i;
const MFILTER_FAILED = /^以下のメールアドレスへの送信に失敗しました/;
const BIGLOBE_INFO = /^\s*-{3,}\s*Non-delivered information\s*-{3,}/i;
const AU_RECIPIENT = /Could not be delivered to:\s*<?([^<>\s]{3,320})>?/i;
const LABEL_LEAD = String.raw`^[\s■□●○◆◇▼▽▶・*＊#>-]*[【[<(（]?`;
const LABEL_TAIL = String.raw`[】\])>）]?\s*[:：]\s*(.*)$`;
const JA_REPLY_LABEL = new RegExp(
  `${LABEL_LEAD}(?:エラー(?:内容|メッセージ|の内容|詳細|理由)|エラーの原因|理由|原因|詳細(?:情報)?|(?:相手先|宛先|受信側)?サーバー?(?:から|の)(?:の)?(?:応答|返答|返信|メッセージ)|応答メッセージ|返答内容|Reason|Error message|Server response)${LABEL_TAIL}`,
  "i",
);
const JA_RECIPIENT_LABEL = new RegExp(
  `${LABEL_LEAD}(?:宛先|あて先|送信先|受信者|配信先|宛先アドレス|送信先(?:メール)?アドレス|Recipient)${LABEL_TAIL}`,
  "i",
);

export function scanJapaneseNotices(lines: readonly string[], scan: NoticeScan): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (MFILTER_MESSAGE.test(line) || BIGLOBE_INFO.test(line)) {
      const raw = paragraphAfter(lines, i + 1, 20).filter((entry) => !/^\s*-{3,}/.test(entry));
      if (raw.length > 0) scan.candidates.push(candidate(raw.join("\n"), "notice"));
      continue;
    }
    if (MFILTER_FAILED.test(line)) {
      for (const entry of nextParagraph(lines, i + 1, 20)) {
        const address = extractAddress(entry);
        if (address) scan.recipients.push(address);
      }
      continue;
    }
    const au = AU_RECIPIENT.exec(line);
    if (au?.[1]) {
      const recipient = extractAddress(au[1]);
      if (recipient) scan.recipients.push(recipient);
      const raw = paragraphAfter(lines, i + 1, 10);
      if (raw.length > 0) scan.candidates.push(candidate(raw.join("\n"), "notice", { recipient }));
      continue;
    }
    const label = JA_REPLY_LABEL.exec(line);
    if (label) {
      const sameLine = (label[1] ?? "").trim();
      const raw = sameLine ? [sameLine, ...paragraphAfter(lines, i + 1, 10).filter((entry) => /^\s/.test(entry))] : nextParagraph(lines, i + 1, 10);
      if (raw.length > 0) scan.candidates.push(candidate(raw.join("\n"), "notice"));
      continue;
    }
    const recipientLabel = JA_RECIPIENT_LABEL.exec(line);
    if (recipientLabel) {
      const address = extractAddress(recipientLabel[1] ?? "");
      if (address) scan.recipients.push(address);
    }
  }
}

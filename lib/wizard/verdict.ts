import type { LocalizedText } from "@/lib/findings/types";
import type { Diagnosis, DiagnosisAction } from "@/lib/wizard/types";

/** The one line the results page opens with. */
export function verdictOf(actions: readonly DiagnosisAction[], partial: boolean): Diagnosis["verdict"] {
  const required = actions.filter((a) => a.severity === "error");
  const first = required[0];
  if (first) {
    const more = required.length - 1;
    const text: LocalizedText = {
      ja: `対応が必要です: ${first.title.ja}${more > 0 ? `（ほか ${more} 件）` : ""}`,
      en: `Action needed: ${first.title.en}${more > 0 ? ` (and ${more} more)` : ""}`,
    };
    return { status: "action_needed", text };
  }
  if (partial) {
    return {
      status: "incomplete",
      text: {
        ja: "一部の確認が DNS の応答の問題で完了しませんでした。しばらくしてから、もう一度確認してください。",
        en: "Some checks could not finish because DNS did not answer properly. Please check again in a little while.",
      },
    };
  }
  const recommended = actions.filter((a) => a.severity === "warning").length;
  return {
    status: "ok",
    text:
      recommended > 0
        ? { ja: `必要な設定はそろっています（おすすめの改善が ${recommended} 件あります）。`, en: `The required settings are in place (${recommended} recommended improvement${recommended > 1 ? "s" : ""}).` }
        : { ja: "必要な設定はそろっています。", en: "The required settings are in place." },
  };
}

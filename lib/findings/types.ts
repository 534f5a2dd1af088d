export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Every user-facing sentence exists in both product languages. */
export interface LocalizedText {
  ja: string;
  en: string;
}

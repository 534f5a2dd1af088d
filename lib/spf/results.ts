/** The seven results of check_host() (RFC 7208 §2.6). */
export const SPF_RESULTS = ["pass", "fail", "softfail", "neutral", "none", "permerror", "temperror"] as const;
export type SpfResult = (typeof SPF_RESULTS)[number];

/** What a matching mechanism returns for each qualifier; no qualifier means "+" (RFC 7208 §4.6.2). */
export const QUALIFIER_RESULTS = { "+": "pass", "-": "fail", "~": "softfail", "?": "neutral" } as const satisfies Record<
  string,
  SpfResult
>;
export type Qualifier = keyof typeof QUALIFIER_RESULTS;

export function isQualifier(value: string | undefined): value is Qualifier {
  return value === "+" || value === "-" || value === "~" || value === "?";
}

export function isSpfResult(value: unknown): value is SpfResult {
  return typeof value === "string" && (SPF_RESULTS as readonly string[]).includes(value);
}

export { analyzeBounce, type AnalyzeOptions } from "@/lib/bounce/analyze";
export { AUTH_CATEGORIES, BOUNCE_CATEGORIES, BOUNCE_CATEGORY_IDS, isBounceCategory, type BounceCategory } from "@/lib/bounce/categories";
export { decodeUnknownBytes, decodeWithCharset } from "@/lib/bounce/charset";
export { MAX_INPUT_BYTES } from "@/lib/bounce/limits";
export { NOT_A_BOUNCE_REASONS, type NotABounceReason } from "@/lib/bounce/not-a-bounce";
export type { BounceAnalysis, BounceOutcome, BounceRecipient, BounceScenario, DkimSignatureInfo, DsnAction, IpSource } from "@/lib/bounce/types";

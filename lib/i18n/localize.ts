import type { Locale } from "@/lib/i18n/locales";

/** Replaces every `{ ja, en }` pair in a value by its text in the locale. */
export type Localized<T> = T extends { ja: infer J; en: infer E }
  ? [keyof T] extends ["ja" | "en"]
    ? J | E
    : { [K in keyof T]: Localized<T[K]> }
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

function isPair(value: object): value is { ja: unknown; en: unknown } {
  const keys = Object.keys(value);
  return keys.length === 2 && "ja" in value && "en" in value;
}

/**
 * Results are kept in both languages (so a stored result reads in either); the API sends the
 * reader's. Every object whose only keys are `ja` and `en` becomes that language's value.
 */
export function localize<T>(value: T, locale: Locale): Localized<T> {
  if (Array.isArray(value)) return value.map((item) => localize(item, locale)) as Localized<T>;
  if (value !== null && typeof value === "object") {
    if (isPair(value)) return localize((value as Record<Locale, unknown>)[locale], locale) as Localized<T>;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, locale)])) as Localized<T>;
  }
  return value as Localized<T>;
}

import type { Locale } from "@/lib/i18n/locales";

/** A message catalog: the Japanese texts define the shape, English must match it. */
export type Catalog<T> = Record<Locale, T>;

/** Widens literal string types so the English catalog can satisfy the Japanese shape. */
export type Shape<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: infer A) => string ? (...args: A) => string : Shape<T[K]>;
};

import type { Catalog, Shape } from "@/lib/i18n/messages/catalog";

/** Texts of the embedded wizard (`/embed`), shown inside a FAQ page's iframe. */
const ja = {
  pageTitle: "Gmail に届かないメールの診断 — todoku",
  /** The embed's one heading: shorter than the site's introduction, the FAQ page around it explains. */
  title: "Gmail に届かないメールの診断",
  openFullPage: "全画面で開く",
  newTab: "（新しいタブで開きます）",
};

const en: Shape<typeof ja> = {
  pageTitle: "Diagnose mail that doesn't reach Gmail — todoku",
  title: "Diagnose mail that doesn't reach Gmail",
  openFullPage: "Open in a full page",
  newTab: "(opens in a new tab)",
};

export const embedMessages: Catalog<Shape<typeof ja>> = { ja, en };

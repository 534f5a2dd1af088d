import { describe, expect, it } from "vitest";
import { syncDocumentLang } from "./document-lang";

/** A root element that counts writes to `lang`, as the browser's setter would see them. */
function root(initial: string) {
  let lang = initial;
  let writes = 0;
  return {
    get lang() {
      return lang;
    },
    set lang(value: string) {
      writes += 1;
      lang = value;
    },
    get writes() {
      return writes;
    },
  };
}

describe("syncDocumentLang", () => {
  it("leaves a root element that already has the locale untouched (no write at all)", () => {
    const element = root("ja");
    expect(syncDocumentLang(element, "ja")).toBe(false);
    expect(element.writes).toBe(0);
  });

  it("sets the locale after a switch of language", () => {
    const element = root("ja");
    expect(syncDocumentLang(element, "en")).toBe(true);
    expect(element.lang).toBe("en");
    expect(element.writes).toBe(1);
    expect(syncDocumentLang(element, "en")).toBe(false);
    expect(element.writes).toBe(1);
  });
});

/**
 * Copying with a fallback. The async clipboard API is refused inside iframes without the
 * `clipboard-write` permission, on insecure origins and in old browsers; then the text is
 * selected on the page so the customer can press Ctrl+C / ⌘C. Never throws.
 */
export type CopyOutcome = "copied" | "selected" | "failed";

const CLIPBOARD_TIMEOUT_MS = 2000;

async function writeClipboard(text: string): Promise<boolean> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // Some browsers leave the promise pending when the page is not focused: give up after a while.
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), CLIPBOARD_TIMEOUT_MS);
    });
    return await Promise.race([clipboard.writeText(text).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** Selects the whole text of an element (a form field's value, or an element's text). */
export function selectText(element: HTMLElement | null): boolean {
  if (!element) return false;
  try {
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
      element.focus();
      element.select();
      return true;
    }
    const selection = window.getSelection();
    if (!selection) return false;
    const range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts `text` on the clipboard; when that is refused, selects `fallback` (the element showing
 * the same text) instead. `fallback` may be a function, for elements rendered only on failure.
 */
export async function copyText(text: string, fallback: HTMLElement | null | (() => HTMLElement | null)): Promise<CopyOutcome> {
  if (await writeClipboard(text)) return "copied";
  try {
    const element = typeof fallback === "function" ? fallback() : fallback;
    return selectText(element) ? "selected" : "failed";
  } catch {
    return "failed";
  }
}

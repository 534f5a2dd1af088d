/**
 * What the embedded wizard (`/embed`) tells the page that frames it. public/embed.js keeps a
 * minimal copy of `isResizeMessage` (it is plain JavaScript served as is); e2e/embed.spec.ts
 * checks that the two agree by driving the real loader.
 */

/** Namespace of every message, so a host page with other widgets can tell ours apart. */
export const EMBED_MESSAGE_SOURCE = "todoku";
/** Bumped when the shape changes; the loader ignores versions it does not know. */
export const EMBED_MESSAGE_VERSION = 1;
/** Heights the loader accepts (CSS pixels): below is no wizard, above is a runaway layout. */
export const MIN_EMBED_HEIGHT = 100;
export const MAX_EMBED_HEIGHT = 20_000;

export interface ResizeMessage {
  source: typeof EMBED_MESSAGE_SOURCE;
  type: "resize";
  version: typeof EMBED_MESSAGE_VERSION;
  /** The document's height in whole CSS pixels. */
  height: number;
}

const RESIZE_KEYS = ["height", "source", "type", "version"];

/** A measured height as the loader accepts it: rounded up (never clip a pixel row), clamped. */
export function embedHeight(measured: number): number {
  if (!Number.isFinite(measured)) return MIN_EMBED_HEIGHT;
  return Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Math.ceil(measured)));
}

export function resizeMessage(measured: number): ResizeMessage {
  return { source: EMBED_MESSAGE_SOURCE, type: "resize", version: EMBED_MESSAGE_VERSION, height: embedHeight(measured) };
}

/**
 * Exactly a version-1 resize message: these four keys and no others, an integer height in range.
 * Anything else (other widgets' messages, other versions, forged sizes) is not ours.
 */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  if (keys.length !== RESIZE_KEYS.length || keys.some((key, i) => key !== RESIZE_KEYS[i])) return false;
  const { source, type, version, height } = record;
  return (
    source === EMBED_MESSAGE_SOURCE &&
    type === "resize" &&
    version === EMBED_MESSAGE_VERSION &&
    typeof height === "number" &&
    Number.isInteger(height) &&
    height >= MIN_EMBED_HEIGHT &&
    height <= MAX_EMBED_HEIGHT
  );
}

/**
 * Who may put a page of todoku in a frame. `/embed` (and anything under it) may be framed by the
 * app itself and by the FAQ sites listed in `EMBED_ALLOWED_ORIGINS`; every other page refuses
 * framing, so nobody can overlay the real wizard or a shared result on their own page
 * (clickjacking). The directive is one piece of a Content-Security-Policy: the proxy joins it
 * with the rest of the policy rather than owning the whole header.
 */

export interface FramingConfig {
  /** Origins (`scheme://host[:port]`, normalized) that may frame `/embed`, besides the app itself. */
  embedAllowedOrigins: readonly string[];
}

export interface FramingConfigReading {
  config: FramingConfig;
  /** One line per dropped entry, for the log. */
  warnings: string[];
}

/** `/embed` and `/embed/…`: not `/embedded`, `/embed.js` or `/en/embed`. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

// Host names as CSP sources take them: letters, digits, dots and hyphens (IDNs in punycode), or a
// bracketed IPv6 address. Everything else (wildcards, quotes, `;`, spaces) could widen or break
// the policy.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])$/;
const ORIGIN_SHAPE = /^(https?):\/\/([^/?#@\s]+)\/?$/i;

/** The normalized origin (`https://faq.example.jp`), or null when `value` is not exactly an origin. */
export function parseOrigin(value: string): string | null {
  const trimmed = value.trim();
  if (!ORIGIN_SHAPE.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/") return null;
  if (!HOST.test(url.hostname)) return null;
  return url.origin;
}

/** Reads `EMBED_ALLOWED_ORIGINS` (comma-separated origins); bad entries are dropped with a warning. */
export function readFramingConfig(env: Record<string, string | undefined>): FramingConfigReading {
  const raw = env.EMBED_ALLOWED_ORIGINS ?? "";
  const origins: string[] = [];
  const warnings: string[] = [];
  for (const entry of raw.split(",")) {
    if (!entry.trim()) continue;
    const origin = parseOrigin(entry);
    if (origin === null) {
      warnings.push(`EMBED_ALLOWED_ORIGINS: ignoring ${JSON.stringify(entry.trim())}: not an origin like https://faq.example.jp`);
    } else if (!origins.includes(origin)) {
      origins.push(origin);
    }
  }
  return { config: { embedAllowedOrigins: origins }, warnings };
}

/** The `frame-ancestors` directive for a page. */
export function frameAncestors(pathname: string, config: FramingConfig): string {
  if (!isEmbedPath(pathname)) return "frame-ancestors 'none'";
  return ["frame-ancestors", "'self'", ...config.embedAllowedOrigins].join(" ");
}

/**
 * The legacy `X-Frame-Options` for a page, or null for none. Browsers that know CSP ignore it when
 * `frame-ancestors` is present; old ones get the same answer. The embed sends none at all: DENY or
 * SAMEORIGIN would contradict its allow-list, and ALLOW-FROM is obsolete.
 */
export function frameOptions(pathname: string): "DENY" | null {
  return isEmbedPath(pathname) ? null : "DENY";
}

import { frameAncestors, frameOptions, type FramingConfig } from "@/lib/embed/frame-policy";

/**
 * The header set of every page, from one place so each path gets one coherent policy:
 * - a Content-Security-Policy where scripts run only with this response's nonce (Next.js adds
 *   it to its own scripts when it finds it in the request's CSP) and `'strict-dynamic'` lets
 *   those load their chunks; no `unsafe-eval` except in `next dev` (React's dev tooling needs it);
 * - who may frame the page (`lib/embed/frame-policy.ts`), and X-Frame-Options only where it says
 *   the same thing;
 * - Referrer-Policy: other sites see our origin at most, never a share link's path;
 * - nosniff, and a Permissions-Policy that turns off what the wizard never uses.
 */
export function contentSecurityPolicy(pathname: string, nonce: string, framing: FramingConfig, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Tailwind's classes are a stylesheet; React sets a few inline styles (no script runs from them).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameAncestors(pathname, framing),
  ].join("; ");
}

export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()";

export function pageSecurityHeaders(pathname: string, nonce: string, framing: FramingConfig, dev: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(pathname, nonce, framing, dev),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": PERMISSIONS_POLICY,
  };
  const options = frameOptions(pathname);
  if (options) headers["X-Frame-Options"] = options;
  return headers;
}

/** A fresh nonce per response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

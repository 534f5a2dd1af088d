import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, pageSecurityHeaders } from "@/lib/http/security-headers";

const framing = { embedAllowedOrigins: ["https://faq.example.jp"] };

describe("page security headers", () => {
  it("allow scripts only with the nonce, never eval in production", () => {
    const csp = contentSecurityPolicy("/", "abc123", framing, false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy("/", "x", framing, true)).toContain("'unsafe-eval'");
  });

  it("one coherent framing policy per path", () => {
    expect(pageSecurityHeaders("/", "n", framing, false)).toMatchObject({ "X-Frame-Options": "DENY", "Referrer-Policy": "strict-origin-when-cross-origin", "X-Content-Type-Options": "nosniff" });
    const embed = pageSecurityHeaders("/embed", "n", framing, false);
    expect(embed).not.toHaveProperty("X-Frame-Options");
    expect(embed["Content-Security-Policy"]).toContain("frame-ancestors 'self' https://faq.example.jp");
    expect(embed["Permissions-Policy"]).toContain("camera=()");
  });

  it("makes a different 128-bit nonce every time", () => {
    const a = newNonce();
    expect(a).not.toBe(newNonce());
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });
});

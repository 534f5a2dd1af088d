import { addCompileHints } from "./scripts/build/compile-hints.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build or dev server can run beside the main one (e.g. NEXT_DIST_DIR=.next-preview).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // DNS work needs node:dgram / node:net; keep the wire client out of any client bundle.
  serverExternalPackages: ["dns-packet"],
  compiler: {
    // React DOM and the Next.js runtime compiled while they download rather than on first call
    // (scripts/build/compile-hints.mjs).
    runAfterProductionCompile: async ({ distDir }) => {
      await addCompileHints({ distDir });
    },
  },
  async headers() {
    return [
      {
        // The FAQ pages' loader: cached briefly so a new version reaches them within minutes,
        // served while it revalidates. Loadable from any site (a classic script needs no CORS;
        // CORP covers host pages that require it).
        source: "/embed.js",
        headers: [
          { key: "Cache-Control", value: "public, max-age=300, stale-while-revalidate=3600" },
          { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
        ],
      },
      {
        // JSON answers: never sniffed as something else, never framed, no referrer to other sites.
        // (Pages get their full header set, with a per-request CSP nonce, in proxy.ts.)
        source: "/api/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

export default nextConfig;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build or dev server can run beside the main one (e.g. NEXT_DIST_DIR=.next-preview).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // DNS work needs node:dgram / node:net; keep the wire client out of any client bundle.
  serverExternalPackages: ["dns-packet"],
};

export default nextConfig;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // DNS work needs node:dgram / node:net; keep the wire client out of any client bundle.
  serverExternalPackages: ["dns-packet"],
};

export default nextConfig;

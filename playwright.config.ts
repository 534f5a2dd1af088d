import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The fixture DNS server with the demo zones (scripts/demo/zones.yml) is both the app's resolver
// and every zone's name server; e2e/support/fixture-dns.ts changes zones through its control port.
const DNS_PORT = Number(process.env.E2E_DNS_PORT ?? 5390);
const DNS_CONTROL_PORT = Number(process.env.E2E_DNS_CONTROL_PORT ?? 5391);
// Debian's chromium where it exists (Playwright cannot download its own browser offline);
// elsewhere Playwright's bundled browser.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = existsSync(CHROMIUM) ? CHROMIUM : undefined;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  timeout: 60_000,
  outputDir: "test-results/e2e",
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "off", screenshot: "only-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx scripts/fixture-dns.ts --port ${DNS_PORT} --control-port ${DNS_CONTROL_PORT} --zones scripts/demo/zones.yml`,
      port: DNS_PORT,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      // Needs a prior `next build` (npm test builds first).
      command: `npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        DNS_SERVERS: `127.0.0.1:${DNS_PORT}`,
        DNS_AUTH_PORT: String(DNS_PORT),
        DNS_TIMEOUT_MS: "1500",
        DNS_RETRIES: "0",
        // The suite makes far more than a minute's worth of calls from one address; the limiter
        // has its own tests (lib/http/rate-limiter.test.ts, lib/http/api-guard.test.ts).
        RATE_LIMIT_PER_MINUTE: "0",
        // The host page of e2e/embed.spec.ts; its other port (3198) is deliberately not allowed.
        EMBED_ALLOWED_ORIGINS: "http://127.0.0.1:3197",
        // Share links of the run, in a file e2e/share.spec.ts can open too.
        DATABASE_PATH: process.env.E2E_DATABASE_PATH ?? "test-results/e2e.sqlite",
      },
    },
  ],
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { COMPILE_HINT } from "../scripts/build/compile-hints.mjs";

// The build step of next.config.js (scripts/build/compile-hints.mjs) is what keeps React DOM's
// compilation off the main thread; this checks what the browser actually receives.
test("every page's framework chunks arrive with V8's compile hint on their first line", async ({ request }) => {
  const manifest = JSON.parse(readFileSync(join(process.env.NEXT_DIST_DIR || ".next", "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  expect(manifest.rootMainFiles.length).toBeGreaterThan(0);
  for (const path of ["/", "/embed"]) {
    const html = await (await request.get(path)).text();
    for (const file of manifest.rootMainFiles) expect(html, `${path} loads ${file}`).toContain(`/_next/${file}`);
  }
  for (const file of manifest.rootMainFiles) {
    const response = await request.get(`/_next/${file}`);
    expect(response.status()).toBe(200);
    expect((await response.text()).startsWith(`${COMPILE_HINT}\n`), file).toBe(true);
  }
});

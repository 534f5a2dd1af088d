import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "./compile-hints.mjs";

let distDir: string;

async function writeBuild(manifest: unknown, chunks: Record<string, string>) {
  await mkdir(join(distDir, "static/chunks"), { recursive: true });
  await writeFile(join(distDir, "build-manifest.json"), JSON.stringify(manifest));
  for (const [name, source] of Object.entries(chunks)) await writeFile(join(distDir, name), source);
}

const read = (name: string) => readFile(join(distDir, name), "utf8");

beforeEach(async () => {
  distDir = await mkdtemp(join(tmpdir(), "todoku-hints-"));
});

afterEach(async () => {
  await rm(distDir, { recursive: true, force: true });
});

describe("addCompileHints", () => {
  it("puts the hint on the first line of every root main file and leaves other chunks alone", async () => {
    await writeBuild(
      { rootMainFiles: ["static/chunks/react-dom.js", "static/chunks/runtime.js"], polyfillFiles: ["static/chunks/polyfills.js"] },
      {
        "static/chunks/react-dom.js": '"use strict";\nconsole.log("dom");',
        "static/chunks/runtime.js": "(globalThis.TURBOPACK||[]).push(1);",
        "static/chunks/polyfills.js": "polyfill();",
        "static/chunks/page.js": "page();",
      },
    );
    const result = await addCompileHints({ distDir });
    expect(result).toEqual({ marked: ["static/chunks/react-dom.js", "static/chunks/runtime.js"], alreadyMarked: [] });
    expect(await read("static/chunks/react-dom.js")).toBe(`${COMPILE_HINT}\n"use strict";\nconsole.log("dom");`);
    expect(await read("static/chunks/runtime.js")).toBe(`${COMPILE_HINT}\n(globalThis.TURBOPACK||[]).push(1);`);
    expect(await read("static/chunks/polyfills.js")).toBe("polyfill();");
    expect(await read("static/chunks/page.js")).toBe("page();");
  });

  it("is idempotent: a second run changes nothing", async () => {
    await writeBuild({ rootMainFiles: ["static/chunks/a.js"] }, { "static/chunks/a.js": "a();" });
    await addCompileHints({ distDir });
    const again = await addCompileHints({ distDir });
    expect(again).toEqual({ marked: [], alreadyMarked: ["static/chunks/a.js"] });
    expect(await read("static/chunks/a.js")).toBe(`${COMPILE_HINT}\na();`);
  });

  it("fails the build, naming the manifest, when Next.js no longer writes rootMainFiles", async () => {
    await writeBuild({ pages: {} }, {});
    await expect(addCompileHints({ distDir })).rejects.toThrow(/lists no rootMainFiles/);
    await writeBuild({ rootMainFiles: [] }, {});
    await expect(addCompileHints({ distDir })).rejects.toThrow(/lists no rootMainFiles/);
  });

  it("fails when the manifest or a listed chunk is missing", async () => {
    await expect(addCompileHints({ distDir })).rejects.toThrow(/cannot read .*build-manifest\.json/);
    await writeBuild({ rootMainFiles: ["static/chunks/gone.js"] }, {});
    await expect(addCompileHints({ distDir })).rejects.toThrow(/cannot read .*gone\.js/);
  });
});

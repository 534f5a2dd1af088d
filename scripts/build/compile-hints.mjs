// Marks the framework's first-load chunks for eager compilation, after `next build` has written
// them (next.config.js runs this through compiler.runAfterProductionCompile).
//
// Why: V8 compiles a function lazily, on the main thread, the first time it is called. Hydration
// calls most of React DOM and of the Next.js runtime at once, so a first visit spent ~75 ms
// (unthrottled, 2 cores) compiling them in the middle of its longest task. A first line
// `//# allFunctionsCalledOnLoad` (V8's explicit compile hints, Chrome 136+; other browsers ignore
// the comment) asks V8 to compile every function of the file on its background streaming thread
// while the file downloads. Measured with npm run bench:frontend: total blocking time on /embed
// about 280 → 80 ms, Lighthouse performance 92 → 98.
//
// Only the build manifest's rootMainFiles are marked: React DOM, the Next.js and Turbopack
// runtimes, which every page loads and whose functions hydration mostly calls. Page chunks gained
// nothing measurable (tried on /r/{id}), and the hint on code that is not called on load only costs memory.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/**
 * Prepends the compile hint to every rootMainFiles chunk of a build that does not start with it.
 * Idempotent. Throws, failing the build, when the manifest or a chunk is missing: a Next.js upgrade
 * that moves them must not silently lose the hint.
 *
 * @param {{ distDir: string }} build the build's output directory (absolute, or relative to the cwd)
 * @returns {Promise<{ marked: string[], alreadyMarked: string[] }>} chunk paths relative to distDir
 */
export async function addCompileHints({ distDir }) {
  const manifestPath = join(distDir, "build-manifest.json");
  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, "utf8"));
  } catch (error) {
    throw new Error(`compile hints: cannot read ${manifestPath} (${error instanceof Error ? error.message : String(error)})`);
  }
  const files = manifest?.rootMainFiles;
  if (!Array.isArray(files) || files.length === 0 || !files.every((file) => typeof file === "string" && file.endsWith(".js"))) {
    throw new Error(`compile hints: ${manifestPath} lists no rootMainFiles (.js); has Next.js changed its build output? See scripts/build/compile-hints.mjs`);
  }
  const marked = [];
  const alreadyMarked = [];
  for (const file of files) {
    const path = join(distDir, file);
    let source;
    try {
      source = await readFile(path, "utf8");
    } catch (error) {
      throw new Error(`compile hints: cannot read ${path} named by ${manifestPath} (${error instanceof Error ? error.message : String(error)})`);
    }
    // V8 looks for the comment at the very start of the script only.
    if (source.startsWith(COMPILE_HINT)) {
      alreadyMarked.push(file);
      continue;
    }
    await writeFile(path, `${COMPILE_HINT}\n${source}`);
    marked.push(file);
  }
  return { marked, alreadyMarked };
}

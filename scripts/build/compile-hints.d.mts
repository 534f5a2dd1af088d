// Types for compile-hints.mjs, which stays plain JavaScript so that next.config.js can import it.
export declare const COMPILE_HINT: "//# allFunctionsCalledOnLoad";
export declare function addCompileHints(build: { distDir: string }): Promise<{ marked: string[]; alreadyMarked: string[] }>;

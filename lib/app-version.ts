import pkg from "@/package.json" with { type: "json" };

/** The version stored with every share snapshot, so support staff know which rules produced it. */
export const APP_VERSION: string = pkg.version;

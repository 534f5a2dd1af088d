#!/usr/bin/env node
// `npm test`: every check in order (lint, types, unit, build, browser), with one tally line at the end.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
mkdirSync("test-results", { recursive: true });

const stages = [
  { name: "lint", cmd: ["npx", "eslint", "."] },
  { name: "typecheck", cmd: ["npx", "tsc", "--noEmit"] },
  {
    name: "unit",
    cmd: ["npx", "vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"],
    tally: () => vitestTally("test-results/unit.json"),
  },
  { name: "build", cmd: ["npx", "next", "build"] },
  { name: "e2e", cmd: ["npx", "playwright", "test"], tally: () => playwrightTally("test-results/e2e.json") },
];

function vitestTally(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, "utf8"));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightTally(file) {
  if (!existsSync(file)) return null;
  const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
}

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let ok = true;
for (const stage of stages) {
  if (only.length > 0 && !only.includes(stage.name)) continue;
  const started = Date.now();
  console.log(`\n=== ${stage.name}: ${stage.cmd.join(" ")}`);
  const run = spawnSync(stage.cmd[0], stage.cmd.slice(1), { stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const passed = run.status === 0;
  const tally = stage.tally?.();
  if (tally) {
    totals.passed += tally.passed;
    totals.failed += tally.failed;
    totals.skipped += tally.skipped;
  } else {
    totals[passed ? "passed" : "failed"] += 1;
  }
  if (!passed && tally && tally.failed === 0) totals.failed += 1; // the runner failed outside any test
  lines.push(`${passed ? "ok  " : "FAIL"} ${stage.name.padEnd(10)} ${seconds.padStart(6)} s${tally ? `  (${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped)` : ""}`);
  if (!passed) {
    ok = false;
    break;
  }
}

console.log("\n=== summary");
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);

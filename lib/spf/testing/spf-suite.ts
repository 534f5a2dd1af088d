import { readFileSync } from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { isSpfResult, type SpfResult } from "@/lib/spf/results";
import { buildZone, type Zone } from "@/lib/spf/testing/zonedata-client";

/** The shared openspf/pyspf YAML suites (see ../shared/testdata/spf/README.md). */
export const SUITE_DIR = path.resolve(process.cwd(), "../shared/testdata/spf");

export interface SuiteTest {
  id: string;
  scenario: string;
  spec: string;
  host: string;
  helo: string;
  mailfrom: string;
  /** Acceptable results, the preferred one first. */
  results: SpfResult[];
  /** Expected explanation; "DEFAULT" means no exp= text applies. */
  explanation?: string;
}

export interface SuiteScenario {
  description: string;
  tests: SuiteTest[];
  zone: Zone;
}

export function loadSuite(fileName: string): SuiteScenario[] {
  const text = readFileSync(path.join(SUITE_DIR, fileName), "utf8");
  const scenarios: SuiteScenario[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (!("toJS" in doc)) continue;
    const data = doc.toJS() as { description?: string; tests?: Record<string, Record<string, unknown>>; zonedata?: Record<string, unknown> } | null;
    if (!data?.tests) continue;
    const description = String(data.description ?? "");
    const tests: SuiteTest[] = Object.entries(data.tests).map(([id, t]) => {
      const results = ([] as unknown[]).concat(t.result).filter(isSpfResult);
      const test: SuiteTest = {
        id,
        scenario: description,
        // YAML reads a bare 3.3 as a number and one 4408 spec is a list.
        spec: Array.isArray(t.spec) ? t.spec.map(String).join(", ") : String(t.spec ?? ""),
        host: String(t.host ?? ""),
        helo: String(t.helo ?? ""),
        mailfrom: String(t.mailfrom ?? ""),
        results,
      };
      if (t.explanation !== undefined) test.explanation = String(t.explanation);
      return test;
    });
    scenarios.push({ description, tests, zone: buildZone(data.zonedata) });
  }
  return scenarios;
}

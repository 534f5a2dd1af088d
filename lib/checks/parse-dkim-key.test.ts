import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inspectDkimPublicKey } from "@/lib/checks/dkim-key";
import { parseDkimKeyRecord, type ParsedDkimKey } from "@/lib/checks/parse-dkim-key";
import { testKeys } from "@/lib/checks/testing/keys";

const kinds = (parsed: ParsedDkimKey) => parsed.issues.map((issue) => issue.kind);

describe("parseDkimKeyRecord", () => {
  it("reads every tag, with defaults for the absent ones", () => {
    const parsed = parseDkimKeyRecord("v=DKIM1; k=rsa; h=sha256; s=email; t=y:s; n=note; p=MIIB IjAN\r\n\tBgkq");
    expect(parsed).toMatchObject({
      version: "DKIM1",
      keyType: "rsa",
      keyTypeKnown: true,
      publicKey: "MIIBIjANBgkq",
      revoked: false,
      hashes: ["sha256"],
      services: ["email"],
      flags: ["y", "s"],
      testing: true,
      strict: true,
      notes: "note",
      usable: true,
      issues: [],
    });
    expect(parseDkimKeyRecord("p=AAAA")).toMatchObject({ version: null, keyType: "rsa", hashes: null, services: null, flags: [], testing: false, usable: true });
  });

  it("sees a revoked key in an empty p=", () => {
    expect(parseDkimKeyRecord("v=DKIM1; p=")).toMatchObject({ revoked: true, publicKey: "", usable: false, issues: [] });
  });

  it("reports a misplaced or wrong v=, a missing p= and duplicate tags", () => {
    expect(kinds(parseDkimKeyRecord("p=AAAA; v=DKIM1"))).toEqual(["syntax"]);
    expect(kinds(parseDkimKeyRecord("v=DKIM2; p=AAAA"))).toEqual(["syntax"]);
    expect(kinds(parseDkimKeyRecord("v=DKIM1; k=rsa"))).toEqual(["syntax"]);
    expect(parseDkimKeyRecord("v=DKIM1; p=AAAA; p=BBBB")).toMatchObject({ publicKey: "AAAA", usable: false, issues: [{ kind: "syntax", tag: "p=BBBB" }] });
  });

  it("keeps tag names case-sensitive (RFC 6376 §3.2)", () => {
    expect(parseDkimKeyRecord("v=DKIM1; P=AAAA")).toMatchObject({ publicKey: null, usable: false });
  });

  it("reports unknown key types, sha1-only keys and keys not for email", () => {
    expect(parseDkimKeyRecord("k=dsa; p=AAAA")).toMatchObject({ keyTypeKnown: false, issues: [{ kind: "syntax", tag: "k=dsa" }] });
    expect(kinds(parseDkimKeyRecord("h=sha1; p=AAAA"))).toEqual(["sha1_only"]);
    expect(kinds(parseDkimKeyRecord("h=sha1:sha256; p=AAAA"))).toEqual([]);
    expect(kinds(parseDkimKeyRecord("h=md5; p=AAAA"))).toEqual(["syntax"]);
    expect(kinds(parseDkimKeyRecord("s=tlsrpt; p=AAAA"))).toEqual(["syntax"]);
    expect(kinds(parseDkimKeyRecord("s=*; p=AAAA"))).toEqual([]);
  });

  it("rejects characters a tag value cannot hold", () => {
    expect(kinds(parseDkimKeyRecord("v=DKIM1; n=日本語; p=AAAA"))).toEqual(["syntax"]);
  });
});

describe("inspectDkimPublicKey", () => {
  const k = testKeys();
  it.each([
    ["rsa512", "rsa", k.rsa512, { ok: true, bits: 512, encoding: "spki" }],
    ["rsa1024", "rsa", k.rsa1024, { ok: true, bits: 1024, encoding: "spki" }],
    ["rsa2048", "rsa", k.rsa2048, { ok: true, bits: 2048, encoding: "spki" }],
    ["rsa2048 PKCS#1", "rsa", k.rsa2048Pkcs1, { ok: true, bits: 2048, encoding: "pkcs1" }],
    ["ed25519", "ed25519", k.ed25519, { ok: true, keyType: "ed25519", bits: 256, encoding: "raw" }],
    ["ed25519 in SPKI", "ed25519", k.ed25519Spki, { ok: false, problem: "ed25519_length" }],
    ["ed25519 SPKI with k=rsa", "rsa", k.ed25519Spki, { ok: false, problem: "type_mismatch", actualType: "ed25519" }],
    ["raw ed25519 with k=rsa", "rsa", k.ed25519, { ok: false, problem: "type_mismatch", actualType: "ed25519" }],
    ["rsa with k=ed25519", "ed25519", k.rsa2048, { ok: false, problem: "not_a_key" }],
    ["not base64", "rsa", "MIIB!!!", { ok: false, problem: "base64" }],
    ["cut off", "rsa", k.rsa2048.slice(0, 101), { ok: false, problem: "base64" }],
    ["truncated key", "rsa", k.rsa2048.slice(0, 200), { ok: false, problem: "not_a_key" }],
    ["not a key", "rsa", "QUJDRA==", { ok: false, problem: "not_a_key" }],
  ] as const)("%s", (_label, type, key, expected) => {
    expect(inspectDkimPublicKey(type, key)).toMatchObject(expected);
  });
});

const FRAGMENTS = [
  "v=DKIM1", "v=DKIM2", ";", "; ", " ", "\t", "\r\n ", "=", "k=", "rsa", "ed25519", "RSA", "p=", "MIIB", "AAAA", "QUJDRA==", "+/", "==",
  "h=", "sha1", "sha256", ":", "s=", "email", "*", "t=", "y", "n=", "x", "日本", "\u0000", "😀", "\ud800", "P=",
];
const dkimish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(""));

function invariants(text: string, parsed: ParsedDkimKey): void {
  expect(parsed.text).toBe(text);
  expect(parsed.revoked).toBe(parsed.publicKey === "");
  if (parsed.publicKey !== null) expect(parsed.publicKey).not.toMatch(/[ \t\r\n]/);
  if (parsed.usable) {
    expect(parsed.issues).toEqual([]);
    expect(parsed.keyTypeKnown).toBe(true);
    expect(parsed.publicKey).not.toBeNull();
  }
  expect(parsed.testing).toBe(parsed.flags.includes("y"));
  for (const issue of parsed.issues) {
    expect(issue.message.ja.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
  if (parsed.publicKey && parsed.keyTypeKnown) inspectDkimPublicKey(parsed.keyType as "rsa" | "ed25519", parsed.publicKey);
}

describe("parseDkimKeyRecord properties", () => {
  it("never throws and keeps its invariants on arbitrary text (5,000 cases)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => invariants(text, parseDkimKeyRecord(text))),
      { numRuns: 5000, seed: 6376 },
    );
  });

  it("never throws and keeps its invariants on DKIM-like text (5,000 cases)", () => {
    fc.assert(
      fc.property(dkimish, (text) => invariants(text, parseDkimKeyRecord(text))),
      { numRuns: 5000, seed: 8463 },
    );
  });

  it("never throws on random bytes as a key (2,000 cases)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom("rsa" as const, "ed25519" as const), (bytes, type) => {
        const result = inspectDkimPublicKey(type, Buffer.from(bytes).toString("base64"));
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 2000, seed: 8301 },
    );
  });
});

import { generateKeyPairSync } from "node:crypto";

export interface TestKeys {
  /** SubjectPublicKeyInfo DER in base64, as RFC 6376 §3.6.1 publishes an RSA key. */
  rsa512: string;
  rsa1024: string;
  rsa2048: string;
  /** A bare RSAPublicKey (PKCS#1), as some signers publish it. */
  rsa2048Pkcs1: string;
  /** The raw 32-byte Ed25519 key of RFC 8463 §4.2. */
  ed25519: string;
  /** The same Ed25519 key wrapped in SubjectPublicKeyInfo (wrong for DKIM). */
  ed25519Spki: string;
}

let cached: TestKeys | null = null;

function rsa(bits: number) {
  return generateKeyPairSync("rsa", { modulusLength: bits }).publicKey;
}

/** Fresh keys, generated once per test process. */
export function testKeys(): TestKeys {
  if (cached) return cached;
  const key2048 = rsa(2048);
  const ed = generateKeyPairSync("ed25519").publicKey;
  const x = ed.export({ format: "jwk" }).x ?? "";
  cached = {
    rsa512: rsa(512).export({ format: "der", type: "spki" }).toString("base64"),
    rsa1024: rsa(1024).export({ format: "der", type: "spki" }).toString("base64"),
    rsa2048: key2048.export({ format: "der", type: "spki" }).toString("base64"),
    rsa2048Pkcs1: key2048.export({ format: "der", type: "pkcs1" }).toString("base64"),
    ed25519: Buffer.from(x, "base64url").toString("base64"),
    ed25519Spki: ed.export({ format: "der", type: "spki" }).toString("base64"),
  };
  return cached;
}

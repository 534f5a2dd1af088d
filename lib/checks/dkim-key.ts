import { createPublicKey, type KeyObject } from "node:crypto";
import type { DkimKeyType } from "@/lib/checks/parse-dkim-key";

/**
 * What the p= of a key record holds.
 * - `spki`: a DER SubjectPublicKeyInfo, the form RFC 6376 §3.6.1 asks for RSA.
 * - `pkcs1`: a bare DER RSAPublicKey (RFC 8017 A.1.1), which some signers publish and common
 *   verifiers accept.
 * - `raw`: the 32-byte Ed25519 public key of RFC 8463 §4.2.
 */
export type DkimKeyEncoding = "spki" | "pkcs1" | "raw";

/**
 * Why a key could not be read:
 * - `base64`: p= is not base64.
 * - `not_a_key`: the bytes are no public key of the k= type.
 * - `type_mismatch`: a valid key of another type than k= says (`actualType`).
 * - `ed25519_length`: k=ed25519 but not the bare 32-byte key (e.g. wrapped in SubjectPublicKeyInfo).
 */
export type DkimKeyProblem = "base64" | "not_a_key" | "type_mismatch" | "ed25519_length";

export type DkimKeyInspection =
  | { ok: true; keyType: DkimKeyType; bits: number; encoding: DkimKeyEncoding }
  | { ok: false; problem: DkimKeyProblem; actualType?: string };

function decodeBase64(text: string): Buffer | null {
  if (text === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 === 1) return null;
  return Buffer.from(text, "base64");
}

function tryKey(make: () => KeyObject): KeyObject | null {
  try {
    return make();
  } catch {
    return null;
  }
}

/**
 * Reads the public key of a DKIM key record with node:crypto: its type and size in bits.
 * `publicKey` is the p= value without whitespace. Never throws.
 */
export function inspectDkimPublicKey(keyType: DkimKeyType, publicKey: string): DkimKeyInspection {
  const der = decodeBase64(publicKey);
  if (!der) return { ok: false, problem: "base64" };

  if (keyType === "ed25519") {
    if (der.length === 32) {
      const key = tryKey(() => createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: der.toString("base64url") }, format: "jwk" }));
      return key ? { ok: true, keyType, bits: 256, encoding: "raw" } : { ok: false, problem: "not_a_key" };
    }
    const wrapped = tryKey(() => createPublicKey({ key: der, format: "der", type: "spki" }));
    return wrapped?.asymmetricKeyType === "ed25519" ? { ok: false, problem: "ed25519_length" } : { ok: false, problem: "not_a_key" };
  }

  const spki = tryKey(() => createPublicKey({ key: der, format: "der", type: "spki" }));
  if (spki) {
    if (spki.asymmetricKeyType !== "rsa") return { ok: false, problem: "type_mismatch", actualType: spki.asymmetricKeyType ?? "unknown" };
    return { ok: true, keyType, bits: spki.asymmetricKeyDetails?.modulusLength ?? 0, encoding: "spki" };
  }
  const pkcs1 = tryKey(() => createPublicKey({ key: der, format: "der", type: "pkcs1" }));
  if (pkcs1?.asymmetricKeyType === "rsa") return { ok: true, keyType, bits: pkcs1.asymmetricKeyDetails?.modulusLength ?? 0, encoding: "pkcs1" };
  if (der.length === 32) return { ok: false, problem: "type_mismatch", actualType: "ed25519" };
  return { ok: false, problem: "not_a_key" };
}

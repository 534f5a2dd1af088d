import { describe, expect, it } from "vitest";
import { decodeIso2022Segments, decodeUnknownBytes, decodeWithCharset } from "@/lib/bounce/charset";

const PHRASE = "宛先のメールボックスが一杯です";

function encode(text: string, charset: "shift_jis" | "euc-jp" | "iso-2022-jp"): Uint8Array {
  // Node's TextEncoder only writes UTF-8, so the fixtures are spelled out as bytes.
  const bytes: Record<string, number[]> = {
    shift_jis: [0x88, 0xb6, 0x90, 0xe6],
    "euc-jp": [0xb0, 0xb8, 0xc0, 0xe8],
    "iso-2022-jp": [0x1b, 0x24, 0x42, 0x30, 0x38, 0x40, 0x68, 0x1b, 0x28, 0x42],
  };
  expect(text).toBe("宛先");
  return Uint8Array.from(bytes[charset] ?? []);
}

describe("decodeUnknownBytes", () => {
  it("reads UTF-8", () => {
    expect(decodeUnknownBytes(new TextEncoder().encode(PHRASE))).toBe(PHRASE);
  });

  it.each(["shift_jis", "euc-jp", "iso-2022-jp"] as const)("detects %s", (charset) => {
    const prefix = new TextEncoder().encode("550 5.2.2 ");
    const bytes = new Uint8Array([...prefix, ...encode("宛先", charset)]);
    expect(decodeUnknownBytes(bytes)).toBe("550 5.2.2 宛先");
  });

  it("falls back to windows-1252 for bytes that are no Japanese text", () => {
    expect(decodeUnknownBytes(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toBe("Café");
  });
});

describe("decodeWithCharset", () => {
  it("uses a declared charset and detects when the label is unknown", () => {
    expect(decodeWithCharset(encode("宛先", "euc-jp"), "EUC-JP")).toBe("宛先");
    expect(decodeWithCharset(encode("宛先", "shift_jis"), "x-unknown-charset")).toBe("宛先");
    expect(decodeWithCharset(encode("宛先", "shift_jis"), "CP932")).toBe("宛先");
  });
});

describe("decodeIso2022Segments", () => {
  it("decodes ISO-2022-JP runs left in a string and leaves the rest alone", () => {
    expect(decodeIso2022Segments("Diagnostic: \x1b$B08@h\x1b(B not found")).toBe("Diagnostic: 宛先 not found");
    expect(decodeIso2022Segments("plain")).toBe("plain");
  });
});

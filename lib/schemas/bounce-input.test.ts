import { describe, expect, it } from "vitest";
import { bounceInputSchema, BOUNCE_TEXT_MAX_BYTES, utf8ByteLength } from "@/lib/schemas/bounce-input";

describe("bounceInputSchema", () => {
  it("accepts a pasted bounce", () => {
    expect(bounceInputSchema.safeParse({ text: "550 5.7.26 x" }).success).toBe(true);
  });

  it.each([
    [{}, "bounce.text.required"],
    [{ text: 42 }, "bounce.text.required"],
    [{ text: " \n" }, "bounce.text.empty"],
    [{ text: "あ".repeat(Math.floor(BOUNCE_TEXT_MAX_BYTES / 3) + 1) }, "bounce.text.too_large"],
  ])("refuses %j with a message key", (value, key) => {
    const result = bounceInputSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(key);
  });

  it("counts UTF-8 bytes", () => {
    expect(utf8ByteLength("aé宛😀")).toBe(new TextEncoder().encode("aé宛😀").length);
  });
});

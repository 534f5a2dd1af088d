import { describe, expect, it } from "vitest";
import { cutBeforeReturnedMessage, findEmbeddedHeaders, parseDkimSignature, readOriginalMessage } from "@/lib/bounce/original-headers";
import { parseHeaderBlock, toLines } from "@/lib/bounce/text-lines";

describe("returned message header", () => {
  it("reads From, Return-Path, DKIM (aligned signature first) and list fields", () => {
    const fields = parseHeaderBlock(
      [
        "Return-Path: <seminar-bounces@lists.example.jp>",
        "DKIM-Signature: v=1; a=rsa-sha256; d=esp.example.com; s=k1; b=abc",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.jp;",
        "\ts=rs20260401; t=1; bh=x; b=y",
        "From: =?UTF-8?B?5bGx55Sw?= <taro@example.jp>",
        "List-Id: Seminar <seminar.lists.example.jp>",
      ].join("\n").split("\n"),
    );
    expect(readOriginalMessage(fields)).toEqual({
      from: "taro@example.jp",
      returnPath: "seminar-bounces@lists.example.jp",
      dkim: [
        { domain: "example.jp", selector: "rs20260401" },
        { domain: "esp.example.com", selector: "k1" },
      ],
      listId: "Seminar <seminar.lists.example.jp>",
      viaList: true,
      viaForward: false,
    });
  });

  it("refuses a DKIM-Signature without a usable d= or s=", () => {
    expect(parseDkimSignature("v=1; d=example.jp")).toBeNull();
    expect(parseDkimSignature("v=1; d=not a domain; s=x")).toBeNull();
  });

  it("finds a copy quoted after a notice's marker, and cuts the notice there", () => {
    const text = "Hi. This is the qmail-send program.\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <a@example.jp>\nFrom: a@example.jp\nSubject: x\n\nbody";
    expect(findEmbeddedHeaders(text)?.map((field) => field.name)).toEqual(["return-path", "from", "subject"]);
    expect(cutBeforeReturnedMessage(text)).toBe("Hi. This is the qmail-send program.\n");
  });
});

describe("List-Id with an encoded display name", () => {
  it("decodes RFC 2047 words, as Mailman writes Japanese list names", () => {
    const fields = parseHeaderBlock(toLines("From: a@example.jp\nList-Id: =?UTF-8?B?5Lya5ZOh?= <kaiin.ml.example.jp>\n"));
    expect(readOriginalMessage(fields).listId).toBe("会員 <kaiin.ml.example.jp>");
  });
});

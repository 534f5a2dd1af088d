import { MAX_LINE_CHARS, MAX_SCAN_LINES } from "@/lib/bounce/limits";

/**
 * Splits text into at most `maxLines` lines, each cut to `MAX_LINE_CHARS`, so that no regular
 * expression downstream ever runs over an unbounded string.
 */
export function toLines(text: string, maxLines: number = MAX_SCAN_LINES): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start <= text.length && lines.length < maxLines) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let line = text.slice(start, Math.min(end, start + MAX_LINE_CHARS));
    if (line.endsWith("\r")) line = line.slice(0, -1);
    lines.push(line);
    start = end + 1;
  }
  return lines;
}

/**
 * Removes one level of "> " quoting when most lines carry it: a bounce that was forwarded or
 * replied to inline before being pasted.
 */
export function unquote(text: string): string {
  const lines = text.split("\n");
  let quoted = 0;
  let filled = 0;
  for (const line of lines.slice(0, MAX_SCAN_LINES)) {
    if (line.trim() === "") continue;
    filled += 1;
    if (/^\s{0,3}>/.test(line) && !/^\s{0,3}>>> /.test(line)) quoted += 1;
  }
  if (filled === 0 || quoted < filled * 0.6) return text;
  return lines.map((line) => line.replace(/^\s{0,3}> ?/, "")).join("\n");
}

/** Collapses every run of white space to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** RFC 5322 §2.2.3: a line starting with white space continues the previous header field. */
export function isContinuation(line: string): boolean {
  return line.startsWith(" ") || line.startsWith("\t");
}

export interface HeaderField {
  /** Lower-case field name. */
  name: string;
  value: string;
}

const FIELD_LINE = /^([!-9;-~]{1,76}):[ \t]?(.*)$/;

/**
 * Reads an RFC 5322 header block: from the first line to the first blank line, folded lines
 * unfolded (joined with one space). Lines that are neither fields nor continuations are skipped
 * rather than ending the block, because pasted headers are often slightly damaged.
 */
export function parseHeaderBlock(lines: readonly string[], maxFields = 400): HeaderField[] {
  const fields: HeaderField[] = [];
  let current: HeaderField | null = null;
  for (const line of lines) {
    if (isBlank(line)) break;
    if (current && isContinuation(line)) {
      if (current.value.length < 8_000) current.value = `${current.value} ${line.trim()}`;
      continue;
    }
    const match = FIELD_LINE.exec(line);
    if (!match) {
      current = null;
      continue;
    }
    if (fields.length >= maxFields) break;
    current = { name: (match[1] ?? "").toLowerCase(), value: (match[2] ?? "").trim() };
    fields.push(current);
  }
  return fields;
}

export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  return fields.filter((field) => field.name === name).map((field) => field.value);
}

export function firstHeader(fields: readonly HeaderField[], name: string): string | null {
  return fields.find((field) => field.name === name)?.value ?? null;
}

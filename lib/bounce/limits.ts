/**
 * Bounds that keep parsing time proportional to a small, fixed amount of work whatever the
 * input. A real failure report is short and comes first: RFC 6522 §3 puts the human-readable
 * part and the machine-readable report before the (optional, possibly huge) returned message.
 */

/** Largest input the API accepts: 1 MiB. The library truncates anything longer to this. */
export const MAX_INPUT_BYTES = 1_048_576;

/**
 * The prefix of a MIME message handed to the MIME parser. postal-mime awaits once per line and
 * keeps every line as a separate chunk, so its cost grows with the line count, not the size.
 */
export const MIME_PREFIX_BYTES = 262_144;
export const MIME_PREFIX_LINES = 6_000;

/** Lines of any one text that the scanners look at. */
export const MAX_SCAN_LINES = 6_000;

/** Characters of one line that a regular expression ever sees. */
export const MAX_LINE_CHARS = 2_000;

/** Characters of one SMTP reply (after joining continuation lines). */
export const MAX_REPLY_CHARS = 4_000;

/** Lines one multi-line SMTP reply may span (RFC 5321 §4.2.1 sets no limit; real ones are short). */
export const MAX_REPLY_LINES = 40;

/** Recipients reported for one bounce. */
export const MAX_RECIPIENTS = 100;

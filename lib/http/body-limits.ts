import { BOUNCE_TEXT_MAX_BYTES } from "@/lib/schemas/bounce-input";

/**
 * Request body caps of the API, read before parsing (a declared Content-Length over the cap is refused
 * unread; a body that grows past it is abandoned mid-stream). Field lengths are the schemas' business.
 */

/** `POST /api/v1/bounce`: the raw mail or `{ "text": … }`, 1 MiB. */
export const BOUNCE_BODY_MAX_BYTES = BOUNCE_TEXT_MAX_BYTES;

/** `POST /api/v1/diagnose` and `POST /api/v1/reports`: the pasted mail (1 MiB) plus 64 KiB for the other fields. */
export const DIAGNOSE_BODY_MAX_BYTES = BOUNCE_TEXT_MAX_BYTES + 64 * 1024;

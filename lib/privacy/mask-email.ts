/**
 * Masking of e-mail addresses wherever a result leaves the customer's screen (support summary,
 * share links): the domain stays (it is what the diagnosis is about), the person does not.
 */

const EMAIL = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/** `hanako@gmail.com` → `h***@gmail.com`. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}

/** Masks every e-mail address in a text. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, maskEmail);
}

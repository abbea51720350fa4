// The web app checks addresses with this same rule (`@dcx/kit/email-address`): this module goes
// into its bundle, so it must stay free of imports and Node APIs.

/** The longest address SMTP can carry in a forward path (RFC 5321 §4.5.3.1.3). */
export const EMAIL_MAX = 254;
const LOCAL_PART_MAX = 64;

/** RFC 5322 dot-atom: printable characters other than specials, dots only between them. */
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** Host-name labels of 1–63 letters, digits and inner hyphens; at least two labels. */
const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * True for an ordinary lower-case Internet address such as `jane.doe+cloud@vodacom.co.za`.
 * Quoted local parts, comments and IP-literal domains are valid in RFC 5322 but refused here:
 * nobody uses them for the platform's mail, and they are a classic route for header and parser
 * confusion.
 */
export function isEmailAddress(text: string): boolean {
  if (text.length > EMAIL_MAX) return false;
  const at = text.lastIndexOf("@");
  if (at <= 0) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  return local.length <= LOCAL_PART_MAX && LOCAL_PART.test(local) && DOMAIN.test(domain);
}

/** A lower-case Internet host name such as `dcx.cloud` (at least two labels). */
export const isDomainName = (text: string) => text.length <= EMAIL_MAX && DOMAIN.test(text);

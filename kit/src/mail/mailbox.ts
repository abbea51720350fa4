import addressparser from "nodemailer/lib/addressparser";

/**
 * One mailbox, `"Name <address>"` or a bare address, read by nodemailer's own address parser so
 * that what is checked is what gets sent; undefined for a list, a group or anything on two lines.
 */
export function parseMailbox(text: string): { name: string; address: string } | undefined {
  if (/[\r\n]/.test(text)) return undefined;
  const [only, ...others] = addressparser(text);
  return only?.address && others.length === 0 ? { name: only.name, address: only.address } : undefined;
}

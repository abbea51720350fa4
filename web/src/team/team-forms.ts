import { isEmailAddress } from "@dcx/kit/email-address";

export interface InviteFields {
  email: string;
  displayName: string;
}

/**
 * The invitation as the server will store it (address trimmed and lower-cased, name trimmed), or
 * what is wrong with each field by the same rules; the server remains the judge.
 */
export function parseInvite(
  fields: InviteFields,
): { invite: InviteFields } | { errors: Partial<Record<keyof InviteFields, string>> } {
  const email = fields.email.trim().toLowerCase();
  const displayName = fields.displayName.trim();
  const errors: Partial<Record<keyof InviteFields, string>> = {};
  if (!isEmailAddress(email)) errors.email = "Enter the e-mail address they sign in with";
  if ([...displayName].length < 1 || [...displayName].length > 100)
    errors.displayName = "Enter a name of 1–100 characters";
  return Object.keys(errors).length > 0 ? { errors } : { invite: { email, displayName } };
}

/** The name of a new API key, trimmed: 1–80 characters, as the server requires. */
export function parseApiKeyName(text: string): { name: string } | { error: string } {
  const name = text.trim();
  const length = [...name].length;
  return length >= 1 && length <= 80
    ? { name }
    : { error: "Name the key (1–80 characters), e.g. after the system using it" };
}

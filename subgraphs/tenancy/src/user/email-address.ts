import { badUserInput, EMAIL_MAX, isEmailAddress } from "@dcx/kit";

export { EMAIL_MAX, isEmailAddress };

/** Trims and lower-cases an address, the form in which the platform stores and compares them. */
export function normalizeEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!isEmailAddress(email)) {
    throw badUserInput(`"${raw.slice(0, EMAIL_MAX)}" is not a valid e-mail address`, "email");
  }
  return email;
}

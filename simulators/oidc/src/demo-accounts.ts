/** A person the local IdP knows; every demo account signs in with DEMO_PASSWORD. */
export interface IdpAccount {
  /** The IdP's stable subject: what the platform links, never the e-mail. */
  subject: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

export const DEMO_PASSWORD = "demo-sso";

/**
 * Adcock's people as its IdP knows them: the owner (linked by verified e-mail to the platform's
 * it@adcock.co.za at the first sign-in), a new hire the platform has never seen (created at first
 * sign-in: Adcock's single sign-on provisions users just in time), an address whose e-mail the IdP
 * has not verified (never linked), and a contractor on a domain no organisation owns (refused).
 */
export const DEMO_ACCOUNTS: IdpAccount[] = [
  { subject: "adcock-0001", email: "it@adcock.co.za", emailVerified: true, name: "Adcock IT" },
  { subject: "adcock-0002", email: "new.hire@adcock.co.za", emailVerified: true, name: "Naledi Khumalo" },
  { subject: "adcock-0003", email: "unverified@adcock.co.za", emailVerified: false, name: "Unverified Person" },
  { subject: "contractor-0001", email: "contractor@example.net", emailVerified: true, name: "External Contractor" },
];

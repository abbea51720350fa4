/** One or two people per demo organisation; they sign in with a code from the local outbox. */
export const DEMO_USERS: { organization: string; email: string; displayName: string; role: string }[] = [
  { organization: "Datacentrix", email: "ops@datacentrix.co.za", displayName: "Thandi Nkosi", role: "owner" },
  { organization: "CloudTech", email: "admin@cloudtech.co.za", displayName: "Pieter van Wyk", role: "owner" },
  { organization: "Vodacom", email: "cloud@vodacom.co.za", displayName: "Sipho Dlamini", role: "admin" },
  { organization: "Pick n Pay", email: "it@pnp.co.za", displayName: "Ayesha Patel", role: "admin" },
  { organization: "Adcock", email: "it@adcock.co.za", displayName: "Johan Botha", role: "owner" },
  { organization: "Adcock", email: "finance@adcock.co.za", displayName: "Lerato Mokoena", role: "billing" },
  { organization: "Adcock", email: "auditor@adcock.co.za", displayName: "Karen Smith", role: "read_only" },
  { organization: "Sanlam", email: "cloud@sanlam.co.za", displayName: "Naledi Khumalo", role: "admin" },
];

import { badUserInput, isUuid } from "@dcx/kit";

/** Organisation ids come from tenancy; one that cannot be a UUID is bad input, not a database error. */
export function assertOrganizationId(organizationId: string): void {
  if (typeof organizationId !== "string" || !isUuid(organizationId)) {
    throw badUserInput("organizationId must be a UUID", "organizationId");
  }
}

export const noWallet = (organizationId: string) =>
  badUserInput(`Organisation ${organizationId} has no wallet`, "organizationId");

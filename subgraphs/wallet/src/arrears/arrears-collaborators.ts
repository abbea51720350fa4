import { requestOrganizationContacts, type ServiceClient } from "@dcx/kit";

/** The vms subgraph's side of a suspension. Both calls are idempotent there. */
export interface VmSuspensions {
  suspend(organizationId: string, reason: string): Promise<void>;
  lift(organizationId: string): Promise<void>;
}

/** Who is told about unpaid usage: the organisation's owners. */
export type OwnerContacts = (organizationId: string) => Promise<string[]>;

const SUSPEND = `mutation($organizationId: ID!, $reason: String!) {
  suspendOrganizationVms(organizationId: $organizationId, reason: $reason) { suspendedAt } }`;
const LIFT = `mutation($organizationId: ID!) { liftVmSuspension(organizationId: $organizationId) { liftedAt } }`;

/**
 * Calls the vms subgraph, signing as `wallet` (vms must trust it: `VMS_TRUSTED_SERVICES` lists
 * `wallet`). Throws unless vms answered without errors, so the job tries again next round.
 */
export function vmsSuspensions(client: ServiceClient<"vms">): VmSuspensions {
  const call = async (query: string, variables: Record<string, unknown>, field: string) => {
    const response = await client.request<Record<string, unknown>>("vms", query, variables);
    if (response.errors?.length || !response.data || !(field in response.data)) {
      const [first] = response.errors ?? [];
      throw new Error(`vms refused ${field}: ${first?.extensions?.code ?? "error"}: ${first?.message ?? "no answer"}`);
    }
  };
  return {
    suspend: (organizationId, reason) => call(SUSPEND, { organizationId, reason }, "suspendOrganizationVms"),
    lift: (organizationId) => call(LIFT, { organizationId }, "liftVmSuspension"),
  };
}

/** The owners, asked of tenancy signing as `wallet` (tenancy's `CONTACT_SERVICES` lists it). */
export const tenancyOwners =
  (client: ServiceClient<"tenancy">): OwnerContacts =>
  (organizationId) =>
    requestOrganizationContacts(client, organizationId, ["OWNER"]);

/** The billing users, asked of tenancy the same way: told of automatic top-ups. */
export const tenancyBilling =
  (client: ServiceClient<"tenancy">): OwnerContacts =>
  (organizationId) =>
    requestOrganizationContacts(client, organizationId, ["BILLING"]);

import type { ServiceClient } from "@dcx/kit";

export type InvoicePartyKind = "PROVIDER" | "RESELLER" | "CUSTOMER";

/** An organisation as an invoice names it: tenancy owns these details. */
export interface InvoiceParty {
  id: string;
  name: string;
  kind: InvoicePartyKind;
  parentId: string | null;
  billingAddress: string | null;
  vatNumber: string | null;
}

/** Where the parties' details come from; tests give them directly. */
export interface InvoicePartySource {
  /** The parties of the ids tenancy knows (unknown ids are left out). */
  parties(organizationIds: readonly string[]): Promise<InvoiceParty[]>;
}

/** Tenancy answers at most this many ids at once. */
export const MAX_PARTIES_PER_REQUEST = 5_000;

const PARTIES = `query($organizationIds: [ID!]!) {
  organizationInvoiceParties(organizationIds: $organizationIds) { id name kind parentId billingAddress vatNumber } }`;

/**
 * Asks tenancy, signing as `telemetry-billing` (tenancy must trust it:
 * `TENANCY_TRUSTED_SERVICES=telemetry-billing`), in requests of at most 5 000 ids. Throws on
 * anything but an answer: a close waits rather than invoice without the parties' details.
 */
export function tenancyInvoiceParties(client: ServiceClient<"tenancy">): InvoicePartySource {
  return {
    async parties(organizationIds) {
      const found: InvoiceParty[] = [];
      const unique = [...new Set(organizationIds)];
      for (let start = 0; start < unique.length; start += MAX_PARTIES_PER_REQUEST) {
        const response = await client.request<{ organizationInvoiceParties: InvoiceParty[] }>("tenancy", PARTIES, {
          organizationIds: unique.slice(start, start + MAX_PARTIES_PER_REQUEST),
        });
        const parties = response.data?.organizationInvoiceParties;
        if (!parties) throw new Error(`tenancy did not give the invoice parties: ${JSON.stringify(response.errors)}`);
        found.push(...parties);
      }
      return found;
    },
  };
}

/** A fixed set of parties (tests, tools): answers the ids it holds. */
export function fixedInvoiceParties(parties: readonly InvoiceParty[]): InvoicePartySource {
  const byId = new Map(parties.map((party) => [party.id, party]));
  return {
    parties: async (organizationIds) =>
      [...new Set(organizationIds)].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
  };
}

import type { TestPlatform } from "../platform";
import type { Probe } from "./probes";

/** Full selections of the closed bills and commission types (telemetry-billing), for `ORGANIZATION` in selections.ts. */
const MONEY = "amount currency";
const INVOICE_PARTY = "organizationId name address vatNumber";
export const INVOICE = `id title number month periodStart periodEnd issuedAt issuer { ${INVOICE_PARTY} }
  recipient { ${INVOICE_PARTY} }
  lines { kind group usageMonth vmId vm { id name } customerId sku description unit quantity unitPrice { ${MONEY} }
    vatRate amount { ${MONEY} } }
  subtotal { ${MONEY} } vatByRate { rate taxable { ${MONEY} } vat { ${MONEY} } } vat { ${MONEY} } total { ${MONEY} }
  pdfUrl csvUrl`;
export const COMMISSION_STATEMENT = `id month percent invoiceNumber issuedAt
  lines { customerId customerName invoiceNumber billed { ${MONEY} } margin { ${MONEY} } due { ${MONEY} } }
  billed { ${MONEY} } margin { ${MONEY} } due { ${MONEY} }`;
export const RESELLER_COMMISSION = "resellerId fromMonth percent setAt";
export const MONTHLY_BUDGET = `amount { ${MONEY} } month spent { ${MONEY} } forecast { ${MONEY} }
  thresholdsReached { percent basis reachedAt emailedAt }`;
/** Added to `ORGANIZATION`: its closed bills, and a reseller's statements and percentages. */
export const ORGANIZATION_BILLING_FIELDS = `bills(first: 3) { edges { cursor node { ${INVOICE} } } pageInfo { hasNextPage endCursor } }
  commissionStatements(first: 3) { edges { cursor node { ${COMMISSION_STATEMENT} } } pageInfo { hasNextPage endCursor } }
  resellerCommissions { ${RESELLER_COMMISSION} } budget { ${MONTHLY_BUDGET} }`;

/** A reseller's commissions as provider staff sees them. */
const commissionsOf = async (platform: TestPlatform, resellerId: string) => {
  const answer = await platform.query<{ organization: { resellerCommissions: unknown[] | null } | null }>(
    `query($id: ID!) { organization(id: $id) { resellerCommissions { ${RESELLER_COMMISSION} } } }`,
    { id: resellerId },
    await platform.provider(),
  );
  if (!answer.data?.organization) throw new Error(JSON.stringify(answer.errors));
  return answer.data.organization.resellerCommissions ?? [];
};

/** The victim's budget as provider staff sees it (none is seeded). */
const budgetOf = async (platform: TestPlatform, organizationId: string) => {
  const answer = await platform.query<{ organization: { budget: { amount: { amount: string } } | null } | null }>(
    `query($id: ID!) { organization(id: $id) { budget { amount { amount } } } }`,
    { id: organizationId },
    await platform.provider(),
  );
  if (!answer.data?.organization) throw new Error(JSON.stringify(answer.errors));
  return answer.data.organization.budget;
};

/** Next January: a month every setting may start from. */
const NEXT_YEAR = `${new Date().getUTCFullYear() + 1}-01`;

/**
 * A reseller's commission is set by provider staff alone: not by the reseller itself (CloudTech's
 * own users are among the attackers), nor by anyone else. A budget is the organisation's own.
 */
export const BILLING_WRITE_PROBES: Probe[] = [
  {
    field: "Mutation.setResellerCommission",
    operation: `mutation($reseller: ID!, $month: String!) {
      setResellerCommission(resellerId: $reseller, percent: "90", fromMonth: $month) { ${RESELLER_COMMISSION} } }`,
    variables: (v) => ({ reseller: v.resellerId, month: NEXT_YEAR }),
    unchanged: async (platform, v) => (await commissionsOf(platform, v.resellerId)).length === 0,
    control: { by: "provider" },
  },
  {
    field: "Mutation.setMonthlyBudget",
    operation: `mutation($org: ID!) { setMonthlyBudget(organizationId: $org, amount: "1.00") { ${MONTHLY_BUDGET} } }`,
    variables: (v) => ({ org: v.organizationId }),
    unchanged: async (platform, v) => (await budgetOf(platform, v.organizationId)) === null,
    control: { by: "victim" },
  },
];

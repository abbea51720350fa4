import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@dcx/kit";
import { getOperationAST, parse } from "graphql";
import { DCX_COST_RULES } from "../../supergraph/src/limits/cost-rules";
import { buildCostSchema } from "../../supergraph/src/limits/cost-schema";
import { operationCost } from "../../supergraph/src/limits/query-cost";
import { VM_METRICS } from "../../integration/isolation/selections";

/** Everything the graph can say about an organisation's VMs (a page of 50), every series over a window of `stepMinutes` buckets. */
const fleetQuery = (stepMinutes: number) => `
  query Heavy($organizationId: ID!) {
    organization(id: $organizationId) {
      id name parent { name }
      wallet { balance { amount currency } }
      vms(first: 50) { edges { node {
        id name powerState vcpuCount memoryMib createdAt
        disks { capacityGb tier }
        estimatedMonthlyCost { monthlyTotal { amount currency } lines { description amount { amount } } }
        metrics(window: { stepMinutes: ${stepMinutes} }) { ${VM_METRICS} }
      } } }
    }
  }`;

/**
 * The heaviest query the limits let through: the whole fleet with every metric series, with the
 * finest 24-hour window whose cost (as the gateway prices it) still fits `maxCost`.
 */
export function heaviestAllowedQuery(maxCost: number): { query: string; cost: number; stepMinutes: number } {
  const schema = buildCostSchema(readFileSync(path.join(repoRoot, "schema", "supergraph.graphql"), "utf8"));
  for (let stepMinutes = 5; stepMinutes <= 1440; stepMinutes += 1) {
    const query = fleetQuery(stepMinutes);
    const document = parse(query);
    const cost = operationCost(schema, DCX_COST_RULES, document, getOperationAST(document)!, {});
    if (cost <= maxCost) return { query, cost, stepMinutes };
  }
  throw new Error(`no fleet query fits a cost of ${maxCost}`);
}

import { type DashboardData, DASHBOARD_QUERY } from "../../integration/dashboard-query";
import type { GraphqlAnswer } from "../platform-memory/dashboard-load";
import type { Person } from "./people";

export type Outcome = { kind: "complete" } | { kind: "rate-limited" } | { kind: "error"; code: string; detail: string };

/**
 * Longer than the gateway's own execution timeout (30 s by default), so a slow platform answers
 * QUERY_TIMEOUT itself rather than the client giving up first.
 */
const CLIENT_TIMEOUT_MS = 40_000;

const error = (code: string, detail: string): Outcome => ({ kind: "error", code, detail: detail.slice(0, 300) });

/**
 * The part of a complete dashboard that is null only when something failed; a missing part
 * without an error would be a silent gap on the page, so it counts as an error too.
 */
function missingPart(data: DashboardData | null | undefined): string | undefined {
  const organization = data?.organization;
  if (!organization) return "organization";
  if (!organization.wallet) return "organization.wallet";
  if (!organization.usage) return "organization.usage";
  if (!organization.openAlerts) return "organization.openAlerts";
  if (!organization.vms) return "organization.vms";
  const vm = organization.vms.edges.find(({ node }) => !node.estimatedMonthlyCost || !node.metrics);
  return vm && `estimatedMonthlyCost or metrics of VM ${vm.node.name}`;
}

/** Classifies one answer of the gateway to the dashboard query. */
export function classify(status: number, body: string): Outcome {
  let answer: GraphqlAnswer<DashboardData>;
  try {
    answer = JSON.parse(body) as GraphqlAnswer<DashboardData>;
  } catch {
    return error(`HTTP_${status}`, body);
  }
  if (answer.errors?.length) {
    if (answer.errors.some((e) => e.extensions?.code === "RATE_LIMITED")) return { kind: "rate-limited" };
    return error(answer.errors[0]!.extensions?.code ?? "NO_CODE", JSON.stringify(answer.errors));
  }
  if (status !== 200) return error(`HTTP_${status}`, body);
  const missing = missingPart(answer.data);
  return missing ? error("INCOMPLETE", `no ${missing} and no error`) : { kind: "complete" };
}

/** One dashboard load by `person` of their own organisation, as the web app opens it. */
export async function loadDashboard(gatewayUrl: string, person: Person): Promise<Outcome> {
  try {
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...person.headers },
      body: JSON.stringify({ query: DASHBOARD_QUERY, variables: { organizationId: person.organizationId } }),
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    return classify(response.status, await response.text());
  } catch (failure) {
    const cause = failure instanceof Error ? failure : new Error(String(failure));
    if (cause.name === "TimeoutError") return error("CLIENT_TIMEOUT", `no answer in ${CLIENT_TIMEOUT_MS / 1000} s`);
    const code = (cause.cause as { code?: string } | undefined)?.code ?? cause.name;
    return error(`NETWORK_${code}`, `${cause.message} ${String(cause.cause ?? "")}`);
  }
}

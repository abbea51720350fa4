import type { RequestIdentity } from "@dcx/kit";
import { type ExecutionResult, graphql, type GraphQLSchema } from "graphql";
import { createTenancyContext } from "./context";
import type { TenancyDb } from "./organization/organization.store";
import { buildTenancySchema } from "./schema";
import type { TenancyDeps } from "./tenancy.deps";

let schema: Promise<GraphQLSchema> | undefined;

/**
 * Runs one operation against the tenancy schema with a fresh per-request context, as the
 * subgraph server does, and answers the response a client would receive. The caller is
 * anonymous and the client address "unknown" unless `identity` says otherwise.
 */
export async function executeTenancy(
  db: TenancyDb,
  deps: TenancyDeps,
  source: string,
  variableValues: Record<string, unknown> = {},
  identity: Partial<RequestIdentity> = {},
): Promise<ExecutionResult> {
  return graphql({
    schema: await (schema ??= buildTenancySchema()),
    source,
    variableValues,
    contextValue: createTenancyContext(db, deps, { caller: null, clientAddress: "unknown", ...identity }),
  });
}

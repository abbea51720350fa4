import type { ApolloServer } from "@apollo/server";
import type { RequestIdentity } from "@dcx/kit";
import { callerKey } from "../limits/caller-key";
import type { LimitedContext } from "../limits/limits-plugin";
import type { GatewayContext } from "../signing-data-source";
import type { ExecutedOperation } from "./session-routes";

/**
 * Runs one operation through the gateway's whole request pipeline (query limits, planning,
 * signed subgraph calls, error masking) as `identity`, as if it had arrived at /graphql.
 */
export async function executeAs(
  apollo: ApolloServer<GatewayContext & LimitedContext>,
  query: string,
  variables: Record<string, unknown>,
  identity: RequestIdentity,
): Promise<ExecutedOperation> {
  const response = await apollo.executeOperation(
    { query, variables },
    { contextValue: { identity, limitKey: callerKey(identity) } },
  );
  if (response.body.kind !== "single") throw new Error("Session operations answer a single result");
  return {
    status: response.http.status ?? 200,
    headers: [...response.http.headers],
    body: response.body.singleResult,
  };
}

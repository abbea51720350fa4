import "reflect-metadata";
import type { KeyObject } from "node:crypto";
import { Ctx, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { signGatewayToken } from "../gateway-trust/gateway-token";
import { graphqlBody } from "../testing/graphql-request";
import type { VerifiedIdentity } from "./subgraph-server";

@ObjectType()
class Secret {
  @Field(() => ID)
  id!: string;
}

/** A subgraph of two fields for the server's tests: a fixed secret, and who the server says asked. */
@Resolver()
export class SecretResolver {
  @Query(() => Secret)
  secret(): Secret {
    return { id: "s-1" };
  }

  @Query(() => String)
  whoAmI(@Ctx() ctx: { identity: VerifiedIdentity }): string {
    return `${ctx.identity.service ?? "gateway"}/${ctx.identity.caller?.organizationKind ?? "no caller"}`;
  }
}

export type Identity = Parameters<typeof signGatewayToken>[3];

/** Signs `query` as the gateway would for `audience`, bound to the body sent. */
export async function signed(key: KeyObject, audience: string, query: string, identity?: Identity) {
  const body = graphqlBody(query);
  const token = await signGatewayToken(key, audience, { method: "POST", body }, identity);
  return { body, headers: { "x-dcx-gateway-token": token } };
}

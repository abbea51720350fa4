import { type KeyObject, randomUUID } from "node:crypto";
import type { Observability } from "@dcx/kit";
import { graphqlRequest, startTestSubgraph, testGatewayKeys, type TestSubgraph } from "@dcx/kit/testing";
import {
  createOrganization,
  createTenancySubgraph,
  OrganizationKind,
  type TenancyDb,
  createUser,
  UserRole,
} from "@dcx/tenancy";
import { codeIn, mailHandedOver, testTenancyDeps } from "@dcx/tenancy/testing";
import { loadGatewayConfig } from "../config";
import { type RunningGateway, startGateway } from "../server";

export interface TenancyGateway {
  gateway: RunningGateway;
  tenancy: TestSubgraph<Record<string, unknown>>;
  /** Verifies the access tokens tenancy signs. */
  tenancySessionKey(): KeyObject;
  /** A new user of a new customer organisation, with a sign-in code already e-mailed to them. */
  userWithCode(): Promise<{ email: string; code: string }>;
  close(): Promise<void>;
}

/**
 * The real gateway (the committed supergraph) in front of the real tenancy subgraph: everything
 * sessions need. The other subgraphs are not started; nothing here asks them.
 */
export async function startTenancyGateway(
  observability: { gateway?: Observability; tenancy?: Observability } = {},
): Promise<TenancyGateway> {
  const keys = testGatewayKeys();
  const tenancyDeps = testTenancyDeps();
  const tenancy = await startTestSubgraph(
    createTenancySubgraph(() => tenancyDeps.deps),
    keys,
    observability.tenancy ? { observability: observability.tenancy } : {},
  );
  const gateway = await startGateway(
    loadGatewayConfig({ GATEWAY_PORT: "0", NODE_ENV: "test", TENANCY_URL: tenancy.server.graphqlUrl }),
    { signingKey: keys.privateKey, sessionPublicKey: tenancyDeps.sessionPublicKey },
    observability.gateway ? { observability: observability.gateway } : {},
  );
  const db = tenancy.database.db as unknown as TenancyDb;
  const organization = await createOrganization(db, { name: "Adcock", kind: OrganizationKind.PROVIDER });

  return {
    gateway,
    tenancy,
    tenancySessionKey: () => tenancyDeps.sessionPublicKey,
    async userWithCode() {
      const email = `${randomUUID()}@adcock.example`;
      await createUser(db, {
        organizationId: organization.id,
        email,
        displayName: "Johan Botha",
        role: UserRole.ADMIN,
      });
      const request = `mutation($email: String!) { requestSignInCode(email: $email) { accepted } }`;
      await graphqlRequest(gateway.graphqlUrl, request, { email });
      await mailHandedOver();
      return { email, code: codeIn(tenancyDeps.mailer.messages.filter((mail) => mail.to === email).at(-1)) };
    },
    close: async () => {
      await gateway.close();
      await tenancy.close();
    },
  };
}

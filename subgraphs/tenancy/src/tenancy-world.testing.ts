import { randomUUID } from "node:crypto";
import { type Caller, parseCaller } from "@dcx/kit";
import { startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import type { tenancyTables } from "./db/schema";
import { createTenancySubgraph } from "./index";
import type { InternalCaller } from "./internal-caller/internal-caller.type";
import { sessionCaller } from "./internal-caller/internal-caller.service";
import { createOrganization } from "./organization/organization.service";
import type { TenancyDb } from "./organization/organization.store";
import { type Organization, OrganizationKind } from "./organization/organization.type";
import { SESSION_LIFETIME_MS } from "./session/session.lifetimes";
import { insertSession } from "./session/session.store";
import { movableClock } from "./sign-in/sign-in.testing";
import { testTenancyDeps, type TestTenancyDeps } from "./testing";
import { createUser } from "./user/user.service";
import { type User, UserRole } from "./user/user.type";

/** The kit's Caller for an InternalCaller, exactly as the gateway turns one into the other. */
export function asCaller(internal: InternalCaller | null): Caller {
  if (!internal) throw new Error("no caller");
  const { allOrganizations, visibleOrganizationIds, ...rest } = internal;
  const caller = parseCaller({ ...rest, visibleOrganizationIds: allOrganizations ? "all" : visibleOrganizationIds });
  if (!caller) throw new Error("not a well-formed caller");
  return caller;
}

export interface TenancyWorld extends TestTenancyDeps {
  subgraph: TestSubgraph<typeof tenancyTables>;
  db: TenancyDb;
  clock: ReturnType<typeof movableClock>;
  /**
   * Datacentrix → CloudTech → Vodacom, Pick n Pay; Datacentrix → Other Reseller → Foreign Co;
   * Datacentrix → Adcock (direct).
   */
  orgs: Record<"provider" | "reseller" | "vodacom" | "pnp" | "otherReseller" | "foreign" | "adcock", Organization>;
  /** A new user of the organisation with a fresh address. */
  newUser(organization: Organization, role?: UserRole): Promise<User>;
  /** A live session for the user and its caller, as tenancy tells the gateway. */
  signedIn(user: User): Promise<Caller & { sessionId: string }>;
  /** A new user of the organisation with the role, signed in. */
  callerIn(organization: Organization, role?: UserRole): Promise<Caller & { sessionId: string }>;
  close(): Promise<void>;
}

/** The tenancy subgraph over HTTP (signed as the gateway signs), on a fresh database with a small tree. */
export async function openTenancyWorld(): Promise<TenancyWorld> {
  const clock = movableClock(new Date());
  const test = testTenancyDeps({ now: clock.now });
  const subgraph = await startTestSubgraph(createTenancySubgraph(() => test.deps));
  const db = subgraph.database.db;
  const org = (name: string, kind: OrganizationKind, parent?: Organization) =>
    createOrganization(db, { name, kind, parentId: parent?.id ?? null });
  const provider = await org("Datacentrix", OrganizationKind.PROVIDER);
  const reseller = await org("CloudTech", OrganizationKind.RESELLER, provider);
  const otherReseller = await org("Other Reseller", OrganizationKind.RESELLER, provider);
  const orgs = {
    provider,
    reseller,
    vodacom: await org("Vodacom", OrganizationKind.CUSTOMER, reseller),
    pnp: await org("Pick n Pay", OrganizationKind.CUSTOMER, reseller),
    otherReseller,
    foreign: await org("Foreign Co", OrganizationKind.CUSTOMER, otherReseller),
    adcock: await org("Adcock", OrganizationKind.CUSTOMER, provider),
  };

  const newUser = (organization: Organization, role = UserRole.ADMIN) =>
    createUser(db, {
      organizationId: organization.id,
      email: `${role}.${randomUUID().slice(0, 8)}@${organization.name.toLowerCase().replace(/\W/g, "")}.co.za`,
      displayName: `${organization.name} ${role}`,
      role,
    });
  const signedIn = async (user: User) => {
    const now = clock.now();
    const session = await insertSession(db, {
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
      clientAddress: "192.0.2.1",
      userAgent: null,
      signInMethod: "email_code",
    });
    return asCaller(await sessionCaller(db, session.id, now)) as Caller & { sessionId: string };
  };
  return {
    ...test,
    subgraph,
    db,
    clock,
    orgs,
    newUser,
    signedIn,
    callerIn: async (organization, role) => signedIn(await newUser(organization, role)),
    close: () => subgraph.close(),
  };
}

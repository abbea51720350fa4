import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { asc, eq } from "drizzle-orm";
import { paygateEvents, topUps, type walletTables } from "../db/schema";
import { fundedWallet } from "../hold/hold.test-helpers";
import { createWalletSubgraph } from "../index";
import {
  type CardBrand,
  type CardOutcome,
  newSimulatorMerchant,
  type PayGateSimulator,
  returnMessage,
  startPayGateSimulator,
  TEST_CARDS,
} from "@dcx/paygate-simulator";
import { getBalance } from "../wallet/wallet.service";
import { startSwitchableLink } from "./switchable-link.test-helper";
import { testWalletDeps } from "../wallet.testing";

export const START = `mutation($input: StartTopUpInput!) { startTopUp(input: $input) {
  topUp { id reference status amount { amount currency } email resultDescription settledAt }
  redirect { url fields { name value } } } }`;

export interface StartedTopUp {
  topUp: { id: string; reference: string; status: string; amount: { amount: string } };
  redirect: { url: string; fields: { name: string; value: string }[] } | null;
}

/**
 * A wallet subgraph wired to a local PayGate simulator (notify held until released, so a test
 * decides when PayGate "calls back") and an organisation whose wallet holds `openingCents`. The
 * merchant is made fresh, as each installation's is: nothing depends on PayGate's public test key.
 * The wallet reaches PayGate's server-to-server endpoints through `paygateLink`, which a test can
 * cut to see what happens while PayGate cannot be asked.
 */
export async function startTopUpWorld(openingCents = 0n) {
  const merchant = newSimulatorMerchant();
  const simulator: PayGateSimulator = await startPayGateSimulator({
    merchants: [merchant],
    notify: "manual",
    // A wallet slowed by a loaded machine must not look like a dropped connection (10 s by default).
    notifyRetry: { attempts: 2, delayMs: 50, timeoutMs: 120_000 },
  });
  // Built once the wallet listens (PayGate's callbacks need its address); read per request.
  const wiring: { deps?: ReturnType<typeof testWalletDeps> } = {};
  const subgraph: TestSubgraph<typeof walletTables> = await startTestSubgraph(createWalletSubgraph(() => wiring.deps!));
  const paygateLink = await startSwitchableLink(simulator.url);
  const deps = testWalletDeps({
    paygateUrl: paygateLink.url,
    processUrl: simulator.endpoints.process,
    merchant,
    walletUrl: subgraph.server.url,
  });
  wiring.deps = deps;
  const db = subgraph.database.db;
  const { organizationId, walletId } = await fundedWallet(db, openingCents);
  const owner = customerUser(organizationId, "owner");

  const world = {
    merchant,
    simulator,
    paygateLink,
    subgraph,
    deps,
    db,
    organizationId,
    walletId,
    owner,
    /** Starts a top-up through the graph as `as` (the organisation's owner by default). */
    async start(amount: string, options: { as?: Caller; key?: string; email?: string } = {}) {
      return subgraph.request<{ startTopUp: StartedTopUp }>(
        START,
        {
          input: {
            organizationId,
            amount,
            email: options.email ?? "finance@example.co.za",
            idempotencyKey: options.key ?? randomUUID(),
          },
        },
        { as: options.as ?? owner },
      );
    },
    /** Starts a top-up that must succeed and returns PayGate's pay request id. */
    async startOk(amount: string) {
      const result = await world.start(amount);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      const started = result.data.startTopUp;
      const payRequestId = started.redirect!.fields.find((field) => field.name === "PAY_REQUEST_ID")!.value;
      return { ...started, payRequestId };
    },
    /** What PayGate posts to RETURN_URL through the browser for a settled transaction. */
    returnFields: (payRequestId: string) => returnMessage(simulator.transaction(payRequestId)!, merchant.encryptionKey),
    balance: () => getBalance(db, organizationId),
    topUpRow: async (id: string) => (await db.select().from(topUps).where(eq(topUps.id, id)))[0]!,
    /** PayGate messages recorded for top-up `id`, oldest first. */
    events: (id: string) =>
      db.select().from(paygateEvents).where(eq(paygateEvents.topUpId, id)).orderBy(asc(paygateEvents.createdAt)),
    async close() {
      await subgraph.close();
      await paygateLink.close();
      await simulator.close();
    },
  };
  return world;
}

/** The number of PayGate's published test card for `outcome` and `brand`. */
export const testCard = (outcome: CardOutcome, brand: CardBrand = "Visa") =>
  TEST_CARDS.find((card) => card.outcome === outcome && card.brand === brand)!.number;

export type TopUpWorld = Awaited<ReturnType<typeof startTopUpWorld>>;
export const anotherOrganization = () => randomUUID();

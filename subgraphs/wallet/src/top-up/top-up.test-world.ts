import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { paygateEvents, topUps, type walletTables } from "../db/schema";
import { fundedWallet } from "../hold/hold.test-helpers";
import { createWalletSubgraph } from "../index";
import { startPayGateSimulator, type PayGateSimulator } from "../paygate/simulator/paygate-simulator";
import { type CardBrand, type CardOutcome, TEST_CARDS } from "../paygate/simulator/test-cards";
import { returnMessage } from "../paygate/simulator/transactions";
import { getBalance } from "../wallet/wallet.service";
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
 * decides when PayGate "calls back") and an organisation whose wallet holds `openingCents`.
 */
export async function startTopUpWorld(openingCents = 0n) {
  const simulator: PayGateSimulator = await startPayGateSimulator({
    notify: "manual",
    notifyRetry: { attempts: 2, delayMs: 50 },
  });
  // Built once the wallet listens (PayGate's callbacks need its address); read per request.
  const wiring: { deps?: ReturnType<typeof testWalletDeps> } = {};
  const subgraph: TestSubgraph<typeof walletTables> = await startTestSubgraph(createWalletSubgraph(() => wiring.deps!));
  const deps = testWalletDeps({ paygateUrl: simulator.url, walletUrl: subgraph.server.url });
  wiring.deps = deps;
  const db = subgraph.database.db;
  const { organizationId, walletId } = await fundedWallet(db, openingCents);
  const owner = customerUser(organizationId, "owner");

  const world = {
    simulator,
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
    returnFields: (payRequestId: string) => returnMessage(simulator.transaction(payRequestId)!, "secret"),
    balance: () => getBalance(db, organizationId),
    topUpRow: async (id: string) => (await db.select().from(topUps).where(eq(topUps.id, id)))[0]!,
    events: (id: string) => db.select().from(paygateEvents).where(eq(paygateEvents.topUpId, id)),
    async close() {
      await subgraph.close();
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

import { randomUUID } from "node:crypto";
import { savedCards } from "@dcx/wallet/testing";
import type { TestPlatform } from "../platform";
import type { Probe, WriteControl } from "./probes";
import type { Victim } from "./fixtures";

const MONEY = "amount currency";
export const SAVED_CARD = "id brand maskedNumber expiryMonth expiryYear expired savedBy savedAt";
export const CARD_CHARGE = `id reference status automatic resultDescription createdAt settledAt amount { ${MONEY} }`;
export const AUTO_TOP_UP = `card { ${SAVED_CARD} } threshold { ${MONEY} } amount { ${MONEY} } minHoursBetween
  monthlyCap { ${MONEY} } email usedThisMonth { ${MONEY} } enabled consecutiveFailures disabledReason
  lastAttempt { ${CARD_CHARGE} }`;
export const WALLET_CARD_FIELDS = `savedCards { ${SAVED_CARD} } autoTopUp { ${AUTO_TOP_UP} } cardCharges(first: 5) { ${CARD_CHARGE} }`;

/** The victim's rule: its threshold is what an intruder's setAutoTopUp would change. */
export const VICTIM_RULE_THRESHOLD = "1.00";

/**
 * A card PayGate vaulted for the victim (the simulator's CardVaultRequest), kept by the wallet
 * against the victim's pending top-up, and an automatic rule on it that a balance of R1.00 or more
 * never triggers: no money moves, so the other probes' figures stay as they were.
 */
export async function createVictimSavedCard(
  platform: TestPlatform,
  victim: { organizationId: string; walletId: string; topUpId: string; ownerSession: Victim["ownerSession"] },
): Promise<string> {
  const cardId = await vaultVictimCard(platform, victim.walletId, victim.topUpId);
  const rule = await platform.query(
    `mutation($input: SetAutoTopUpInput!) { setAutoTopUp(input: $input) { enabled } }`,
    {
      input: {
        organizationId: victim.organizationId,
        cardId,
        threshold: VICTIM_RULE_THRESHOLD,
        amount: "100.00",
        minHoursBetween: 24,
        monthlyCap: "1000.00",
        email: "finance@adcock.co.za",
        enabled: true,
      },
    },
    victim.ownerSession,
  );
  if (rule.errors) throw new Error(JSON.stringify(rule.errors));
  return cardId;
}

/** A card of the victim's kept against a top-up of its own (one saved card per top-up). */
async function vaultVictimCard(platform: TestPlatform, walletId: string, topUpId: string): Promise<string> {
  const vaultId = platform.paygate.vaultCard("4000000000000002");
  const [card] = await platform.dbs.wallet
    .insert(savedCards)
    .values({
      walletId,
      vaultId: platform.walletDeps.cards.cardVault.seal(vaultId, walletId),
      brand: "Visa",
      maskedNumber: "400000******0002",
      expiryMonth: 12,
      expiryYear: 2099,
      savedBy: "finance@adcock.co.za",
      sourceTopUpId: topUpId,
    })
    .returning();
  return card!.id;
}

/** A card for a control that removes one: the fixture's stays. */
async function withCardOfItsOwn(platform: TestPlatform, victim: Victim): Promise<Victim> {
  const started = await platform.query<{ startTopUp: { topUp: { id: string } } }>(
    `mutation($org: ID!, $key: String!) { startTopUp(input: { organizationId: $org, amount: "10.00", email: "finance@adcock.co.za", idempotencyKey: $key }) { topUp { id } } }`,
    { org: victim.organizationId, key: `control-card-${randomUUID()}` },
    victim.ownerSession,
  );
  if (!started.data) throw new Error(JSON.stringify(started.errors));
  return { ...victim, savedCardId: await vaultVictimCard(platform, victim.walletId, started.data.startTopUp.topUp.id) };
}

const victimCards = async (platform: TestPlatform, victim: Victim) => {
  const result = await platform.query<{
    organization: {
      wallet: {
        savedCards: { id: string }[];
        autoTopUp: { threshold: { amount: string } } | null;
        cardCharges: { id: string }[];
      };
    };
  }>(
    `query($id: ID!) { organization(id: $id) { wallet { savedCards { id } autoTopUp { threshold { amount } } cardCharges(first: 50) { id } } } }`,
    { id: victim.organizationId },
    await platform.provider(),
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.organization.wallet;
};

const BY_OWNER: WriteControl = { by: "victim" };

/** Saved cards are the organisation's own: no other tenant may use, remove or aim a rule at one. */
export const SAVED_CARD_WRITE_PROBES: Probe[] = [
  {
    field: "Mutation.payWithSavedCard",
    operation: `mutation($card: ID!, $key: String!) { payWithSavedCard(input: { cardId: $card, amount: "20.00", email: "intruder@attackers.test", idempotencyKey: $key }) { ${CARD_CHARGE} } }`,
    variables: (v, tag) => ({ card: v.savedCardId, key: `probe-saved-card-${tag}` }),
    unchanged: async (platform, v) => (await victimCards(platform, v)).cardCharges.length === 0,
    control: {
      ...BY_OWNER,
      // The owner's R20.00 is credited; taken back so the wallet probes' figures hold.
      restore: async (platform, v) => {
        const undone = await platform.query(
          `mutation($org: ID!, $key: String!) { adjustWallet(organizationId: $org, amount: "-20.00", reason: "control undone", idempotencyKey: $key) { id } }`,
          { org: v.organizationId, key: `control-undo-${randomUUID()}` },
          await platform.provider(),
        );
        if (undone.errors) throw new Error(JSON.stringify(undone.errors));
      },
    },
  },
  {
    field: "Mutation.setAutoTopUp",
    operation: `mutation($org: ID!, $card: ID!) { setAutoTopUp(input: { organizationId: $org, cardId: $card, threshold: "999999.00", amount: "500000.00", minHoursBetween: 1, monthlyCap: "500000.00", email: "intruder@attackers.test", enabled: true }) { ${AUTO_TOP_UP} } }`,
    variables: (v) => ({ org: v.organizationId, card: v.savedCardId }),
    unchanged: async (platform, v) =>
      (await victimCards(platform, v)).autoTopUp?.threshold.amount === VICTIM_RULE_THRESHOLD,
    control: {
      ...BY_OWNER,
      operation: `mutation($org: ID!, $card: ID!) { setAutoTopUp(input: { organizationId: $org, cardId: $card, threshold: "2.00", amount: "100.00", minHoursBetween: 24, monthlyCap: "1000.00", email: "finance@adcock.co.za", enabled: true }) { enabled } }`,
      variables: async (_platform, v) => ({ org: v.organizationId, card: v.savedCardId }),
    },
  },
  {
    field: "Mutation.removeSavedCard",
    operation: `mutation($card: ID!) { removeSavedCard(cardId: $card) { ${SAVED_CARD} } }`,
    variables: (v) => ({ card: v.savedCardId }),
    unchanged: async (platform, v) =>
      (await victimCards(platform, v)).savedCards.some((card) => card.id === v.savedCardId),
    control: { ...BY_OWNER, prepare: withCardOfItsOwn },
  },
];

import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "An organisation's prepaid wallet; its balance is the sum of its ledger." })
export class Wallet {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Always ZAR." })
  currency!: string;

  organizationId!: string;
  /** Null for an organisation whose wallet is not opened yet. */
  createdAt!: Date | null;
  /** Sum of the ledger when the wallet was loaded. Served as `balance`. */
  balanceCents!: bigint;
  /** Sum of the active, unexpired holds when the wallet was loaded. */
  heldCents!: bigint;
  /** How far below zero `available` may go; set by provider staff. */
  creditLimitCents!: bigint;
  /** Where the balance came from (sums of the ledger by kind); balance = paid + granted − spent + adjusted. */
  breakdown!: BalanceBreakdownCents;
  /** The low-balance warning's setting and state, as the wallet row holds them. */
  lowBalance!: LowBalanceSetting;
  /** Whether unpaid usage suspends the VMs, and after how many hours. */
  suspension!: { enabled: boolean; graceHours: number };
}

export interface LowBalanceSetting {
  thresholdCents: bigint | null;
  email: string | null;
  /** Warned during the current crossing below the threshold. */
  warned: boolean;
}

/** Sums of the ledger by kind, in cents. `spentCents` is positive: the charges negated. */
export interface BalanceBreakdownCents {
  paidCents: bigint;
  grantedCents: bigint;
  spentCents: bigint;
  adjustedCents: bigint;
}

export const EMPTY_BREAKDOWN: BalanceBreakdownCents = {
  paidCents: 0n,
  grantedCents: 0n,
  spentCents: 0n,
  adjustedCents: 0n,
};

import { formatScaled } from "@dcx/kit";
import { GraphQLError } from "graphql";

/**
 * A charge larger than the balance. Kit's ErrorCode has no INSUFFICIENT_FUNDS, so this error
 * carries the code itself. Amounts travel as decimal strings: bigint does not survive JSON.
 */
export class InsufficientFundsError extends GraphQLError {
  constructor(balanceCents: bigint, chargeCents: bigint) {
    const balance = formatScaled(balanceCents, 2);
    const charge = formatScaled(chargeCents, 2);
    super(`Insufficient funds: a charge of R${charge} exceeds the balance of R${balance}`, {
      extensions: { code: "INSUFFICIENT_FUNDS", balance, charge },
    });
    this.name = "InsufficientFundsError";
  }
}

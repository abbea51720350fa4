import { DomainError, formatScaled } from "@dcx/kit";

/** A charge larger than the balance. Amounts travel as decimal strings: bigint does not survive JSON. */
export class InsufficientFundsError extends DomainError {
  constructor(balanceCents: bigint, chargeCents: bigint) {
    const balance = formatScaled(balanceCents, 2);
    const charge = formatScaled(chargeCents, 2);
    super("INSUFFICIENT_FUNDS", `Insufficient funds: a charge of R${charge} exceeds the balance of R${balance}`, {
      balance,
      charge,
    });
    this.name = "InsufficientFundsError";
  }
}

import type { CombinedError } from "urql";
import { formatMoney } from "../money";

/** One reason the server refused a change, as the page shows it. */
export interface Refusal {
  message: string;
  /** The error's code, e.g. CONFLICT, when the server gave one. */
  code?: string;
  /** What to do about it, when the page can say. */
  advice?: string;
  /** The way out is a top-up: the page links to the wallet. */
  topUp?: boolean;
}

export interface Refusals {
  /** `BAD_USER_INPUT` messages by the input they name (`vcpuCount`, `disk.capacityGb`, …), shown at the field. */
  fields: Record<string, string>;
  /** Every other refusal, shown under the button that was pressed. */
  other: Refusal[];
}

/** A rand amount the server sent as a decimal string ("123.45"), or nothing when it sent none. */
const randOf = (value: unknown) => (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? value : null);

function adviceFor(code: string | undefined, extensions: Record<string, unknown>): Pick<Refusal, "advice" | "topUp"> {
  if (code === "INSUFFICIENT_FUNDS") {
    const shortfall = randOf(extensions.shortfall);
    return {
      advice: shortfall
        ? `Top up the wallet by at least ${formatMoney(shortfall, "ZAR")}, then try again.`
        : "Top up the wallet, then try again.",
      topUp: true,
    };
  }
  if (code === "ORGANIZATION_SUSPENDED") {
    return { advice: "The organisation is suspended for unpaid usage: top up the wallet to lift it.", topUp: true };
  }
  return {};
}

/**
 * What a refused request tells the user: input errors by field, and every other error with its
 * code and, where money is the way out (`INSUFFICIENT_FUNDS`, `ORGANIZATION_SUSPENDED`), what to
 * do next. The server's message is always shown: a `CONFLICT` says itself what is in the way.
 */
export function refusalsOf(error: CombinedError | undefined): Refusals {
  const fields: Record<string, string> = {};
  const other: Refusal[] = [];
  if (error?.networkError) other.push({ message: `Network error: ${error.networkError.message}` });
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const extensions = (graphQLError.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === "string" ? extensions.code : undefined;
    if (code === "BAD_USER_INPUT" && typeof extensions.field === "string") {
      fields[extensions.field] = graphQLError.message;
      continue;
    }
    other.push({ message: graphQLError.message, ...(code ? { code } : {}), ...adviceFor(code, extensions) });
  }
  return { fields, other };
}

import { type HostileValue, LEAK } from "./hostile-values";
import { type InputLeaf, leafName, type MutationShape, operationFor, withPlaceholder } from "./mutation-arguments";

const PLACEHOLDER = "\u0001hostile\u0001";
const ACCEPTED_CODES = new Set(["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"]);

export interface HostileCase {
  mutation: string;
  leaf: string;
  value: string;
}

/** "refused" is the only right answer; anything else is named after what went wrong. */
export type Outcome = "refused" | "unnamed" | "accepted" | "leak" | `code ${string}`;

interface ResponseError {
  message: string;
  extensions?: { code?: string; field?: unknown };
}

/** The body of the mutation with `value`'s raw JSON in place of `leaf`. */
export function hostileBody(
  shape: MutationShape,
  baseline: Record<string, unknown>,
  leaf: InputLeaf,
  value: HostileValue,
): string {
  const variables = withPlaceholder(baseline, leaf, PLACEHOLDER);
  return JSON.stringify({ query: operationFor(shape), variables }).replace(JSON.stringify(PLACEHOLDER), value.json);
}

/** Does the error say which input it refused (in `extensions.field` or GraphQL's own message)? */
function namesLeaf(error: ResponseError, leaf: InputLeaf): boolean {
  const full = leafName(leaf);
  const last = leaf.path.at(-1)!;
  const field = error.extensions?.field;
  if (typeof field === "string") {
    const bare = field.replace(/\[\d+\]/g, "");
    if (bare === full || bare === last || bare.endsWith(`.${last}`) || full.endsWith(`.${bare}`)) return true;
  }
  return error.message.includes(`"${full}"`) || error.message.includes(`"$${full}"`);
}

export function classify(text: string, leaf: InputLeaf): Outcome {
  if (LEAK.test(text)) return "leak";
  let errors: ResponseError[] | undefined;
  try {
    errors = (JSON.parse(text) as { errors?: ResponseError[] }).errors;
  } catch {
    return text.startsWith("connection dropped") ? "code connection dropped" : "code not JSON";
  }
  if (!errors?.length) return "accepted";
  const wrong = errors.find((error) => !ACCEPTED_CODES.has(error.extensions?.code ?? ""));
  if (wrong) return `code ${wrong.extensions?.code ?? "none"}`;
  return errors.some((error) => namesLeaf(error, leaf)) ? "refused" : "unnamed";
}

/** Runs `work` over `items` with at most `parallel` at a time. */
export async function inBatches<T, R>(items: readonly T[], parallel: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

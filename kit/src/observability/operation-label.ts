/** Operation names are chosen by clients; these bound what a metric label can become. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,79}$/;

/**
 * Turns client-chosen operation names into metric label values without letting a client grow
 * the metrics without bound: an unnamed operation is `anonymous`, a name that is not a plain
 * GraphQL name is `invalid`, and once `limit` names are known any new one is `other`.
 */
export class OperationLabels {
  private readonly known = new Set<string>();

  constructor(private readonly limit = 200) {}

  of(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!NAME.test(name)) return "invalid";
    if (this.known.has(name)) return name;
    if (this.known.size >= this.limit) return "other";
    this.known.add(name);
    return name;
  }
}

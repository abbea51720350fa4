import { DEMO_RESELLERS, DEMO_DIRECT_CUSTOMERS } from "../../scripts/seed/demo-organizations";
import { DEMO_USERS } from "../../scripts/seed/demo-users";
import { post, refreshSession, REFRESH_EVERY_MS, type Session, signIn } from "../platform-memory/dashboard-load";

const CUSTOMERS: string[] = [...DEMO_DIRECT_CUSTOMERS, ...DEMO_RESELLERS.flatMap((reseller) => reseller.customers)];
const MANAGER_ROLES = ["owner", "admin"];
const ME = `{ me { organization { id name } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;

/**
 * Each person from their own documentation-range address (RFC 5737), through the trusted proxy:
 * sign-in limits count per client address, and 750 people fit.
 */
const addressOf = (index: number) => {
  const network = ["203.0.113", "198.51.100", "192.0.2"][Math.floor(index / 250)];
  if (!network) throw new Error(`no address left for person ${index + 1}`);
  return `${network}.${(index % 250) + 1}`;
};

/** A signed-in person of a customer organisation whose session stays fresh while the load runs. */
export class Person {
  private session: Session;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly gatewayUrl: string,
    readonly email: string,
    readonly address: string,
    session: Session,
    readonly organizationId: string,
    readonly organizationName: string,
  ) {
    this.session = session;
  }

  get headers(): Record<string, string> {
    return this.session.headers;
  }

  /**
   * Starts a refresh when the access token is half-way through its life, as the dashboard does;
   * requests meanwhile go with the current token, which stays valid. A refusal is reported.
   */
  refreshWhenDue(onFailure: (error: unknown) => void): void {
    if (this.refreshing || Date.now() - this.session.refreshedAt < REFRESH_EVERY_MS) return;
    this.refreshing = refreshSession(this.gatewayUrl, this.email, this.session, this.address)
      .then((session) => void (this.session = session))
      .catch(onFailure)
      .finally(() => (this.refreshing = undefined));
  }
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>) {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += limit) {
    results.push(...(await Promise.all(items.slice(start, start + limit).map((item, i) => work(item, start + i)))));
  }
  return results;
}

/**
 * The people who load the dashboard: the demo customers' own people first, then as many more
 * as asked, invited by each customer's owner or admin in turn (read-only, `viewer-<n>@<domain>`)
 * and signed in with the code from their e-mail, as anyone joining would.
 */
export class Crowd {
  readonly people: Person[] = [];
  private invited = 0;

  private constructor(
    private readonly gatewayUrl: string,
    private readonly outboxDir: string,
  ) {}

  static async gather(gatewayUrl: string, outboxDir: string, count: number): Promise<Crowd> {
    const crowd = new Crowd(gatewayUrl, outboxDir);
    const demoPeople = DEMO_USERS.filter((user) => CUSTOMERS.includes(user.organization)).map((user) => user.email);
    crowd.people.push(...(await inBatches(demoPeople, 4, (email, i) => crowd.signIn(email, i))));
    await crowd.growTo(count);
    return crowd;
  }

  /** Invites and signs in people until there are `count`. */
  async growTo(count: number): Promise<void> {
    const managers = this.people.filter((person) =>
      DEMO_USERS.some((user) => user.email === person.email && MANAGER_ROLES.includes(user.role)),
    );
    const emails: string[] = [];
    while (this.people.length + emails.length < count) {
      const manager = managers[this.invited % managers.length]!;
      this.invited += 1;
      const email = `viewer-${this.invited}@${manager.email.split("@")[1]}`;
      const input = {
        organizationId: manager.organizationId,
        email,
        displayName: `Viewer ${this.invited}`,
        role: "READ_ONLY",
      };
      const created = await post(this.gatewayUrl, CREATE_USER, { input }, manager.headers);
      if (created.errors) throw new Error(`createUser ${email}: ${JSON.stringify(created.errors)}`);
      emails.push(email);
    }
    const first = this.people.length;
    this.people.push(...(await inBatches(emails, 4, (email, i) => this.signIn(email, first + i))));
  }

  private async signIn(email: string, index: number): Promise<Person> {
    const address = addressOf(index);
    const session = await signIn(this.gatewayUrl, this.outboxDir, email, address);
    const me = await post<{ me: { organization: { id: string; name: string } } | null }>(
      this.gatewayUrl,
      ME,
      {},
      session.headers,
    );
    const organization = me.data?.me?.organization;
    if (!organization) throw new Error(`${email} has no organisation: ${JSON.stringify(me.errors)}`);
    return new Person(this.gatewayUrl, email, address, session, organization.id, organization.name);
  }

  /** How many people each organisation has in the crowd, e.g. "Adcock 12, Sanlam 11". */
  describe(): string {
    const counts = new Map<string, number>();
    for (const person of this.people)
      counts.set(person.organizationName, (counts.get(person.organizationName) ?? 0) + 1);
    return [...counts].map(([name, n]) => `${name} ${n}`).join(", ");
  }
}

import type { GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../platform";
import { type Attacker, createAttackers, createVictim, type Victim } from "./fixtures";
import { expectedFleet } from "./fleet-expectation";
import { OWNER_ADDRESS, type Probe, READ_PROBES, WRITE_PROBES } from "./probes";
import { closeSsoProbes } from "./sso-probes";
import { allFieldCoordinates, fetchPublicSchema, selectedFieldCoordinates } from "./schema-coverage";
import { FLEET } from "./selections";

const PROBES: Probe[] = [...READ_PROBES, ...WRITE_PROBES];
/** What a caller who has not signed in may use. */
const PUBLIC_FIELDS = [
  "Mutation.requestSignInCode",
  "Mutation.signIn",
  "Mutation.refreshSession",
  "Query.signInOptions",
  "Mutation.startSingleSignOn",
  "Mutation.completeSingleSignOn",
];

/**
 * Tenant isolation, driven by the composed schema: every public root field is attempted by every
 * role of a foreign customer, every role of a foreign reseller and an anonymous caller, against a
 * victim (Adcock). It fails on a leak, and when the schema gains a field no probe covers.
 */
describe("isolation across the whole graph", () => {
  let platform: TestPlatform;
  let schema: GraphQLSchema;
  let victim: Victim;
  let attackers: Attacker[];
  const attempts: string[] = [];
  const controls: string[] = [];

  beforeAll(async () => {
    // No caller cache: a revocation must be visible to the very next request.
    platform = await startTestPlatform({ callerCacheSeconds: 0 });
    schema = await fetchPublicSchema(platform.gateway.graphqlUrl, (await platform.provider()).headers);
    victim = await createVictim(platform);
    attackers = await createAttackers(platform);
  });
  afterAll(async () => {
    console.log(
      `isolation: ${attempts.length} attempts (${PROBES.length} fields × ${attackers?.length} callers), 0 leaks; ` +
        `${controls.length} of ${WRITE_PROBES.length} write probes shown to notice a rightful write`,
    );
    await closeSsoProbes();
    await platform?.close();
  });

  it("has a probe for every root field and selects every field of every public type", () => {
    const roots = [...allFieldCoordinates(schema)].filter((c) => c.startsWith("Query.") || c.startsWith("Mutation."));
    expect(roots.filter((root) => !PROBES.some((probe) => probe.field === root))).toEqual([]);
    const selected = new Set(PROBES.flatMap((probe) => [...selectedFieldCoordinates(schema, probe.operation)]));
    expect([...allFieldCoordinates(schema)].filter((field) => !selected.has(field))).toEqual([]);
  });

  it("lets the rightful callers see the victim through the read probes (so a leak would show)", async () => {
    for (const probe of READ_PROBES.filter((p) => p.seenBy)) {
      const as = probe.seenBy === "provider" ? await platform.provider() : victim.ownerSession;
      const answer = await platform.query(probe.operation, probe.variables(victim, "control"), as);
      expect(answer.errors, probe.field).toBeUndefined();
      expect(
        victim.markers.some((marker) => JSON.stringify(answer.data).includes(marker)),
        probe.field,
      ).toBe(true);
    }
  });

  it("rolls up each organisation's fleet over exactly the organisations under it", async () => {
    const fleetOf = async (name: string, as: (typeof attackers)[number]["as"]) =>
      (
        await platform.query<{ organization: { fleet: unknown } | null }>(
          `query($id: ID!) { organization(id: $id) { fleet { ${FLEET} } } }`,
          { id: platform.seed.organizations[name] },
          as,
        )
      ).data?.organization?.fleet ?? null;
    const provider = await platform.provider();
    // The demo's Adcock, as in the original platform's roll-up: 5 VMs, 30 vCPUs, 84 GB.
    expect(await fleetOf("Adcock", victim.ownerSession)).toMatchObject({ vmCount: 5, vcpuCount: 30, memoryGb: "84" });
    const cloudTechAdmin = attackers.find((attacker) => attacker.label === "a foreign reseller admin")!.as;
    for (const [name, as] of [
      ["Adcock", victim.ownerSession],
      ["CloudTech", cloudTechAdmin],
      ["CloudTech", provider],
      ["Datacentrix", provider],
    ] as const) {
      const expected = await expectedFleet(platform, platform.seed.organizations[name]!, provider);
      expect(await fleetOf(name, as), `${name} as seen by its own or by the provider`).toEqual(expected);
    }
    const cloudTech = await expectedFleet(platform, platform.seed.organizations.CloudTech!, provider);
    expect(cloudTech.organizationCount).toBe(3);
    expect(await fleetOf("Adcock", cloudTechAdmin)).toBeNull();
  });

  // Every probe × every caller, each write followed by its check: minutes on a busy machine.
  it("gives foreign and anonymous callers nothing of the victim's, and lets them change nothing", async () => {
    for (const [index, attacker] of attackers.entries()) {
      for (const probe of PROBES) {
        const tag = `${index}-${probe.field}`;
        const answer = await platform.query(probe.operation, probe.variables(victim, tag), attacker.as);
        attempts.push(tag);
        const data = JSON.stringify(answer.data ?? null);
        const leaked = victim.markers.filter((marker) => data.includes(marker));
        expect.soft(leaked, `${attacker.label} → ${probe.field}`).toEqual([]);
        if (probe.unchanged) {
          expect
            .soft(await probe.unchanged(platform, victim, tag, answer), `${attacker.label} → ${probe.field}`)
            .toBe(true);
        }
        if (!attacker.as && !PUBLIC_FIELDS.includes(probe.field)) {
          const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
          expect.soft(codes, `${attacker.label} → ${probe.field}`).toContain("UNAUTHENTICATED");
        }
      }
    }
    expect(attempts.length).toBe(PROBES.length * attackers.length);
  }, 600_000);

  // After the attempts, which must find the victim as it was made: the controls change it.
  it("notices the rightful callers' writes through each write probe's check (so a change would show)", async () => {
    // Every write probe has one: a check never seen to fail proves nothing.
    expect(WRITE_PROBES.filter((probe) => !probe.control || !probe.unchanged).map((probe) => probe.field)).toEqual([]);
    for (const probe of WRITE_PROBES) {
      const control = probe.control;
      if (!control || !probe.unchanged) continue; // reported by the expectation above
      const prepared = control.prepare ? await control.prepare(platform, victim) : victim;
      const answerBefore = control.answerBefore ? await control.answerBefore(platform, prepared) : {};
      // Before the write the check must hold, or its failure afterwards would prove nothing.
      expect(await probe.unchanged(platform, prepared, "control", answerBefore), `${probe.field} before`).toBe(true);
      const variables = control.variables
        ? await control.variables(platform, prepared)
        : probe.variables(prepared, "control");
      const as = { provider: await platform.provider(), victim: prepared.ownerSession, "signing-in owner": undefined };
      const answer = await platform.query(
        control.operation ?? probe.operation,
        variables,
        as[control.by],
        OWNER_ADDRESS,
      );
      expect(answer.errors, probe.field).toBeUndefined();
      expect(await probe.unchanged(platform, prepared, "control", answer), `${probe.field} after`).toBe(false);
      await control.restore?.(platform, prepared, answer);
      controls.push(probe.field);
    }
    expect(controls.length).toBe(WRITE_PROBES.length);
  }, 300_000);
});

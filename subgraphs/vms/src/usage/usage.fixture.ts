import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createServiceTokenVerifier, repoRoot, SERVICE_TOKEN_HEADER } from "@dcx/kit";
import { testServiceKeys } from "@dcx/kit/testing";
import { asc, eq } from "drizzle-orm";
import { buildSchema, graphql, type GraphQLScalarType, type GraphQLSchema } from "graphql";
import { vmUsageChanges } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";
import { telemetryUsageSink, type UsageSink, type VmUsageChangeInput } from "./usage-sink";

/** The receiver's contract as agreed with telemetry-billing (`recordVmUsageChanges`). */
export const AGREED_USAGE_SDL = /* GraphQL */ `
  scalar DateTimeISO
  type Query {
    ping: Boolean
  }
  type Mutation {
    recordVmUsageChanges(changes: [VmUsageChangeInput!]!): VmUsageChangeReceipt!
  }
  type VmUsageChangeReceipt {
    stored: Int!
    alreadyStored: Int!
  }
  input VmUsageChangeInput {
    changeId: String!
    vmId: ID!
    organizationId: ID!
    occurredAt: DateTimeISO!
    exists: Boolean!
    poweredOn: Boolean!
    vcpuCount: Int!
    memoryMib: Int!
    disks: [VmUsageDiskInput!]!
    licences: [VmUsageLicenceInput!]!
    publicIpCount: Int!
  }
  input VmUsageDiskInput {
    diskId: ID!
    tier: String!
    capacityGb: Int!
  }
  input VmUsageLicenceInput {
    sku: String!
    quantity: Int!
  }
`;

function withStrictDates(schema: GraphQLSchema): GraphQLSchema {
  Object.assign(schema.getType("DateTimeISO") as GraphQLScalarType, {
    parseValue: (value: unknown) => {
      if (typeof value !== "string" || Number.isNaN(Date.parse(value))) throw new TypeError("not a DateTimeISO");
      return new Date(value);
    },
  });
  return schema;
}

/**
 * The schemas a call must validate against: the agreed SDL, and telemetry-billing's own composed
 * SDL (`schema/telemetry-billing.graphql`) once it declares the mutation.
 */
export function usageContracts(): { name: string; schema: GraphQLSchema }[] {
  const contracts = [{ name: "agreed SDL", schema: withStrictDates(buildSchema(AGREED_USAGE_SDL)) }];
  const composedFile = path.join(repoRoot, "schema", "telemetry-billing.graphql");
  if (existsSync(composedFile)) {
    const composed = buildSchema(readFileSync(composedFile, "utf8"));
    if (composed.getMutationType()?.getFields().recordVmUsageChanges) {
      contracts.push({ name: "schema/telemetry-billing.graphql", schema: withStrictDates(composed) });
    }
  }
  return contracts;
}

/** How the fake receiver answers one call: `refuse` stores nothing and answers a GraphQL error; `lose` stores, then answers HTTP 502 (the answer is lost). */
export type ReceiverFailure = "refuse" | "lose";

/**
 * A telemetry-billing stand-in over HTTP: checks the vms signature, validates every call against
 * the contracts, and stores each change id once (as the real receiver dedupes), answering
 * `{ stored, alreadyStored }`.
 */
export interface FakeTelemetry {
  url: string;
  /** The real signed sink, pointed here. */
  sink: UsageSink;
  /** Every call that reached the receiver with a valid signature, in order (refused ones included). */
  calls: VmUsageChangeInput[][];
  stored: Map<string, VmUsageChangeInput>;
  /** Answers for the next calls, one each (`ok` as usual); empty: every call is stored. */
  answers: (ReceiverFailure | "ok")[];
  /** While set, calls wait for it before answering. */
  gate: Promise<void> | null;
  close(): Promise<void>;
}

export async function startFakeTelemetry(): Promise<FakeTelemetry> {
  const vms = testServiceKeys("vms");
  const verifier = createServiceTokenVerifier(new Map([["vms", vms.publicKey]]), "telemetry-billing");
  const contracts = usageContracts();
  const fake = {
    calls: [],
    stored: new Map(),
    answers: [],
    gate: null,
  } as unknown as FakeTelemetry;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      void (async () => {
        const send = (status: number, payload: unknown) =>
          res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
        const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
        try {
          await verifier.verify(req.headers[SERVICE_TOKEN_HEADER] as string | undefined);
        } catch (error) {
          return send(401, {
            errors: [{ message: (error as Error).message, extensions: { code: "UNAUTHENTICATED" } }],
          });
        }
        const changes = variables.changes as VmUsageChangeInput[];
        fake.calls.push(structuredClone(changes));
        await fake.gate;
        for (const contract of contracts) {
          const checked = await graphql({
            schema: contract.schema,
            source: query,
            variableValues: variables,
            rootValue: { recordVmUsageChanges: () => ({ stored: 0, alreadyStored: 0 }) },
          });
          if (checked.errors?.length) {
            const message = `${contract.name}: ${checked.errors.map((error) => error.message).join("; ")}`;
            return send(200, { errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }] });
          }
        }
        const answer = fake.answers.shift() ?? "ok";
        if (answer === "refuse") {
          return send(200, { errors: [{ message: "Billing is paused", extensions: { code: "SERVICE_UNAVAILABLE" } }] });
        }
        let stored = 0;
        for (const change of changes) {
          if (!fake.stored.has(change.changeId)) stored += 1;
          fake.stored.set(change.changeId, change);
        }
        if (answer === "lose") return res.writeHead(502).end("Bad Gateway");
        send(200, { data: { recordVmUsageChanges: { stored, alreadyStored: changes.length - stored } } });
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  fake.sink = telemetryUsageSink(vms.client({ "telemetry-billing": fake.url }));
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}

/** The outbox, oldest first; of one VM when given. */
export function outboxRows(db: VmsDb, vmId?: string) {
  const query = db.select().from(vmUsageChanges);
  return (vmId ? query.where(eq(vmUsageChanges.vmId, vmId)) : query).orderBy(asc(vmUsageChanges.id));
}

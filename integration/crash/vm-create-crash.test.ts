import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Database, migrationsFolder, openDatabase, repoRoot } from "@dcx/kit";
import { customerUser, startTestSubgraph, testGatewayKeys, testPostgresUrl, testServiceKeys } from "@dcx/kit/testing";
import { catalogSubgraph, createProduct, ProductCategory, ProductUnit } from "@dcx/catalog";
import { startVcenterSimulator } from "@dcx/vcenter-simulator";
import { holdKeyOf, vmsSubgraph } from "@dcx/vms";
import { EntryKind, openWallet, postEntry, walletSubgraph } from "@dcx/wallet";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { type ManagedProcess, spawnService, waitUntilReady } from "../../scripts/processes";
import { adminQuery, freePort, rand } from "./crash-support";

/**
 * "Kill the vms process while it provisions; after restarts every requested VM exists exactly once."
 * The vms subgraph runs as a real child process (its own port, a PGlite folder or a fresh PostgreSQL
 * database) with its job runner, against the vCenter simulator (tasks of 300 ms) and the money
 * gate's real wallet and catalog (in this process, trusting the key vms signs with). Each round
 * asks for a few VMs through the API (which holds their cost in the wallet), SIGKILLs the process
 * at a random moment, and starts it again; requests cut off by the kill are sent again with their
 * idempotency key. At the end every operation must have ended, every succeeded create must have
 * exactly one VM with its marker in vCenter (and every failed one none), and every hold of an
 * operation must be released.
 */

const ENTRY = path.join(repoRoot, "subgraphs/vms/src/main.ts");
const ROUNDS = 6;
const VMS_PER_ROUND = 3;
const TASK_DELAY_MS = 300;
const EXPIRE_SECONDS = 4;

const PRICES: [string, ProductCategory, ProductUnit, string][] = [
  ["compute.vcpu", ProductCategory.COMPUTE, ProductUnit.VCPU_HOUR, "0.42"],
  ["compute.ram-gb", ProductCategory.COMPUTE, ProductUnit.GB_RAM_HOUR, "0.185"],
  ["storage.performance", ProductCategory.STORAGE, ProductUnit.GB_MONTH, "2.45"],
  ["storage.standard", ProductCategory.STORAGE, ProductUnit.GB_MONTH, "1.15"],
  ["storage.archive", ProductCategory.STORAGE, ProductUnit.GB_MONTH, "0.38"],
];

const CREATE = `mutation($input: CreateVmInput!) { createVm(input: $input) { id status } }`;
const OPERATION = `query($id: ID!) { vmOperation(id: $id) { id status } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Request {
  name: string;
  key: string;
  round: number;
  operationId?: string;
  /** Sent while the process was killed: answered by nobody (sent again after the restart). */
  cutOff: boolean;
}

describe("the vms process killed while it provisions VMs", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it(`creates every requested VM exactly once over ${ROUNDS} SIGKILLs, and releases every hold`, async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "dcx-vm-crash-"));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const gatewayKeys = testGatewayKeys();
    const gatewayKeyFile = path.join(folder, "gateway.pub.pem");
    writeFileSync(gatewayKeyFile, gatewayKeys.publicKey.export({ type: "spki", format: "pem" }));
    const vmsKeys = testServiceKeys("vms");
    const vmsKeyFile = path.join(folder, "vms-service.pem");
    writeFileSync(vmsKeyFile, vmsKeys.privateKey.export({ type: "pkcs8", format: "pem" }));

    // The money gate's side: wallet and catalog, trusting vms's key; the organisation's wallet funded.
    const trust = { trustedServices: new Map([[vmsKeys.service, vmsKeys.publicKey]]) };
    const wallet = await startTestSubgraph(walletSubgraph, undefined, trust);
    cleanups.push(() => wallet.close());
    const catalog = await startTestSubgraph(catalogSubgraph, undefined, trust);
    cleanups.push(() => catalog.close());
    for (const [sku, category, unit, unitPrice] of PRICES) {
      await createProduct(catalog.database.db, {
        sku,
        name: sku,
        category,
        unit,
        unitPrice,
        effectiveFrom: new Date("2025-01-01Z"),
      });
    }
    const organizationId = randomUUID();
    await openWallet(wallet.database.db, organizationId);
    await postEntry(wallet.database.db, {
      organizationId,
      kind: EntryKind.TOP_UP,
      amountCents: 100_000_000n,
      description: "Opening balance",
      idempotencyKey: "vm-crash-seed",
    });

    const simulator = await startVcenterSimulator({ port: 0, taskDelayMs: TASK_DELAY_MS });
    cleanups.push(() => simulator.close());

    // Its own database: a folder for PGlite, or a fresh database on the PostgreSQL server.
    const adminUrl = testPostgresUrl();
    let databaseUrl: string | undefined;
    if (adminUrl) {
      const name = `dcx_test_vm_crash_${randomBytes(6).toString("hex")}`;
      await adminQuery(adminUrl, `create database ${name}`);
      cleanups.push(() => adminQuery(adminUrl, `drop database if exists ${name} with (force)`));
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
    }
    const dataRoot = path.join(folder, "data");

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      VMS_PORT: String(port),
      DATA_DIR: dataRoot,
      GATEWAY_PUBLIC_KEY_FILE: gatewayKeyFile,
      VMS_DATABASE_URL: databaseUrl,
      VCENTER_URL: simulator.url,
      VCENTER_USER: "administrator@vsphere.local",
      VCENTER_PASSWORD: "simulator",
      VMS_WALLET_URL: wallet.server.graphqlUrl,
      VMS_CATALOG_URL: catalog.server.graphqlUrl,
      VMS_SERVICE_SIGNING_KEY_FILE: vmsKeyFile,
      // Quick recovery for the test: a dead process's job is retried 4 s after it started.
      VMS_JOB_EXPIRE_SECONDS: String(EXPIRE_SECONDS),
      VMS_JOB_SWEEP_SECONDS: "1",
      VMS_JOB_RETRY_DELAY_SECONDS: "1",
      // A job may be cut off by every kill; it must not run out of attempts because of the test.
      VMS_JOB_RETRY_LIMIT: "30",
      VMS_SYNC_INTERVAL_SECONDS: "0",
    };
    if (!databaseUrl) delete env.VMS_DATABASE_URL;

    let service: ManagedProcess | undefined;
    const exited = (current: ManagedProcess) =>
      new Promise<void>((resolve) => {
        if (current.child.exitCode !== null || current.child.signalCode !== null) return resolve();
        current.child.once("exit", () => resolve());
      });
    const start = async () => {
      service = spawnService("vms", ENTRY, env);
      await waitUntilReady(`${baseUrl}/ready`, service, 60_000);
    };
    const kill = async () => {
      const current = service!;
      current.child.kill("SIGKILL");
      await exited(current);
    };
    cleanups.push(async () => {
      if (service && service.child.exitCode === null && service.child.signalCode === null) await kill();
    });

    const owner = customerUser(organizationId, "owner");
    const send = <T>(query: string, variables: Record<string, unknown>) =>
      gatewayKeys.request<T>(`${baseUrl}/graphql`, "vms", query, variables, owner);
    const requests: Request[] = [];
    /** Asks for the VM (again, with the same key, if an earlier answer was lost); records its operation. */
    const ask = async (request: Request) => {
      try {
        const answer = await send<{ createVm: { id: string } }>(CREATE, {
          input: {
            organizationId,
            name: request.name,
            vcpuCount: 1,
            memoryGb: 1,
            disks: [{ label: "OS disk", capacityGb: 10, tier: "STANDARD" }],
            idempotencyKey: request.key,
          },
        });
        if (answer.data?.createVm) {
          request.operationId = answer.data.createVm.id;
          request.cutOff = false;
        } else throw new Error(`createVm ${request.name} refused: ${JSON.stringify(answer.errors)}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith("createVm")) throw error;
        request.cutOff = true;
      }
    };
    const statusOf = async (operationId: string) =>
      (await send<{ vmOperation: { status: string } | null }>(OPERATION, { id: operationId })).data?.vmOperation
        ?.status;

    await start();
    let cutOffTotal = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const fresh = Array.from({ length: VMS_PER_ROUND }, (_, n) => ({
        name: `crash-r${round}-${n}`,
        key: `vm-crash-r${round}-${n}`,
        round,
        cutOff: false,
      }));
      requests.push(...fresh);
      const killAfterMs = rand(50, 2_500);
      const asked = Promise.all(fresh.map((request) => ask(request)));
      await sleep(killAfterMs);
      const before = await Promise.all(
        requests
          .filter((r) => r.operationId)
          .map(async (r) => (await statusOf(r.operationId!).catch(() => "?")) ?? "?"),
      );
      await kill();
      await asked;
      const cutOff = fresh.filter((request) => request.cutOff).length;
      cutOffTotal += cutOff;
      const restartStarted = Date.now();
      await start();
      const restartMs = Date.now() - restartStarted;
      // Requests the kill cut off are sent again under their key: the API answers the operation or makes it.
      for (const request of requests.filter((r) => r.cutOff)) await ask(request);
      const count = (status: string) => before.filter((s) => s === status).length;
      console.log(
        `vm crash round ${round} (${databaseUrl ? "postgres" : "pglite"}): killed after ${killAfterMs} ms with ` +
          `${count("RUNNING")} running, ${count("QUEUED")} queued, ${count("SUCCEEDED")} succeeded; ` +
          `${cutOff} requests cut off; restart ${restartMs} ms; VMs in vCenter ${
            Object.values(simulator.state.vms).filter((vm) => vm.name.startsWith("crash-")).length
          }`,
      );
    }

    // Everything ends: jobs of killed processes expire and run again.
    const settleStarted = Date.now();
    const statuses = new Map<string, string | undefined>();
    for (;;) {
      for (const request of requests) statuses.set(request.name, await statusOf(request.operationId!));
      if ([...statuses.values()].every((status) => status === "SUCCEEDED" || status === "FAILED")) break;
      if (Date.now() - settleStarted > 120_000) break;
      await sleep(500);
    }
    const settleMs = Date.now() - settleStarted;
    await kill();

    // The database itself, with the process gone.
    const database: Database<typeof vmsSubgraph.tables> = await openDatabase({
      schema: vmsSubgraph.tables,
      migrationsFolder: migrationsFolder("vms"),
      url: databaseUrl,
      dataDir: databaseUrl ? undefined : path.join(dataRoot, "vms"),
    });
    cleanups.push(() => database.close());
    const { vmOperations, vms } = vmsSubgraph.tables;
    const operations = await database.db
      .select()
      .from(vmOperations)
      .where(eq(vmOperations.organizationId, organizationId));
    const rows = await database.db.select().from(vms).where(eq(vms.organizationId, organizationId));
    const holds = (
      (await wallet.database.db.execute(
        sql`select h.idempotency_key as key, h.status from wallet_holds h join wallets w on w.id = h.wallet_id
            where w.organization_id = ${organizationId}`,
      )) as unknown as { rows: { key: string; status: string }[] }
    ).rows;

    const markerCount = (marker: string) =>
      Object.values(simulator.state.vms).filter(
        (vm) =>
          vm.instanceUuid === marker || vm.extraConfig.some((e) => e.key === "dcx.operation" && e.value === marker),
      ).length;
    const violations: string[] = [];
    for (const request of requests) {
      const ofName = operations.filter((operation) => (operation.input as { name?: string }).name === request.name);
      if (ofName.length !== 1) violations.push(`${request.name}: ${ofName.length} operations`);
      const operation = ofName[0];
      if (!operation) continue;
      if (operation.id !== request.operationId) violations.push(`${request.name}: answered another operation`);
      const markers = markerCount(operation.id);
      if (operation.status === "succeeded" && markers !== 1)
        violations.push(`${request.name}: ${markers} VMs in vCenter`);
      if (operation.status === "failed" && markers !== 0) violations.push(`${request.name}: failed but ${markers} VMs`);
      if (operation.status === "queued" || operation.status === "running")
        violations.push(`${request.name}: stuck ${operation.status}`);
      const hold = holds.find((h) => h.key === holdKeyOf(operation.id));
      if (!hold) violations.push(`${request.name}: no hold`);
      else if (hold.status !== "released") violations.push(`${request.name}: hold ${hold.status}`);
      const row = rows.find((r) => r.id === operation.vmId);
      if (operation.status === "succeeded" && (row?.lifecycle !== "ready" || row.instanceUuid !== operation.id)) {
        violations.push(`${request.name}: row ${row?.lifecycle} ${row?.instanceUuid}`);
      }
    }
    const vcenterVms = Object.values(simulator.state.vms).filter((vm) => vm.name.startsWith("crash-"));
    const succeeded = operations.filter((operation) => operation.status === "succeeded").length;
    if (vcenterVms.length !== succeeded)
      violations.push(`${vcenterVms.length} VMs in vCenter for ${succeeded} succeeded creates`);
    // A request cut off after its hold was placed is sent again under its key: the operation id
    // follows from the key, so the resent request meets the same hold instead of placing another.
    const orphanHolds = holds.filter((h) => !operations.some((o) => holdKeyOf(o.id) === h.key));
    if (orphanHolds.length > 0) violations.push(`${orphanHolds.length} holds without an operation`);
    console.log(
      `vm crash (${databaseUrl ? "postgres" : "pglite"}): ${ROUNDS} rounds, ${requests.length} VMs asked, ` +
        `${cutOffTotal} requests cut off by kills, ${operations.length} operations, ${succeeded} succeeded, ` +
        `${operations.length - succeeded} failed, ${vcenterVms.length} VMs in vCenter, ` +
        `${holds.filter((h) => h.status === "released").length}/${holds.length} holds released ` +
        `(${orphanHolds.length} without an operation), settled in ${settleMs} ms, violations ${violations.length}` +
        (violations.length ? `: ${violations.slice(0, 8).join("; ")}` : ""),
    );
    expect(violations).toEqual([]);
    expect(succeeded).toBe(requests.length);
  }, 600_000);
});

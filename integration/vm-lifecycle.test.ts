import { randomUUID } from "node:crypto";
import { createOrganization, createUser, OrganizationKind, UserRole } from "@dcx/tenancy";
import { EntryKind, openWallet, postEntry } from "@dcx/wallet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

const OPERATION = `id kind status progress error { code message } vm { id }`;
const CREATE = `mutation($input: CreateVmInput!) { createVm(input: $input) { ${OPERATION} } }`;
const POLL = `query($id: ID!) { vmOperation(id: $id) { ${OPERATION} } }`;
const VM = `query($id: ID!) { vm(id: $id) { id name powerState vcpuCount memoryMib instanceUuid
  disks { capacityGb tier } operations { kind status } } }`;
const ESTIMATE = `query($input: VmEstimateInput!) { estimateVm(input: $input) { monthlyTotal { amount } } }`;

interface Operation {
  id: string;
  kind: string;
  status: string;
  progress: number;
  error: { code: string; message: string } | null;
  vm: { id: string } | null;
}

const SPEC = { vcpuCount: 2, memoryGb: 4, disks: [{ capacityGb: 40, tier: "STANDARD" }] };

/**
 * A VM's life through the whole platform over real HTTP, as a customer's owner would live it:
 * the gateway, the vms subgraph's job runner, the wallet's holds, the catalog's prices and the
 * local vCenter simulator through the real vSphere driver.
 */
describe("a VM's life through the whole platform", () => {
  let platform: TestPlatform;
  let adcock: string;
  let owner: SignedIn;

  beforeAll(async () => {
    platform = await startTestPlatform();
    adcock = platform.seed.organizations.Adcock!;
    owner = await platform.signIn("it@adcock.co.za");
  });
  afterAll(() => platform?.close());

  const send = async <T>(query: string, variables: Record<string, unknown>, as = owner) => {
    const result = await platform.query<T>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  /** Polls the operation as a client would until it ends. */
  const settled = async (operation: Operation, as = owner): Promise<Operation> => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { vmOperation } = await send<{ vmOperation: Operation }>(POLL, { id: operation.id }, as);
      if (vmOperation.status === "SUCCEEDED" || vmOperation.status === "FAILED") return vmOperation;
      if (Date.now() > deadline) throw new Error(`operation ${operation.kind} still ${vmOperation.status}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const operate = async (mutation: string, args: string, variables: Record<string, unknown>) => {
    const data = await send<Record<string, Operation>>(
      `mutation($id: ID!${args ? `, ${args}` : ""}) { ${mutation} { ${OPERATION} } }`,
      variables,
    );
    return settled(Object.values(data)[0]!);
  };
  const vm = async (id: string) =>
    (
      await send<{
        vm: {
          name: string;
          powerState: string;
          vcpuCount: number;
          memoryMib: number;
          instanceUuid: string | null;
          operations: { kind: string; status: string }[];
        } | null;
      }>(VM, { id })
    ).vm;
  const inVcenter = (instanceUuid: string) =>
    Object.values(platform.vcenter.state.vms).find((candidate) => candidate.instanceUuid === instanceUuid);

  it("creates a VM that powers on, powers it off, resizes it and deletes it", async () => {
    const name = `walk-${randomUUID().slice(0, 6)}`;
    const queued = (
      await send<{ createVm: Operation }>(CREATE, {
        input: { organizationId: adcock, name, ...SPEC, idempotencyKey: `walk-through-${name}` },
      })
    ).createVm;
    expect(queued).toMatchObject({ kind: "CREATE", status: "QUEUED" });
    const created = await settled(queued);
    expect(created).toMatchObject({ status: "SUCCEEDED", progress: 100, error: null });
    const id = created.vm!.id;
    const running = await vm(id);
    expect(running).toMatchObject({ name, powerState: "POWERED_ON", vcpuCount: 2, memoryMib: 4096 });
    expect(inVcenter(running!.instanceUuid!)).toBeDefined();

    expect(await operate("powerOffVm(id: $id)", "", { id })).toMatchObject({ status: "SUCCEEDED" });
    expect((await vm(id))!.powerState).toBe("POWERED_OFF");

    const resized = await operate("resizeVm(id: $id, vcpuCount: $cpus, memoryGb: $gb)", "$cpus: Int!, $gb: Int!", {
      id,
      cpus: 4,
      gb: 8,
    });
    expect(resized).toMatchObject({ status: "SUCCEEDED" });
    expect(await vm(id)).toMatchObject({ vcpuCount: 4, memoryMib: 8192 });

    const deleted = await operate("deleteVm(id: $id, confirmName: $name)", "$name: String!", { id, name });
    expect(deleted).toMatchObject({ status: "SUCCEEDED" });
    expect(await vm(id)).toBeNull();
    expect(inVcenter(running!.instanceUuid!)).toBeUndefined();
  });

  it("creates exactly as many VMs as the wallet covers when 20 are asked for at once", async () => {
    const provider = await platform.provider();
    const organization = await createOrganization(platform.dbs.tenancy, {
      name: `Race ${randomUUID().slice(0, 6)}`,
      kind: OrganizationKind.CUSTOMER,
      parentId: platform.seed.organizations.Datacentrix!,
    });
    await createUser(platform.dbs.tenancy, {
      organizationId: organization.id,
      email: `owner-${organization.id.slice(0, 8)}@race.example`,
      displayName: "Race owner",
      role: UserRole.OWNER,
    });
    // The wallet holds 24 h of the VM's price (VAT included), rounded up to the cent, for each.
    const { estimateVm } = await send<{ estimateVm: { monthlyTotal: { amount: string } } }>(
      ESTIMATE,
      { input: SPEC },
      provider,
    );
    const monthlyCents = BigInt(estimateVm.monthlyTotal.amount.replace(".", ""));
    const holdCents = (monthlyCents * 24n + 729n) / 730n;
    await openWallet(platform.dbs.wallet, organization.id);
    await postEntry(platform.dbs.wallet, {
      organizationId: organization.id,
      amountCents: holdCents * 3n,
      kind: EntryKind.CREDIT_GRANT,
      description: "Exactly three VMs' runway",
      idempotencyKey: `race-credit-${organization.id}`,
    });

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        platform.query<{ createVm: Operation }>(
          CREATE,
          {
            input: {
              organizationId: organization.id,
              name: `race-${index}`,
              ...SPEC,
              idempotencyKey: `race-${index}-key`,
            },
          },
          provider,
        ),
      ),
    );
    const queued = results.filter((result) => result.data?.createVm);
    const refused = results.flatMap((result) => result.errors ?? []);
    expect(queued).toHaveLength(3);
    expect(refused).toHaveLength(17);
    expect(new Set(refused.map((error) => error.extensions?.code))).toEqual(new Set(["INSUFFICIENT_FUNDS"]));
    const ends = await Promise.all(queued.map((result) => settled(result.data!.createVm, provider)));
    expect(ends.map((end) => end.status)).toEqual(["SUCCEEDED", "SUCCEEDED", "SUCCEEDED"]);
    const inFolder = Object.values(platform.vcenter.state.vms).filter((candidate) =>
      candidate.name.startsWith("race-"),
    );
    expect(inFolder).toHaveLength(3);
  });
});

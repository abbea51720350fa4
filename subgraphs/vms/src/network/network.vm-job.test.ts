import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VSphereClient } from "../hypervisor";
import { type RunnerHarness, startRunnerHarness } from "../operation/runner/runner.fixture";
import { createNetwork } from "./network.service";

/** A VM created on a customer network lands on the network's port group in vCenter. */
describe("a create job on a network made by the platform", () => {
  let h: RunnerHarness;
  let service: VSphereClient;
  beforeAll(async () => {
    h = await startRunnerHarness();
    await h.start();
    // The API's own client; the runner's has read the network list before the port group existed.
    service = new VSphereClient({ url: h.simulator.url, user: "administrator@vsphere.local", password: "simulator" });
    await h.hypervisor.listNetworks();
  });
  afterAll(async () => {
    await service?.close();
    await h?.close();
  });

  it("succeeds with the VM's NIC on the network's distributed port group", async () => {
    const network = await createNetwork(
      h.database.db,
      {
        organizationId: h.organizationId,
        name: "frontend",
        cidr: "10.70.0.0/24",
        gateway: "10.70.0.1",
        dhcpRange: { first: "10.70.0.10", last: "10.70.0.99" },
        staticRange: { first: "10.70.0.100", last: "10.70.0.200" },
      },
      service,
    );
    const created = await h.insertCreate({ name: "front-01", portGroup: network.portGroup });
    await h.runner.queue.enqueue(created.operationId);
    const operation = await h.waitForEnd(created.operationId);
    expect(operation).toMatchObject({ status: "succeeded", errorCode: null });

    const vm = await h.hypervisor.findVmByInstanceUuid(created.operationId);
    expect(vm?.nics).toEqual([expect.objectContaining({ network: network.portGroup })]);
    const record = Object.values(h.simulator.state.vms).find((item) => item.instanceUuid === created.operationId)!;
    const portGroup = h.simulator.state.networks[record.nics[0]!.network];
    expect(portGroup).toMatchObject({
      name: network.portGroup,
      distributedSwitch: h.simulator.state.distributedSwitch.id,
    });
  });
});

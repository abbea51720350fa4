import { describe, expect, it } from "vitest";
import { inBatches, mayPower, planBulkPower, type PowerableVm, reasonNotToSend, summariseOutcomes } from "./bulk-power";

const vm = (name: string, over: Partial<PowerableVm> = {}): PowerableVm => ({
  id: `id-${name}`,
  name,
  powerState: "POWERED_OFF",
  lifecycle: "READY",
  busy: false,
  ...over,
});

describe("powering several VMs at once", () => {
  it("is offered to owners, admins and members only", () => {
    expect((["OWNER", "ADMIN", "MEMBER", "BILLING", "READ_ONLY"] as const).map(mayPower)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("powers on what is off or suspended, and shuts down or powers off what runs", () => {
    expect(reasonNotToSend("powerOnVm", vm("a"))).toBeNull();
    expect(reasonNotToSend("powerOnVm", vm("a", { powerState: "SUSPENDED" }))).toBeNull();
    expect(reasonNotToSend("powerOnVm", vm("a", { powerState: "POWERED_ON" }))).toBe("Already powered on");
    expect(reasonNotToSend("shutdownVm", vm("a", { powerState: "POWERED_ON" }))).toBeNull();
    expect(reasonNotToSend("powerOffVm", vm("a", { powerState: "SUSPENDED" }))).toBe("Not running");
  });

  it("sends nothing for a VM being created, deleted or busy with an operation", () => {
    expect(reasonNotToSend("powerOnVm", vm("a", { lifecycle: "PROVISIONING" }))).toBe("Still being created");
    expect(reasonNotToSend("powerOnVm", vm("a", { lifecycle: "DELETING" }))).toBe("Being deleted");
    expect(reasonNotToSend("powerOnVm", vm("a", { busy: true }))).toBe("An operation is in progress");
  });

  it("splits a selection into what is sent and what is skipped, with the reason", () => {
    const plan = planBulkPower("powerOnVm", [vm("a"), vm("b", { powerState: "POWERED_ON" }), vm("c")]);
    expect(plan.send.map((v) => v.name)).toEqual(["a", "c"]);
    expect(plan.skipped).toEqual([{ vmId: "id-b", name: "b", status: "skipped", message: "Already powered on" }]);
  });

  it("sums the outcomes up", () => {
    expect(
      summariseOutcomes([
        { vmId: "1", name: "a", status: "queued", operationId: "o" },
        { vmId: "2", name: "b", status: "queued", operationId: "p" },
        { vmId: "3", name: "c", status: "refused", message: "no" },
      ]),
    ).toBe("2 queued, 1 refused");
    expect(summariseOutcomes([{ vmId: "1", name: "a", status: "sending" }])).toBe("Sending…");
  });

  it("keeps at most `limit` requests in flight and runs every one", async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await inBatches([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push(n);
      inFlight -= 1;
    });
    expect([most, done.sort()]).toEqual([3, [1, 2, 3, 4, 5, 6, 7]]);
  });
});

import { startVcenterSimulator } from "@dcx/vcenter-simulator";
import { describeHypervisorContract } from "./hypervisor.contract";

/** The contract against the local vCenter simulator that `npm start` uses, with its demo inventory. */
describeHypervisorContract("the local vCenter simulator", async () => {
  // Tasks take a moment, as in vCenter, so waiting and time-outs are exercised for real.
  const simulator = await startVcenterSimulator({ port: 0, taskDelayMs: 150 });
  const initialVmCount = Object.keys(simulator.state.vms).length;
  return {
    url: simulator.url,
    user: "administrator@vsphere.local",
    password: "simulator",
    initialVmCount,
    pagesInventory: true,
    rebootsGuests: true,
    reportsGuestDisks: true,
    close: () => simulator.close(),
  };
});

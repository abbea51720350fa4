import { describe, it } from "vitest";
import { describeHypervisorContract } from "./hypervisor.contract";
import { findVcsimBinary, startVcsim } from "./vcsim.process";

/**
 * The contract against VMware's vcsim (govmomi 0.24). Runs when `VCSIM_BIN` names the binary or
 * `simulators/vcsim/build.sh` has cached one; CI (CI=true) must have it and fails without.
 */
const binary = findVcsimBinary();
const why = process.env.VCSIM_BIN
  ? `VCSIM_BIN names no file (${process.env.VCSIM_BIN})`
  : "no vcsim binary: set VCSIM_BIN or run simulators/vcsim/build.sh";

if (binary) {
  describeHypervisorContract("vcsim", async () => {
    // 3 VMs per host and per resource pool: 6 VMs, enough to page by 2.
    const vcsim = await startVcsim(binary, ["-vm", "3"]);
    return {
      url: vcsim.url,
      user: "dcx",
      password: "vcsim",
      initialVmCount: 6,
      pagesInventory: false,
      rebootsGuests: false,
      reportsGuestDisks: false,
      close: () => vcsim.close(),
    };
  });
} else if (process.env.CI === "true") {
  describe("hypervisor contract against vcsim", () => {
    it("has the vcsim binary in CI", () => {
      throw new Error(`${why} (CI must run the contract against vcsim)`);
    });
  });
} else {
  console.warn(`hypervisor contract against vcsim skipped: ${why}`);
  describe.skip(`hypervisor contract against vcsim (skipped: ${why})`, () => {
    it("runs when vcsim is present", () => undefined);
  });
}

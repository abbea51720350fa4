import { afterAll, beforeAll, expect } from "vitest";
import { startVcenterSimulator, type VcenterSimulator } from "../server/vcenter-simulator";
import { parityTarget, type ParityTarget } from "./parity-target";
import { startVcsim, vcsimAvailable, VCSIM_BIN, type VcsimProcess } from "./vcsim-process";
import { shapeDifference, xmlShape } from "./xml-shape";

/** Whether vcsim can run here; under CI=true its absence fails the suite instead of skipping it. */
export const vcsimPresent = vcsimAvailable();
if (!vcsimPresent && process.env.CI === "true") {
  throw new Error(`vcsim is required under CI=true but was not found at ${VCSIM_BIN} (set VCSIM_BIN)`);
}
if (!vcsimPresent)
  console.warn(
    `vcsim not found at ${VCSIM_BIN}: parity tests against VMware's simulator are skipped (set VCSIM_BIN to run them)`,
  );

/**
 * Devices and settings vcsim gives every VM that the platform never reads (IDE/PS2/SIO controllers,
 * keyboard, video, VMCI, CD-ROM, vcsim's own extraConfig key), and members vcsim leaves unset where
 * a vCenter fills them (creation date, change version, tools version, guest disks).
 */
export const VM_ALLOWANCES = [
  /VirtualDevice\{(VirtualIDEController|VirtualPS2Controller|VirtualSIOController|VirtualKeyboard|VirtualPointingDevice|VirtualMachineVideoCard|VirtualMachineVMCIDevice|VirtualCdrom|VirtualPCIController|ParaVirtualSCSIController)\}/,
  /VirtualDevice\{VirtualE1000\}/,
  /\/(slotInfo|wakeOnLanEnabled|status)(\{|\/|$|@)/,
  /OptionValue\{OptionValue\}/,
];

/**
 * Starts vcsim and this simulator for the enclosing describe: `targets[0]` is ours, `targets[1]`
 * vcsim; `expectSameShape` runs one exchange on each and compares the answers' shapes.
 */
export function useParityTargets() {
  let vcsim: VcsimProcess | undefined;
  let simulator: VcenterSimulator | undefined;
  const targets: ParityTarget[] = [];

  beforeAll(async () => {
    vcsim = await startVcsim();
    simulator = await startVcenterSimulator({ taskDelayMs: 20 });
    targets.push(await parityTarget("ours", simulator.url), await parityTarget("vcsim", vcsim.url));
  });
  afterAll(async () => {
    await simulator?.close();
    await vcsim?.stop();
  });

  async function expectSameShape(exchange: (target: ParityTarget) => Promise<string>, allowed: RegExp[] = []) {
    const [ours, theirs] = [await exchange(targets[0]!), await exchange(targets[1]!)];
    expect(shapeDifference(xmlShape(ours), xmlShape(theirs), allowed)).toEqual({ onlyOurs: [], onlyTheirs: [] });
    return [ours, theirs] as const;
  }

  return { targets, expectSameShape };
}

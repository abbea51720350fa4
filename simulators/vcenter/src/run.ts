import path from "node:path";
import { parseEnv, port, repoRoot } from "@dcx/kit/config";
import { z } from "zod";
import { generatedInventory } from "./inventory/generated-inventory";
import { startVcenterSimulator } from "./server/vcenter-simulator";

/** Starts the simulator as its variables say (VCENTER_SIMULATOR_*, DATA_DIR): on its own or beside the others. */
export async function runVcenterSimulator(
  variables: Record<string, string | undefined>,
  log: (line: string) => void,
): Promise<{ close(): Promise<void> }> {
  const env = parseEnv(
    {
      VCENTER_SIMULATOR_PORT: port(4020),
      VCENTER_SIMULATOR_HOST: z.string().min(1).default("127.0.0.1"),
      /** `110x30`: a generated estate (organisations × VMs each) instead of the demo, when nothing is persisted. */
      VCENTER_SIMULATOR_ESTATE: z
        .string()
        .regex(/^\d+x\d+$/, 'expected "<organisations>x<VMs per organisation>", e.g. 110x30')
        .optional(),
      DATA_DIR: z.string().min(1).default(path.join(repoRoot, ".data")),
    },
    variables,
  );
  const dataDir = path.join(env.DATA_DIR, "vcenter");
  const [organizations, vmsPerOrganization] = env.VCENTER_SIMULATOR_ESTATE?.split("x").map(Number) ?? [];
  const inventory = organizations
    ? generatedInventory({ organizations, vmsPerOrganization: vmsPerOrganization!, seed: "estate" })
    : undefined;
  const simulator = await startVcenterSimulator({
    port: env.VCENTER_SIMULATOR_PORT,
    host: env.VCENTER_SIMULATOR_HOST,
    dataDir,
    inventory,
  });
  log(`vCenter simulator ready at ${simulator.url} (any user and password log in; inventory in ${dataDir})`);
  return simulator;
}

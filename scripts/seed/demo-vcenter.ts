import path from "node:path";
import { startVcenterSimulator } from "@dcx/vcenter-simulator";
import { type Hypervisor, loadHypervisorConfig, VSphereClient } from "@dcx/vms";

export interface DemoVcenter {
  hypervisor: Hypervisor;
  /** Where the demo estate came from, for the log. */
  description: string;
  close(): Promise<void>;
}

/**
 * The vCenter the demo is discovered in: the one `VCENTER_URL` names, or else the local simulator
 * over DATA_DIR/vcenter, started here only for the seed (it writes the demo estate there on
 * first start; `npm start`'s own simulator process then serves the same estate).
 */
export async function openDemoVcenter(env: Record<string, string | undefined>, dataDir: string): Promise<DemoVcenter> {
  const configured = loadHypervisorConfig(env);
  if (configured) {
    const client = new VSphereClient(configured);
    return { hypervisor: client, description: configured.url, close: () => client.close() };
  }
  const simulator = await startVcenterSimulator({ dataDir: path.join(dataDir, "vcenter") });
  const client = new VSphereClient({ url: simulator.url, user: "dcx-seed", password: "local-simulator" });
  return {
    hypervisor: client,
    description: "the local vCenter simulator",
    close: async () => {
      await client.close();
      await simulator.close();
    },
  };
}

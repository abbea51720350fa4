import type { ServiceEntry } from "./build/service-entries";
import type { ManagedProcess } from "./processes";

export interface RunningVcenterSimulator {
  service: ManagedProcess;
  /** The vim25 SOAP endpoint (`…/sdk`). */
  url: string;
  healthUrl: string;
  /** What the vms subgraph needs to use it: VCENTER_URL, VCENTER_USER, VCENTER_PASSWORD. */
  vmsEnv: Record<string, string>;
}

/** The simulator takes any user and password; these name the platform in its session list. */
const SIMULATOR_LOGIN = { user: "dcx-platform@vsphere.local", password: "local-simulator" };

/**
 * Starts the local vCenter simulator (simulators/vcenter), which holds the demo estate under
 * DATA_DIR/vcenter, and tells the vms subgraph where it is.
 */
export function startVcenterSimulator(
  entry: ServiceEntry,
  env: NodeJS.ProcessEnv,
  settings: { port: number; dataDir: string },
  launch: (entry: ServiceEntry, env: NodeJS.ProcessEnv) => ManagedProcess,
): RunningVcenterSimulator {
  const service = launch(entry, { ...env, VCENTER_SIMULATOR_PORT: String(settings.port), DATA_DIR: settings.dataDir });
  const base = `http://127.0.0.1:${settings.port}`;
  return {
    service,
    url: `${base}/sdk`,
    healthUrl: `${base}/health`,
    vmsEnv: {
      VCENTER_URL: `${base}/sdk`,
      VCENTER_USER: SIMULATOR_LOGIN.user,
      VCENTER_PASSWORD: SIMULATOR_LOGIN.password,
    },
  };
}

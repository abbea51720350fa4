import type { SimulatorPlan } from "./launch-simulators";

export interface VcenterSimulatorPlan extends SimulatorPlan {
  /** What the vms subgraph needs to use it: VCENTER_URL (the vim25 SOAP endpoint, `…/sdk`), VCENTER_USER, VCENTER_PASSWORD. */
  vmsEnv: Record<string, string>;
}

/** The simulator takes any user and password; these name the platform in its session list. */
const SIMULATOR_LOGIN = { user: "dcx-platform@vsphere.local", password: "local-simulator" };

/**
 * The local vCenter simulator (simulators/vcenter), which holds the demo estate under
 * DATA_DIR/vcenter, and where the vms subgraph finds it.
 */
export function planVcenterSimulator(settings: { port: number; dataDir: string }): VcenterSimulatorPlan {
  const base = `http://127.0.0.1:${settings.port}`;
  return {
    name: "vcenter",
    url: `${base}/sdk`,
    healthUrl: `${base}/health`,
    env: { VCENTER_SIMULATOR_PORT: String(settings.port), DATA_DIR: settings.dataDir },
    vmsEnv: {
      VCENTER_URL: `${base}/sdk`,
      VCENTER_USER: SIMULATOR_LOGIN.user,
      VCENTER_PASSWORD: SIMULATOR_LOGIN.password,
    },
  };
}

import type { ServiceEntry } from "./build/service-entries";
import type { ManagedProcess } from "./processes";

/** One development simulator to run, and how the platform reaches it. */
export interface SimulatorPlan {
  /** As SIMULATORS names it (scripts/simulators.ts). */
  name: "paygate" | "vcenter" | "oidc";
  url: string;
  healthUrl: string;
  /** The simulator's own variables: its port, DATA_DIR, … */
  env: Record<string, string>;
}

/**
 * Runs the planned simulators in one process (the `simulators` script): three Node processes
 * of their own would cost about 100 MiB each, most of it Node itself.
 */
export function launchSimulators(
  plans: SimulatorPlan[],
  entry: ServiceEntry,
  env: NodeJS.ProcessEnv,
  launch: (entry: ServiceEntry, env: NodeJS.ProcessEnv) => ManagedProcess,
): ManagedProcess {
  const own = Object.assign({}, ...plans.map((plan) => plan.env)) as Record<string, string>;
  return launch(entry, { ...env, ...own, SIMULATORS: plans.map((plan) => plan.name).join(",") });
}

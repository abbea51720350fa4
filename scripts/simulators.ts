import process from "node:process";

/**
 * The development simulators `npm start` needs, in one process: each alone is a Node process of
 * about 100 MiB, most of it Node itself. SIMULATORS names which (`paygate,vcenter,oidc`); each
 * reads its own variables (PAYGATE_SIMULATOR_PORT, …) as it does when run on its own, and only
 * the named ones are loaded.
 */
const RUNNERS = {
  paygate: async () => (await import("@dcx/paygate-simulator")).runPayGateSimulator,
  vcenter: async () => (await import("@dcx/vcenter-simulator")).runVcenterSimulator,
  oidc: async () => (await import("@dcx/oidc-simulator")).runOidcSimulator,
};
type SimulatorName = keyof typeof RUNNERS;

const names = (process.env.SIMULATORS ?? "").split(",").filter(Boolean);
const unknown = names.filter((name) => !(name in RUNNERS));
if (unknown.length || names.length === 0) {
  console.error(
    `SIMULATORS must name some of ${Object.keys(RUNNERS).join(", ")} (given "${process.env.SIMULATORS ?? ""}")`,
  );
  process.exit(2);
}
const running = await Promise.all(
  (names as SimulatorName[]).map(async (name) =>
    (await RUNNERS[name]())(process.env, (line) => console.log(`${name}: ${line}`)),
  ),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(
    signal,
    () => void Promise.all(running.map((simulator) => simulator.close())).then(() => process.exit(0)),
  );
}

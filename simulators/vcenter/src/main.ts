import { runVcenterSimulator } from "./run";

const simulator = await runVcenterSimulator(process.env, (line) => console.log(line));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void simulator.close().then(() => process.exit(0)));
}

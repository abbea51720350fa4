import { runOidcSimulator } from "./run";

const simulator = await runOidcSimulator(process.env, (line) => console.log(line));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void simulator.close().then(() => process.exit(0)));
}

import { type LoadPlan, runLoad } from "./load-client";

// Child process entry (see forked-load.ts): runs one plan received over IPC and sends back its result.
process.once("message", (plan: LoadPlan) => {
  process.send!("started");
  void runLoad(plan).then((result) => process.send!(result, () => process.exit(0)));
});

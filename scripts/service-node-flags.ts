import path from "node:path";

/**
 * V8 sizes a heap for the machine, not for the process: it keeps young-generation semi-spaces of
 * up to 16 MB resident and lets the old generation grow long before collecting it in full. 1 MB
 * semi-spaces and a 512 MB old generation (five times the largest heap `npm run bench:memory` saw,
 * the gateway's) keep every service small and bounded; the dashboard answered as fast.
 *
 * The gateway and telemetry-billing are the exception: they build and pass on the large answers
 * (metric series). With 1 MB, a quarter of the gateway's CPU under the heaviest allowed query
 * went to scavenges that copied each answer's objects before they died, and another tenant's
 * dashboard waited behind them (`npm run bench:fairness`: 8 MB for the gateway gave 2.27×, 16 MB
 * 1.2–1.7×). Telemetry-billing reads a window's buckets as one JSON row per VM, so 8 MB suffices
 * there and keeps it within its 250 MiB. V8 grows a semi-space only as far as the allocation rate
 * asks.
 */
const SEMI_SPACE_MB: Readonly<Record<string, number>> = { gateway: 16, "telemetry-billing": 8 };
const DEFAULT_SEMI_SPACE_MB = 1;
const OLD_SPACE_MB = 512;

/**
 * The node flags a service of `npm start` runs with. `CPU_PROFILE_DIR` makes every service write
 * a V8 CPU profile (.cpuprofile, for Chrome's DevTools or speedscope) there when it stops.
 */
export function serviceNodeFlags(service: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const profileDir = env.CPU_PROFILE_DIR;
  return [
    `--max-semi-space-size=${SEMI_SPACE_MB[service] ?? DEFAULT_SEMI_SPACE_MB}`,
    `--max-old-space-size=${OLD_SPACE_MB}`,
    ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : []),
  ];
}

import { readFileSync } from "node:fs";
import { ConfigError, nodeEnv, parseEnv } from "@dcx/kit";
import { z } from "zod";
import type { VSphereClientOptions } from "./vsphere/vsphere.client";

const hypervisorEnv = {
  NODE_ENV: nodeEnv(),
  VCENTER_URL: z.string().url().optional(),
  VCENTER_USER: z.string().min(1).optional(),
  VCENTER_PASSWORD: z.string().min(1).optional(),
  VCENTER_CA_FILE: z.string().min(1).optional(),
  VCENTER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
};

/**
 * Which vCenter the vms subgraph talks to: `VCENTER_URL` (`https://vcenter/sdk`; a URL without a
 * path gets `/sdk`), `VCENTER_USER`, `VCENTER_PASSWORD` (or credentials inside the URL, as vcsim
 * prints them), `VCENTER_CA_FILE` (PEM, when vCenter's certificate is not signed by a public CA)
 * and `VCENTER_TIMEOUT_MS` per call. Null without `VCENTER_URL`. Every problem is listed at once.
 */
export function loadHypervisorConfig(
  env: Record<string, string | undefined> = process.env,
): VSphereClientOptions | null {
  const parsed = parseEnv(hypervisorEnv, env);
  if (!parsed.VCENTER_URL) return null;
  const url = new URL(parsed.VCENTER_URL);
  const user = parsed.VCENTER_USER ?? (url.username ? decodeURIComponent(url.username) : undefined);
  const password = parsed.VCENTER_PASSWORD ?? (url.password ? decodeURIComponent(url.password) : undefined);
  url.username = "";
  url.password = "";
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/sdk";

  const problems: string[] = [];
  if (!user) problems.push("VCENTER_USER: required with VCENTER_URL");
  if (!password) problems.push("VCENTER_PASSWORD: required with VCENTER_URL");
  const local = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (parsed.NODE_ENV === "production" && url.protocol !== "https:" && !local) {
    problems.push("VCENTER_URL: must be https in production (credentials and sessions cross it)");
  }
  let caPem: string | undefined;
  if (parsed.VCENTER_CA_FILE) {
    try {
      caPem = readFileSync(parsed.VCENTER_CA_FILE, "utf8");
      if (!caPem.includes("-----BEGIN CERTIFICATE-----")) problems.push("VCENTER_CA_FILE: holds no PEM certificate");
    } catch (error) {
      problems.push(`VCENTER_CA_FILE: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    url: url.toString(),
    user: user!,
    password: password!,
    caPem,
    callTimeoutMs: parsed.VCENTER_TIMEOUT_MS,
  };
}

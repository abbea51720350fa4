import { createServiceClient, loadPrivateKey, type ServiceClient, ServiceRequestError, serviceKey } from "@dcx/kit";
import type { CollectorConfig } from "./telemetry.config";

export const TELEMETRY_SERVICE = "telemetry-billing";

export type TelemetryClient = ServiceClient<typeof TELEMETRY_SERVICE>;

/**
 * The signed client for telemetry-billing the configuration describes (signing as `vms`, the same
 * key loading as the money gate); null without `VMS_TELEMETRY_URL`. The performance sink and the
 * usage relay both call through it.
 */
export function loadTelemetryClient(
  config: Pick<CollectorConfig, "telemetryUrl" | "privateKeyFile" | "dataDir" | "production">,
): TelemetryClient | null {
  if (!config.telemetryUrl) return null;
  const privateKey = loadPrivateKey({
    key: serviceKey("vms"),
    file: config.privateKeyFile,
    dataDir: config.dataDir,
    production: config.production,
  });
  return createServiceClient({ service: "vms", privateKey, targets: { [TELEMETRY_SERVICE]: config.telemetryUrl } });
}

/**
 * One signed call to telemetry-billing, with its failures in words an operator can act on: not
 * reachable, not trusting vms, or refusing `what`. Resolves with the answer's data only when the
 * call was accepted whole.
 */
export async function callTelemetry<T>(
  client: TelemetryClient,
  document: string,
  variables: Record<string, unknown>,
  what: string,
): Promise<T | null | undefined> {
  let response;
  try {
    response = await client.request<T>(TELEMETRY_SERVICE, document, variables);
  } catch (error) {
    if (error instanceof ServiceRequestError) throw new Error(`telemetry-billing cannot be reached: ${error.message}`);
    throw error;
  }
  const [first] = response.errors ?? [];
  if (first?.extensions?.code === "UNAUTHENTICATED") {
    throw new Error(`telemetry-billing does not trust vms (TELEMETRY_BILLING_TRUSTED_SERVICES): ${first.message}`);
  }
  if (first)
    throw new Error(`telemetry-billing refused ${what}: ${first.extensions?.code ?? "error"}: ${first.message}`);
  return response.data;
}

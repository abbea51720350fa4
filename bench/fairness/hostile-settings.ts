/** What tenant A's load process is told (its one argument, as JSON). */
export interface HostileSettings {
  gatewayUrl: string;
  headers: Record<string, string>;
  query: string;
  variables: Record<string, unknown>;
  workers: number;
  maxRequests: number;
  ignoreRetryAfter: boolean;
}

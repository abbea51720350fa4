import type { ActorKind, IpMode } from "../gql/graphql";

/** VMware Tools as vCenter reports it (`guest.toolsRunningStatus` or `guest.toolsStatus`), in words. */
const TOOLS: Record<string, string> = {
  guestToolsRunning: "Running",
  guestToolsNotRunning: "Not running",
  guestToolsExecutingScripts: "Starting",
  toolsOk: "Running, up to date",
  toolsOld: "Running, out of date",
  toolsNotRunning: "Not running",
  toolsNotInstalled: "Not installed",
};

/** The Tools status in words; a value vCenter may add later is shown as it came, never hidden. */
export const toolsStatusLabel = (status: string | null | undefined): string =>
  status ? (TOOLS[status] ?? status) : "Not reported";

export const ipModeLabel = (mode: IpMode): string => (mode === "DHCP" ? "DHCP" : "Static");

/** How long an operation took: "12 s", "3 min", "1 h 5 min"; null while it has not ended. */
export function elapsedLabel(from: string, to: string | null | undefined): string | null {
  if (!to) return null;
  const seconds = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ""}` : `${minutes} min`;
}

const ACTORS: Record<ActorKind, string> = {
  USER: "a user",
  API_KEY: "an API key",
  SYSTEM: "the platform",
  SUSPENSION: "the suspension for unpaid usage",
};
export const actorLabel = (kind: ActorKind): string => ACTORS[kind];

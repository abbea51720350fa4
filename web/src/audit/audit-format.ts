import { browserTimeZone } from "../format";
import type { ActorKind, AuditOutcome } from "../gql/graphql";

/** "22 Nov 2026, 08:10:05" in `timeZone`; seconds matter when events follow each other closely. */
export function formatAuditTime(iso: string, timeZone: string = browserTimeZone()): string {
  return new Intl.DateTimeFormat("en-ZA", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(new Date(iso));
}

const OUTCOMES: Record<AuditOutcome, string> = {
  SUCCEEDED: "Succeeded",
  FAILED: "Failed",
  DETECTED: "Detected in vCenter",
};
export const outcomeLabel = (outcome: AuditOutcome) => OUTCOMES[outcome];

/** What the audit page knows about the people and keys that act: their names, when they could be read. */
export interface ActorDirectory {
  users: ReadonlyMap<string, string>;
  apiKeys: ReadonlyMap<string, string>;
  /** The organisation whose users are listed, to say that an unlisted user is from elsewhere. */
  organizationName: string;
}

/**
 * Who acted, in words. A user not among the organisation's users acted from an organisation above
 * it (its reseller or the provider); without a directory (tenancy could not be read) the name is
 * said to be unavailable rather than guessed.
 */
export function actorLabel(actor: { kind: ActorKind; id?: string | null }, directory: ActorDirectory | null): string {
  switch (actor.kind) {
    case "SYSTEM":
      return "DCX Cloud (platform)";
    case "SUSPENSION":
      return "Suspension for unpaid usage";
    case "USER": {
      if (!directory) return "A user (name unavailable)";
      const name = actor.id ? directory.users.get(actor.id) : undefined;
      return name ?? `A user outside ${directory.organizationName}`;
    }
    case "API_KEY": {
      if (!directory) return "An API key (name unavailable)";
      const name = actor.id ? directory.apiKeys.get(actor.id) : undefined;
      return name ? `API key ${name}` : "An API key";
    }
  }
}

/** One changed field of an event: its value before and after, as short text. */
export interface ChangeLine {
  field: string;
  before: string | null;
  after: string | null;
}

const MAX_VALUE = 60;

function parseObject(json: string | null | undefined): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function shortValue(value: unknown): string | null {
  if (value === undefined) return null;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/**
 * The fields an event's `before`/`after` JSON name, in the order first named, each with its two
 * values (null where one side does not name it); fields whose values are equal are left out.
 */
export function changeLines(before: string | null | undefined, after: string | null | undefined): ChangeLine[] {
  const was = parseObject(before) ?? {};
  const is = parseObject(after) ?? {};
  const fields = [...new Set([...Object.keys(was), ...Object.keys(is)])];
  return fields
    .filter((field) => JSON.stringify(was[field]) !== JSON.stringify(is[field]))
    .map((field) => ({ field, before: shortValue(was[field]), after: shortValue(is[field]) }));
}

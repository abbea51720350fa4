import type { MoRef, XmlElement } from "../soap/request-reader";
import type { InventoryState } from "./inventory.types";

export interface Session {
  key: string;
  userName: string;
  loginTime: string;
  ipAddress: string;
  userAgent: string;
  callCount: number;
  /** When the session last made a call (clock time, ms): idle sessions expire as vCenter's do. */
  lastActive: number;
  views: Map<string, ContainerView>;
  /** Pages of a RetrievePropertiesEx not yet fetched, by token. */
  retrievals: Map<string, PendingRetrieval>;
}

export interface ContainerView {
  id: string;
  container: string;
  types: string[];
  recursive: boolean;
}

export interface PendingRetrieval {
  refs: MoRef[];
  specSet: XmlElement[];
  pageSize: number;
}

export interface SimulatorContext {
  state: InventoryState;
  now: () => Date;
  /** Marks the inventory changed: it is persisted soon after. */
  changed: () => void;
  sessions: Map<string, Session>;
  /** How long a session may stay idle before it is forgotten. */
  sessionTimeoutMs: number;
  /** Looks up a container view of any session by its id. */
  findView: (id: string) => ContainerView | undefined;
}

export function sessionView(context: SimulatorContext, id: string): ContainerView | undefined {
  return context.findView(id);
}

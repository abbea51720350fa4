import type { Session, SimulatorContext } from "../model/simulator-context";
import type { TaskRunner } from "../tasks/task-runner";
import type { SoapCall } from "../soap/request-reader";
import type { XmlNode } from "../soap/xml-node";

export interface MethodCall extends SoapCall {
  context: SimulatorContext;
  tasks: TaskRunner;
  session: Session | undefined;
  /** The HTTP client's address and user agent, recorded on the session at login. */
  client: { ipAddress: string; userAgent: string };
  /** Sets the session cookie on the answer (Login). */
  newSession: (session: Session) => void;
}

/** A vim25 method: the children of its `…Response` element, or a thrown VimFault. */
export type Method = (call: MethodCall) => XmlNode[] | Promise<XmlNode[]>;

/** Methods by the managed object type they are called on, then by name. */
export type MethodTable = Record<string, Record<string, Method>>;

import { exists } from "../model/entity-tree";
import type { Session, SimulatorContext } from "../model/simulator-context";
import { SWITCH_METHODS } from "../methods/distributed-switch.methods";
import { INVENTORY_TOOL_METHODS } from "../methods/inventory-tools.methods";
import type { Method, MethodCall, MethodTable } from "../methods/method-types";
import { PERF_METHODS } from "../methods/perf.methods";
import { PROPERTY_COLLECTOR_METHODS } from "../methods/property-collector.methods";
import { SERVICE_METHODS } from "../methods/service.methods";
import { LIFECYCLE_METHODS } from "../methods/vm-lifecycle.methods";
import { POWER_METHODS } from "../methods/vm-power.methods";
import { faultEnvelope, responseEnvelope, VimFault } from "../soap/envelope";
import { readSoapCall } from "../soap/request-reader";
import { el } from "../soap/xml-node";
import type { TaskRunner } from "../tasks/task-runner";

const TABLES: MethodTable[] = [
  SERVICE_METHODS,
  PROPERTY_COLLECTOR_METHODS,
  INVENTORY_TOOL_METHODS,
  LIFECYCLE_METHODS,
  POWER_METHODS,
  PERF_METHODS,
  SWITCH_METHODS,
];
const METHODS: Record<string, Record<string, Method>> = {};
for (const table of TABLES)
  for (const [type, methods] of Object.entries(table)) METHODS[type] = { ...METHODS[type], ...methods };
const KNOWN_METHODS = new Set(Object.values(METHODS).flatMap((methods) => Object.keys(methods)));

/** vcsim answers these without a session; everything else needs one. */
const WITHOUT_SESSION = new Set(["RetrieveServiceContent", "Login", "RetrieveProperties", "RetrievePropertiesEx"]);

export interface SoapExchange {
  xml: string;
  sessionKey: string | undefined;
  client: { ipAddress: string; userAgent: string };
}

export interface SoapAnswer {
  status: number;
  xml: string;
  /** A new session's key, to set as the `vmware_soap_session` cookie. */
  setSession?: string;
}

/** The caller's session, unless it idled out (then it is forgotten, and the caller must log in again). */
function activeSession(context: SimulatorContext, key: string | undefined): Session | undefined {
  const session = key ? context.sessions.get(key) : undefined;
  if (!session) return undefined;
  const now = context.now().getTime();
  if (now - session.lastActive > context.sessionTimeoutMs) {
    context.sessions.delete(session.key);
    return undefined;
  }
  session.lastActive = now;
  return session;
}

export async function dispatch(
  context: SimulatorContext,
  tasks: TaskRunner,
  exchange: SoapExchange,
): Promise<SoapAnswer> {
  let setSession: string | undefined;
  try {
    const call = readSoapCall(exchange.xml);
    const session = activeSession(context, exchange.sessionKey);
    const { self, method } = call;
    if (!KNOWN_METHODS.has(method)) throw new VimFault("InvalidRequest", [], `no vmomi type defined for '${method}'`);
    if (!session && !WITHOUT_SESSION.has(method)) {
      throw new VimFault("NotAuthenticated", [
        el("object", self.value, { attrs: { type: self.type } }),
        el("privilegeId", "System.View"),
      ]);
    }
    const isView = self.type === "ContainerView" && session?.views.has(self.value);
    if (!isView && !exists(context.state, self)) {
      throw new VimFault(
        "ManagedObjectNotFound",
        [el("obj", self.value, { attrs: { type: self.type } })],
        `managed object not found: ${self.type}:${self.value}`,
      );
    }
    const handler = METHODS[self.type]?.[method];
    if (!handler) {
      throw new VimFault(
        "MethodNotFound",
        [el("receiver", self.value, { attrs: { type: self.type } }), el("method", method)],
        `${self.type}:${self.value} does not implement: ${method}`,
      );
    }
    if (session) session.callCount += 1;
    const methodCall: MethodCall = {
      ...call,
      context,
      tasks,
      session,
      client: exchange.client,
      newSession: (created) => (setSession = created.key),
    };
    const children = await handler(methodCall);
    return { status: 200, xml: responseEnvelope(method, children), setSession };
  } catch (error) {
    const fault = error instanceof VimFault ? error : new VimFault("InvalidRequest", [], (error as Error).message);
    return { status: 500, xml: faultEnvelope(fault) };
  }
}

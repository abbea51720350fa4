import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { demoInventory } from "../inventory/demo-inventory";
import type { InventoryState } from "../model/inventory.types";
import type { ContainerView, SimulatorContext } from "../model/simulator-context";
import { readState, StateWriter } from "../model/state-file";
import { SWITCH_HANDLERS } from "../methods/distributed-switch.methods";
import { LIFECYCLE_HANDLERS } from "../methods/vm-lifecycle.methods";
import { POWER_HANDLERS } from "../methods/vm-power.methods";
import { TaskRunner } from "../tasks/task-runner";
import { dispatch } from "./dispatch";

export interface VcenterSimulatorOptions {
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Persist the inventory as JSON under this folder; omitted keeps it in memory only. */
  dataDir?: string;
  /** The inventory to start with when nothing is persisted; the demo inventory by default. */
  inventory?: InventoryState;
  /** How long every task takes, in ms; by default each kind takes realistic seconds. */
  taskDelayMs?: number;
  clock?: () => Date;
  /** Idle time after which a session is forgotten (calls then fault with NotAuthenticated); 30 minutes by default, as vCenter. */
  sessionTimeoutMs?: number;
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export interface VcenterSimulator {
  /** `http://host:port/sdk` (https with `tls`). */
  url: string;
  /** The live state, for tests that need to look behind the protocol. */
  state: InventoryState;
  close: () => Promise<void>;
}

const SESSION_COOKIE = "vmware_soap_session";

function sessionFromCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return value.join("=").replace(/^"|"$/g, "");
  }
  return undefined;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startVcenterSimulator(options: VcenterSimulatorOptions = {}): Promise<VcenterSimulator> {
  const now = options.clock ?? (() => new Date());
  const state =
    (options.dataDir ? await readState(options.dataDir) : undefined) ?? options.inventory ?? demoInventory(now());
  const writer = new StateWriter(options.dataDir, () => JSON.stringify(state));
  const sessions: SimulatorContext["sessions"] = new Map();
  const findView = (id: string): ContainerView | undefined => {
    for (const session of sessions.values()) {
      const view = session.views.get(id);
      if (view) return view;
    }
    return undefined;
  };
  const context: SimulatorContext = {
    state,
    now,
    changed: () => writer.save(),
    sessions,
    sessionTimeoutMs: options.sessionTimeoutMs ?? 30 * 60_000,
    findView,
  };
  const tasks = new TaskRunner(
    context,
    { ...POWER_HANDLERS, ...LIFECYCLE_HANDLERS, ...SWITCH_HANDLERS },
    options.taskDelayMs,
  );
  writer.save();
  tasks.resume();

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    // For process supervisors (`npm start` waits for it): no vSphere client asks for it.
    if (request.method === "GET" && request.url === "/health") {
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (request.method !== "POST" || request.url?.split("?")[0] !== "/sdk") {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const answer = await dispatch(context, tasks, {
      xml: await readBody(request),
      sessionKey: sessionFromCookie(request.headers.cookie),
      client: {
        ipAddress: request.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "",
        userAgent: request.headers["user-agent"] ?? "",
      },
    });
    const headers: Record<string, string> = { "content-type": "text/xml; charset=utf-8" };
    if (answer.setSession) headers["set-cookie"] = `${SESSION_COOKIE}=${answer.setSession}; Path=/; HttpOnly`;
    response.writeHead(answer.status, headers).end(answer.xml);
  };
  const listener = (request: IncomingMessage, response: ServerResponse) =>
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end(String(error));
    });
  const server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener)
    : createHttpServer(listener);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `${options.tls ? "https" : "http"}://${host.includes(":") ? `[${host}]` : host}:${port}/sdk`;
  return {
    url,
    state,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await tasks.close();
      writer.save();
      await writer.flush();
    },
  };
}

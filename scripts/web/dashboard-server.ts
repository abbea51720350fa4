import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { pipeline } from "node:stream";
import { forwardedHeaders, responseHeaders } from "./proxy-headers";

/** The paths the browser reaches the gateway through (as nginx routes them in docker-compose.yml). */
const GATEWAY_PATHS = [/^\/graphql(\?|$)/, /^\/auth\//, /^\/documents\//];

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export interface DashboardServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the dashboard's production build (web/dist) and forwards /graphql, /auth/ and
 * /documents/ to the gateway, appending the browser's address to X-Forwarded-For: what nginx does
 * in docker-compose.yml, inside `npm start`'s own process instead of a `vite preview` of its own
 * (a whole Node process, about 100 MiB, for static files and a proxy).
 */
export async function startDashboardServer(options: {
  root: string;
  port: number;
  host?: string;
  gatewayUrl: string;
}): Promise<DashboardServer> {
  const gateway = new URL(options.gatewayUrl);
  const agent = new http.Agent({ keepAlive: true });
  const root = path.resolve(options.root);

  const toGateway = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const upstream = http.request(
      {
        host: gateway.hostname,
        port: gateway.port,
        method: request.method,
        path: request.url,
        headers: forwardedHeaders(request, gateway.host),
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, responseHeaders(answer.headers));
        pipeline(answer, response, () => {});
      },
    );
    upstream.once("error", () => {
      if (response.headersSent) return response.destroy();
      response.writeHead(502, { "content-type": "text/plain; charset=utf-8" }).end("The gateway is not reachable.\n");
    });
    pipeline(request, upstream, () => {});
  };

  const serveFile = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const requested = staticFile(root, request.url ?? "/");
    const found = requested && (await isFile(requested)) ? requested : undefined;
    // Hashed bundles that are gone are a 404; any other path is a page of the app, which routes itself.
    if (!found && (request.url ?? "").startsWith("/assets/")) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    const file = found ?? path.join(root, "index.html");
    const headers: http.OutgoingHttpHeaders = {
      "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
      "x-content-type-options": "nosniff",
      // Hashed file names never change; index.html always revalidates, so a new build shows at once.
      "cache-control": file.startsWith(path.join(root, "assets") + path.sep)
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    };
    if (file.endsWith(".html")) headers["referrer-policy"] = "same-origin";
    response.writeHead(200, headers);
    if (request.method === "HEAD") return void response.end();
    pipeline(createReadStream(file), response, () => {});
  };

  const server = http.createServer((request, response) => {
    if (GATEWAY_PATHS.some((pattern) => pattern.test(request.url ?? ""))) return toGateway(request, response);
    serveFile(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(`the dashboard cannot listen on ${host}:${options.port} (WEB_PORT): ${error.code ?? error.message}`),
      ),
    );
    server.listen(options.port, host, () => {
      server.removeAllListeners("error");
      resolve();
    });
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The file a request path names inside the build, or undefined when it would leave it. */
function staticFile(root: string, url: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, "http://dashboard").pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes("\0")) return undefined;
  const file = path.join(root, pathname);
  return file.startsWith(root + path.sep) ? file : undefined;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

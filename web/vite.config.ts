import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const gatewayUrl = process.env.GATEWAY_URL ?? "http://127.0.0.1:4000";
const port = Number(process.env.WEB_PORT ?? 5173);
// Several builds side by side (e.g. browser suites run at once) each need their own folder.
const outDir = process.env.WEB_OUT_DIR ?? "dist";

// Both the dev server and `vite preview` forward /graphql, the session routes (/auth) and the
// document downloads (/documents: tax invoices, quotes) to the gateway, so the browser talks to
// a single origin: no CORS configuration is needed, and the refresh cookie (SameSite=Strict,
// Path=/auth/refresh, no Domain) belongs to this origin's host.
// `xfwd` adds the browser's address as X-Forwarded-For: the gateway's per-client limits
// (TRUST_PROXY=loopback under npm start) then count each browser, not the proxy.
const toGateway = { target: gatewayUrl, changeOrigin: true, xfwd: true };
const proxy = { "/graphql": toGateway, "/auth": toGateway, "/documents": toGateway };

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  server: { host: "127.0.0.1", port, strictPort: true, proxy },
  preview: { host: "127.0.0.1", port, strictPort: true, proxy },
  build: { outDir, emptyOutDir: true },
});

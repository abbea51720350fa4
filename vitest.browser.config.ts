import { defineConfig } from "vitest/config";
import { singleGraphql } from "./vitest.config.ts";

/** `npm run test:browser`: the dashboard in headless Chromium against the whole platform. */
export default defineConfig({
  resolve: { alias: singleGraphql },
  test: { include: ["integration/browser/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 180_000 },
});

import { defineConfig } from "vitest/config";
import { BROWSER_FILES, singleGraphql } from "./vitest.config.ts";

/** `npm run test:browser`: the dashboard in headless Chromium against the whole platform. */
export default defineConfig({
  resolve: { alias: singleGraphql },
  // One file at a time: each starts the whole platform, a dashboard build and a browser.
  test: {
    include: BROWSER_FILES,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});

import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** One axe-core finding, reduced to what a failing assertion should show. */
export interface A11yViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and returns the serious and
 * critical violations; minor and moderate ones are left to review.
 */
export async function seriousA11yViolations(page: Page): Promise<A11yViolation[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    // Runs in the page, where axe-core has just been loaded as a global.
    const axe = (globalThis as unknown as { axe: { run(options: RunOptions): Promise<AxeResults> } }).axe;
    const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? "",
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(" ")),
      }));
  });
}

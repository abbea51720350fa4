import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeFragmentData } from "../gql";
import type { FieldOutcome } from "../graphql/errors";
import { renderInRouter } from "../router/render-in-router.testing";
import { FleetUsage, FleetUsage_OrganizationUsageFragment } from "./FleetUsage";
import { HealthBadge, HealthBadge_VmHealthFragment } from "./HealthBadge";
import { OPEN_ALERTS_SHOWN, OpenAlertsPanel, OpenAlertsPanel_VmAlertFragment } from "./OpenAlertsPanel";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/[\u00a0\u202f]/g, " ");
const telemetryDown = {
  message: "The telemetry-billing service is unavailable",
  extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "telemetry-billing" },
};
/** Two failed fetches of the same subgraph: the reason is still given once. */
const unavailable: FieldOutcome<never> = { available: false, errors: [telemetryDown, telemetryDown] };
const available = <T,>(value: T): FieldOutcome<T> => ({ available: true, value });

describe("HealthBadge", () => {
  const badge = (score: (number | null)[]) =>
    renderToStaticMarkup(<HealthBadge health={makeFragmentData({ score }, HealthBadge_VmHealthFragment)} />);

  it("shows the newest hour's score, coloured by level", () => {
    const html = badge([40, 92, null]);
    expect(text(html)).toBe("92");
    expect(html).toContain('data-level="good"');
    expect(badge([100, 60])).toContain('data-level="fair"');
    expect(badge([100, 0])).toContain('data-level="poor"');
    expect(text(badge([100, 0]))).toBe("0");
  });

  it("shows a dash with a 'no data' tooltip when no hour has a score, never 0", () => {
    const html = badge([null, null]);
    expect(text(html)).toBe("—");
    expect(html).toContain('title="no data"');
    expect(html).toContain('data-level="none"');
  });
});

describe("OpenAlertsPanel", () => {
  const alert = (id: string, fields: Partial<{ severity: "WARNING" | "CRITICAL"; peakValue: number | null }> = {}) =>
    makeFragmentData(
      {
        id,
        severity: "WARNING",
        ruleName: "Guest disk over 85 % full",
        unit: "%",
        conditionSince: "2026-11-22T06:10:00.000Z",
        peakValue: 95.04,
        vm: { id: `vm-${id}`, name: `web-${id}` },
        ...fields,
      },
      OpenAlertsPanel_VmAlertFragment,
    );

  it("lists severity, rule, the VM linked to its page with ?org= kept, since when and the worst value", async () => {
    const html = await renderInRouter(<OpenAlertsPanel alerts={available([alert("1")])} />);
    expect(text(html)).toMatch(
      /^Open alertsWarning Guest disk over 85 % full on web-1 firing since 22 Nov 2026, \d{2}:\d{2} \S+ · worst 95 %$/,
    );
    expect(html).toContain('href="/vms/vm-1?org=org-1"');
  });

  it("gives an alert about missing samples no value rather than a 0", async () => {
    const html = await renderInRouter(
      <OpenAlertsPanel alerts={available([alert("2", { severity: "CRITICAL", peakValue: null })])} />,
    );
    expect(text(html)).toMatch(/^Open alertsCritical Guest disk over 85 % full on web-2 firing since [^·]+$/);
    expect(html).toContain("severity-critical");
  });

  it("says when there are none, and that a full list is only the newest", async () => {
    expect(text(renderToStaticMarkup(<OpenAlertsPanel alerts={available([])} />))).toBe("Open alertsNo open alerts");
    const full = Array.from({ length: OPEN_ALERTS_SHOWN }, (_, i) => alert(String(i)));
    expect(text(await renderInRouter(<OpenAlertsPanel alerts={available(full)} />))).toContain(
      `The ${OPEN_ALERTS_SHOWN} newest`,
    );
  });

  it("says the alerts are unavailable and why, once, instead of 'No open alerts'", () => {
    const html = renderToStaticMarkup(<OpenAlertsPanel alerts={unavailable} />);
    expect(text(html)).toBe("Open alertsOpen alerts unavailable: The telemetry-billing service is unavailable");
  });
});

describe("FleetUsage", () => {
  const usage = (fields: Partial<Record<string, number | null>>) =>
    available(
      makeFragmentData(
        {
          measuredVmCount: 4,
          averageCpuPercent: 23.46,
          peakCpuPercent: 81,
          averageMemoryPercent: 52,
          peakMemoryPercent: 60.5,
          ...fields,
        },
        FleetUsage_OrganizationUsageFragment,
      ),
    );

  it("shows the fleet's mean and peak CPU and memory over 24 h, and how many VMs they cover", () => {
    expect(text(renderToStaticMarkup(<FleetUsage usage={usage({})} />))).toBe(
      "CPU, 24 h23,5 % avg · 81 % peakMemory, 24 h52 % avg · 60,5 % peak4 VMs measured",
    );
  });

  it("says 'no data' for a day without samples, never 0 %", () => {
    const html = renderToStaticMarkup(
      <FleetUsage
        usage={usage({
          measuredVmCount: 0,
          averageCpuPercent: null,
          peakCpuPercent: null,
          averageMemoryPercent: null,
          peakMemoryPercent: null,
        })}
      />,
    );
    expect(text(html)).toBe("CPU, 24 hno dataMemory, 24 hno data0 VMs measured");
    expect(html).not.toMatch(/\d\s*%/);
  });

  it("says usage is unavailable and why when it could not be loaded", () => {
    expect(text(renderToStaticMarkup(<FleetUsage usage={unavailable} />))).toBe(
      "CPU and memory, 24 hUsage unavailable: The telemetry-billing service is unavailable",
    );
  });
});

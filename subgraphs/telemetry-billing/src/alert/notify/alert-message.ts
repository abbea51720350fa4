import { enumNameOf, NO_SAMPLES } from "../alert-metric";
import type { AlertNotice } from "./alert-notifier";

const SAST_OFFSET_MS = 2 * 3600_000;
/** e.g. "2026-11-22 08:10 (SAST)": South Africa keeps UTC+2 all year. */
export const sast = (at: Date) =>
  `${new Date(at.getTime() + SAST_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ")} (SAST)`;

const RESOLUTIONS: Record<string, string> = {
  condition_cleared: "the condition no longer holds",
  vm_powered_off: "the VM was powered off",
  rule_changed: "the rule was changed",
  rule_disabled: "the rule was disabled",
  rule_deleted: "the rule was deleted",
};

const quantity = (value: number | null, unit: string) => (value === null ? "—" : `${value} ${unit}`);

function condition(notice: AlertNotice): string {
  if (notice.metric === NO_SAMPLES)
    return `no samples from the powered-on VM for more than ${notice.durationMinutes} minutes`;
  const held = notice.durationMinutes > 0 ? ` for ${notice.durationMinutes} minutes` : "";
  return `${enumNameOf(notice.metric)} ${notice.operator} ${quantity(notice.threshold, notice.unit)}${held}`;
}

/**
 * The e-mail about one alert: the VM by the name the collector last sent (its id when none came),
 * and a link to its page on the dashboard, where its charts and alerts are.
 */
export function alertMessage(notice: AlertNotice, dashboardUrl: string): { subject: string; text: string } {
  const severity = notice.severity.toUpperCase();
  const vm = notice.vmName ? `VM ${notice.vmName}` : `VM ${notice.vmId}`;
  const vmPage = `${dashboardUrl}/vms/${notice.vmId}`;
  const lines = [
    `Rule:          ${notice.ruleName} (${severity})`,
    `Condition:     ${condition(notice)}`,
    `VM:            ${notice.vmName ? `${notice.vmName} (${notice.vmId})` : notice.vmId}`,
    `Since:         ${sast(notice.conditionSince)}`,
    `Fired:         ${sast(notice.firedAt)}`,
  ];
  if (notice.metric !== NO_SAMPLES) {
    lines.push(
      `Value:         ${quantity(notice.firedValue, notice.unit)} (worst so far ${quantity(notice.peakValue, notice.unit)})`,
    );
  }
  if (notice.kind === "resolved") {
    lines.push(
      `Resolved:      ${sast(notice.resolvedAt ?? notice.firedAt)}, ${RESOLUTIONS[notice.resolution ?? ""] ?? "resolved"}`,
    );
    return {
      subject: `Resolved: ${notice.ruleName} on ${vm}`,
      text: [
        `The alert "${notice.ruleName}" on ${vm} has resolved.`,
        "",
        ...lines,
        "",
        `Open the VM: ${vmPage}`,
        "",
        FOOTER,
      ].join("\n"),
    };
  }
  return {
    subject: `${severity}: ${notice.ruleName} on ${vm}`,
    text: [
      `The alert "${notice.ruleName}" is firing on ${vm}.`,
      "",
      ...lines,
      "",
      `Open the VM to see its charts and acknowledge the alert: ${vmPage}`,
      "",
      "You will hear once more when it resolves, and not again while it keeps firing.",
      "",
      FOOTER,
    ].join("\n"),
  };
}

const FOOTER =
  "You receive this as an owner or admin of the organisation; owners and admins can change its alert rules.";

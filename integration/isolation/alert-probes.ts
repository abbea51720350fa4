import type { GraphQLResponse } from "@dcx/kit/testing";
import type { SignedIn, TestPlatform } from "../platform";
import type { Victim } from "./fixtures";
import type { Probe, WriteControl } from "./probes";

/** Full selections of the alert types (telemetry-billing), for `VM` and `ORGANIZATION` in selections.ts. */
export const ALERT_RULE = `id organization { id } name metric unit operator threshold durationMinutes severity enabled
  isDefault createdAt updatedAt`;
export const VM_ALERT = `id vm { id } organization { id } ruleName metric unit operator threshold durationMinutes severity
  state conditionSince firedAt resolvedAt resolution firedValue peakValue acknowledgement { at actorKind actorId }
  rule { ${ALERT_RULE} }`;
export const VM_HEALTH = "since until stepMinutes score reasons";
/** Added to `VM`: every alert field of a VM. */
export const VM_ALERT_FIELDS = `alerts(window: { preset: LAST_WEEK }) { ${VM_ALERT} } openAlertCount
  health(window: { stepMinutes: 60 }) { ${VM_HEALTH} }`;
/** Added to `ORGANIZATION`: the organisation's rules, open alerts and resolved alerts. */
export const ORGANIZATION_ALERT_FIELDS = `alertRules { ${ALERT_RULE} } openAlerts(first: 5) { ${VM_ALERT} }
  resolvedAlerts(first: 5) { edges { cursor node { ${VM_ALERT} } } pageInfo { hasNextPage endCursor } }`;

export const VICTIM_ALERT_RULE_NAME = "Adcock ERP latency";

/**
 * The victim's own alert rule, made by its owner through the gateway, and its newest open alert
 * (the demo's samples raise one at least: a guest disk of adk-web-01 over 85 % full); their ids
 * (and the rule's name) are markers.
 */
export async function createVictimAlertRule(
  platform: TestPlatform,
  organizationId: string,
  ownerSession: SignedIn,
): Promise<{ alertRuleId: string; alertId: string; alertState: string; markers: string[] }> {
  const created = await platform.query<{ createAlertRule: { id: string } }>(
    `mutation($input: CreateAlertRuleInput!) { createAlertRule(input: $input) { id } }`,
    {
      input: {
        organizationId,
        name: VICTIM_ALERT_RULE_NAME,
        metric: "DISK_LATENCY",
        operator: "GREATER_THAN",
        threshold: 45,
        durationMinutes: 20,
        severity: "CRITICAL",
      },
    },
    ownerSession,
  );
  const alertRuleId = created.data?.createAlertRule.id;
  if (!alertRuleId) throw new Error(`victim alert rule: ${JSON.stringify(created.errors)}`);
  const open = await platform.query<{ organization: { openAlerts: { id: string }[] } }>(
    `query($id: ID!) { organization(id: $id) { openAlerts(first: 1) { id } } }`,
    { id: organizationId },
    ownerSession,
  );
  // Without an open alert the acknowledgeAlert attempts would name nothing an attacker could change.
  const alertId = open.data?.organization.openAlerts[0]?.id;
  if (!alertId) throw new Error(`the demo raised no open alert for the victim: ${JSON.stringify(open)}`);
  return {
    alertRuleId,
    alertId,
    alertState: await victimAlertState(platform, organizationId),
    markers: [alertRuleId, VICTIM_ALERT_RULE_NAME, alertId],
  };
}

/**
 * What a write could change, as provider staff reads it: the victim's rules, and whether any of its
 * open alerts was acknowledged (which alerts are open may change while the suite runs; nobody of
 * the victim acknowledges one before the acknowledgeAlert control).
 */
export async function victimAlertState(platform: TestPlatform, organizationId: string): Promise<string> {
  const answer = await platform.query<{
    organization: { alertRules: unknown[]; openAlerts: { acknowledgement: unknown }[] };
  }>(
    `query($id: ID!) { organization(id: $id) { alertRules { ${ALERT_RULE} } openAlerts(first: 200) { acknowledgement { at } } } }`,
    { id: organizationId },
    await platform.provider(),
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  const { alertRules, openAlerts } = answer.data.organization;
  return JSON.stringify({ alertRules, acknowledged: openAlerts.some((alert) => alert.acknowledgement !== null) });
}

/**
 * Alert rules are changed by the organisation's owners and admins (and its reseller's and the
 * provider's); alerts are acknowledged by its owners, admins and members. Every write is
 * checked against the victim's rules and open alerts as they were before the attempts.
 */
export function alertWriteProbes(): Probe[] {
  const unchanged = async (platform: TestPlatform, victim: Victim, _tag: string, _answer: GraphQLResponse) =>
    (await victimAlertState(platform, victim.organizationId)) === victim.alertState;
  // The rules as they are now: earlier controls changed them.
  const asNow = async (platform: TestPlatform, victim: Victim) => ({
    ...victim,
    alertState: await victimAlertState(platform, victim.organizationId),
  });
  const byOwner: WriteControl = { by: "victim", prepare: asNow };
  return [
    {
      field: "Mutation.createAlertRule",
      operation: `mutation($input: CreateAlertRuleInput!) { createAlertRule(input: $input) { ${ALERT_RULE} } }`,
      variables: (v, tag) => ({
        input: {
          organizationId: v.organizationId,
          name: `Intruder ${tag}`.slice(0, 80),
          metric: "CPU",
          threshold: 1,
          durationMinutes: 0,
        },
      }),
      unchanged,
      control: byOwner,
    },
    {
      field: "Mutation.updateAlertRule",
      operation: `mutation($id: ID!) { updateAlertRule(id: $id, input: { enabled: false, threshold: 1, name: "Intruder" }) { ${ALERT_RULE} } }`,
      variables: (v: Victim) => ({ id: v.alertRuleId }),
      unchanged,
      control: byOwner,
    },
    {
      field: "Mutation.deleteAlertRule",
      operation: `mutation($id: ID!) { deleteAlertRule(id: $id) }`,
      variables: (v: Victim) => ({ id: v.alertRuleId }),
      unchanged,
      control: {
        by: "victim",
        // Deleting the fixture's rule would end it: a rule of the control's own is deleted.
        prepare: async (platform, victim) => {
          const made = await platform.query<{ createAlertRule: { id: string } }>(
            `mutation($org: ID!) { createAlertRule(input: { organizationId: $org, name: "Control", metric: CPU, threshold: 99, durationMinutes: 5 }) { id } }`,
            { org: victim.organizationId },
            victim.ownerSession,
          );
          if (!made.data) throw new Error(JSON.stringify(made.errors));
          return { ...(await asNow(platform, victim)), alertRuleId: made.data.createAlertRule.id };
        },
      },
    },
    {
      field: "Mutation.acknowledgeAlert",
      operation: `mutation($id: ID!) { acknowledgeAlert(id: $id) { ${VM_ALERT} } }`,
      variables: (v: Victim) => ({ id: v.alertId }),
      unchanged,
      // The alert stays open, acknowledged: no later check looks at alerts.
      control: byOwner,
    },
  ];
}

import { randomUUID } from "node:crypto";
import type { AlertRuleRow } from "../../db/schema";
import type { TelemetryDb } from "../../db/telemetry-db";
import { lockAlertEvaluation } from "../alert-lock";
import { ensureDefaultRulesForCollectedOrganizations, findRulesByIds } from "../alert-rule.store";
import type { AlertNotifier } from "../notify/alert-notifier";
import { sendAlertNotices } from "../notify/alert-notices";
import {
  changeOpenAlerts,
  forgetStaleStates,
  pruneResolvedAlerts,
  insertAlerts,
  type NewAlert,
  type OpenAlertChange,
  resolveAlertsOfPoweredOffVms,
  saveStates,
  type StateWrite,
} from "./alert-writes.store";
import { advanceRun } from "./breach-run";
import { type JudgedGroup, judgeGuestDiskSamples, judgeMetricSamples } from "./judged-samples.store";
import { judgeSilence } from "./silence";
import { findSilenceCandidates, type SilenceCandidate } from "./silence.store";

export interface EvaluateAlertsOptions {
  /** The instant the evaluation stands at: samples after it are left for a later one. */
  now: Date;
  /** Who hears of fired and resolved alerts; null sends nothing (the e-mails wait, due). */
  notifier: AlertNotifier | null;
  log: (line: string) => void;
}

export interface AlertEvaluationReport {
  fired: number;
  resolved: number;
  emailsSent: number;
  /** Alerts whose e-mail failed this time and will be retried. */
  emailsFailed: number;
}

interface Decisions {
  states: StateWrite[];
  fired: NewAlert[];
  changes: OpenAlertChange[];
}

/**
 * Judges every enabled rule against what arrived since the last evaluation, in one transaction
 * that holds the evaluation lock (concurrent evaluations run one after the other, so none fires
 * an alert twice): fires alerts whose condition has now held for the rule's duration, resolves
 * those that stopped, and records where each rule stands for each VM. The e-mails are due from
 * the same transaction and sent once it committed. Run after every ingest.
 */
export async function evaluateAlerts(db: TelemetryDb, options: EvaluateAlertsOptions): Promise<AlertEvaluationReport> {
  const { now, notifier, log } = options;
  const { fired, resolved } = await db.transaction(async (tx) => {
    await lockAlertEvaluation(tx);
    await ensureDefaultRulesForCollectedOrganizations(tx);
    const groups = [...(await judgeMetricSamples(tx, now)), ...(await judgeGuestDiskSamples(tx, now))];
    const silences = await findSilenceCandidates(tx, now);
    const ruleIds = [...new Set([...groups, ...silences].map((item) => item.ruleId))];
    const rules = new Map((await findRulesByIds(tx, ruleIds, "all")).map((rule) => [rule.id, rule]));
    const decisions: Decisions = { states: [], fired: [], changes: [] };
    for (const group of groups) decideRun(decisions, rules.get(group.ruleId)!, group);
    for (const silence of silences) decideSilence(decisions, rules.get(silence.ruleId)!, silence, now);
    await saveStates(tx, decisions.states);
    // Resolutions first: an alert resolved and fired again in one evaluation must be closed
    // before its successor can be open.
    const resolvedOpen = await changeOpenAlerts(tx, decisions.changes, now);
    const inserted = await insertAlerts(tx, decisions.fired, now);
    const poweredOff = await resolveAlertsOfPoweredOffVms(tx, now);
    await forgetStaleStates(tx, now);
    await pruneResolvedAlerts(tx, now);
    const resolvedNew = decisions.fired.filter((alert) => alert.resolvedAt).length;
    return { fired: inserted, resolved: resolvedOpen + poweredOff + resolvedNew };
  });
  const emails = notifier ? await sendAlertNotices(db, notifier, now, log) : { sent: 0, failed: 0 };
  if (fired || resolved || emails.sent || emails.failed) {
    log(`alerts: ${fired} fired, ${resolved} resolved, ${emails.sent} e-mails sent, ${emails.failed} failed`);
  }
  return { fired, resolved, emailsSent: emails.sent, emailsFailed: emails.failed };
}

function decideRun(decisions: Decisions, rule: AlertRuleRow, group: JudgedGroup): void {
  const outcome = advanceRun(rule, group.state, group.open, group.samples);
  const { ruleId, vmId, organizationId } = group;
  decisions.states.push({ ruleId, vmId, organizationId, ...outcome.state });
  for (const alert of outcome.fired) decisions.fired.push({ ...alert, rule, vmId, organizationId });
  if (outcome.existing) {
    const { id, peak, resolvedAt } = outcome.existing;
    decisions.changes.push({ id, peak, resolvedAt, resolution: resolvedAt ? "condition_cleared" : null });
  }
}

function decideSilence(decisions: Decisions, rule: AlertRuleRow, candidate: SilenceCandidate, now: Date): void {
  const outcome = judgeSilence({ now, ...candidate });
  const { ruleId, vmId, organizationId } = candidate;
  decisions.states.push({
    ruleId,
    vmId,
    organizationId,
    lastSampleAt: candidate.newestSampleAt,
    runStartedAt: outcome.silentSince,
  });
  if (outcome.fire) {
    decisions.fired.push({
      id: randomUUID(),
      rule,
      vmId,
      organizationId,
      conditionSince: outcome.fire.conditionSince,
      firedAt: now,
      firedValue: null,
      peak: null,
      resolvedAt: null,
      resolution: null,
    });
  }
  if (outcome.resolve) {
    decisions.changes.push({
      id: outcome.resolve.id,
      peak: null,
      resolvedAt: now,
      resolution: outcome.resolve.resolution,
    });
  }
}

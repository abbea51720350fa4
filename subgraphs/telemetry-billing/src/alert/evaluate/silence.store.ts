import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { rowsOf } from "../../sql/sql-arrays";
import { NO_SAMPLES } from "../alert-metric";
import { dateOrNull } from "./judged-samples.store";

export interface SilenceCandidate {
  ruleId: string;
  vmId: string;
  organizationId: string;
  durationMinutes: number;
  poweredOn: boolean;
  newestSampleAt: Date | null;
  silentSince: Date | null;
  openAlertId: string | null;
}

/**
 * The VMs every enabled NO_SAMPLES rule must look at now, in one query over what the collector
 * last saw: a powered-on VM silent past the rule's duration, a VM with an open alert, and a VM
 * the rule remembers as never having sent a sample. Healthy VMs are not even read.
 */
export async function findSilenceCandidates(db: TelemetryDb, now: Date): Promise<SilenceCandidate[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    select r.id as rule_id, c.vm_id, c.organization_id, r.duration_minutes, c.powered_on, c.newest_sample_at,
      st.run_started_at as silent_since, a.id as open_alert_id
    from alert_rules r
    join vm_collection_state c on c.organization_id = r.organization_id
    left join alert_states st on st.rule_id = r.id and st.vm_id = c.vm_id
    left join alerts a on a.rule_id = r.id and a.vm_id = c.vm_id and a.resolved_at is null
    where r.enabled and r.metric = ${NO_SAMPLES} and (
      a.id is not null or st.run_started_at is not null
      or (c.powered_on and (c.newest_sample_at is null
        or c.newest_sample_at < ${at} - make_interval(mins => r.duration_minutes))))`);
  return rowsOf<{
    rule_id: string;
    vm_id: string;
    organization_id: string;
    duration_minutes: number;
    powered_on: boolean;
    newest_sample_at: Date | string | null;
    silent_since: Date | string | null;
    open_alert_id: string | null;
  }>(result).map((row) => ({
    ruleId: row.rule_id,
    vmId: row.vm_id,
    organizationId: row.organization_id,
    durationMinutes: Number(row.duration_minutes),
    poweredOn: row.powered_on,
    newestSampleAt: dateOrNull(row.newest_sample_at),
    silentSince: dateOrNull(row.silent_since),
    openAlertId: row.open_alert_id,
  }));
}

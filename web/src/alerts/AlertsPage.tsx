import type { SessionUser } from "../auth/session";
import type { OrganizationOption } from "../org-selection";
import { AlertRulesPanel } from "./AlertRulesPanel";
import { mayAcknowledgeAlerts, mayManageAlertRules } from "./alert-rules";
import { FiringAlertsPanel } from "./FiringAlertsPanel";
import { ResolvedAlertsPanel } from "./ResolvedAlertsPanel";
import "./alerts.css";

/** What fires now on the organisation's VMs, what fired lately, and the rules that decide it. */
export function AlertsPage({ organization, user }: { organization: OrganizationOption; user: SessionUser }) {
  return (
    <div className="alerts-page" data-testid="alerts-page">
      <h1>Alerts · {organization.name}</h1>
      <FiringAlertsPanel
        organizationId={organization.id}
        userId={user.id}
        canAcknowledge={mayAcknowledgeAlerts(user.role)}
      />
      <ResolvedAlertsPanel organizationId={organization.id} />
      <AlertRulesPanel organizationId={organization.id} canManage={mayManageAlertRules(user.role)} />
    </div>
  );
}

import { AlertRuleMutationResolver, OrganizationAlertResolver } from "./alert-rule.resolver";
import { OrganizationResolvedAlertsResolver } from "./resolved-alerts.resolver";
import { AcknowledgeAlertResolver, VmAlertResolver, VmAlertRuleResolver } from "./vm-alert.resolver";

/**
 * The alert resolvers for the schema build: `Vm.alerts`, `Vm.openAlertCount`,
 * `Organization.alertRules`, `Organization.openAlerts`, `Organization.resolvedAlerts`, `VmAlert.rule` and the four mutations.
 * The schema also needs `Organization` (src/organization) as an entity with its reference resolver.
 */
export const ALERT_RESOLVERS = [
  VmAlertResolver,
  VmAlertRuleResolver,
  OrganizationAlertResolver,
  OrganizationResolvedAlertsResolver,
  AlertRuleMutationResolver,
  AcknowledgeAlertResolver,
] as const;

export { type AlertEvaluationReport, evaluateAlerts, type EvaluateAlertsOptions } from "./evaluate/evaluate-alerts";
export type { AlertNotice, AlertNotifier } from "./notify/alert-notifier";
export { loadAlertNotifier } from "./notify/alert-notifier.config";
export { createMailAlertNotifier } from "./notify/mail-alert-notifier";
export { createTenancyContacts, type OrganizationContacts } from "./notify/organization-contacts";
export { DEFAULT_RULES } from "./default-rules";

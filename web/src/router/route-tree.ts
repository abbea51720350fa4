import { auditRoute } from "../audit/audit.route";
import { overviewRoute } from "../components/overview.route";
import { newVmRoute } from "../new-vm/new-vm.route";
import { vmDetailRoute } from "../vm/vm-detail.route";
import { vmsRoute } from "../vms/vms.route";
import { topUpStatusRoute, walletRoute } from "../wallet/wallet.route";
import { teamRoute } from "../team/team.route";
import { networkRoute, networksRoute } from "../networks/networks.route";
import { customersRoute } from "../customers/customers.route";
import { providerRoute } from "../provider/provider.route";
import { billingRoute } from "../billing/billing.route";
import { alertsRoute } from "../alerts/alerts.route";
import { ssoRoute } from "../sso/sso.route";
import { rootRoute } from "./root-route";

/** Every page of the signed-in app. A page's route lives beside the page, in `<page>.route.tsx`. */
export const routeTree = rootRoute.addChildren([
  overviewRoute,
  vmsRoute,
  newVmRoute,
  vmDetailRoute,
  walletRoute,
  topUpStatusRoute,
  teamRoute,
  auditRoute,
  networksRoute,
  networkRoute,
  customersRoute,
  providerRoute,
  billingRoute,
  alertsRoute,
  ssoRoute,
]);

import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { TopUpStatusPage } from "./TopUpStatusPage";
import { WalletPage } from "./WalletPage";

export const walletRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wallet",
  component: WalletRoutePage,
});

/** PayGate sends the payer back here (through the wallet) after paying. */
export const topUpStatusRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wallet/top-ups/$topUpId",
  component: TopUpStatusRoutePage,
});

function WalletRoutePage() {
  const { organization, user } = useShell();
  return (
    <WalletPage
      key={organization.id}
      organizationId={organization.id}
      organizationKind={organization.kind}
      user={user}
    />
  );
}

function TopUpStatusRoutePage() {
  const { organization } = useShell();
  const { topUpId } = topUpStatusRoute.useParams();
  return <TopUpStatusPage key={topUpId} organizationId={organization.id} topUpId={topUpId} />;
}

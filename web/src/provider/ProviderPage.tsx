import type { SessionUser } from "../auth/session";
import type { OrganizationOption } from "../org-selection";
import { CatalogSection } from "./CatalogSection";
import { CreditSection } from "./CreditSection";
import { mayManageProvider } from "./provider-rules";
import "./provider.css";

/** The provider's console: the catalog (prices, VAT, VM sizes) and every wallet's credit. */
export function ProviderPage({ shown, user }: { shown: OrganizationOption; user: SessionUser }) {
  if (shown.kind !== "PROVIDER") {
    return <p className="notice">The catalog and credit are managed from the provider&apos;s own pages.</p>;
  }
  const mayChange = mayManageProvider(user.organization.kind, user.role);
  return (
    <div className="provider-page" data-testid="provider-page">
      <h1>Catalog and credit · {shown.name}</h1>
      {!mayChange && (
        <p className="notice" data-testid="provider-read-only">
          Only the provider&apos;s owners and admins change prices, VAT, credit limits and grants.
        </p>
      )}
      <CatalogSection mayChange={mayChange} />
      <CreditSection mayChange={mayChange} />
    </div>
  );
}

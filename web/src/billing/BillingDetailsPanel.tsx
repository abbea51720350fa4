import { useState } from "react";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { UserRole } from "../gql/graphql";
import { BillingDetailsForm } from "./BillingDetailsForm";

export const BillingDetailsPanel_OrganizationFragment = graphql(`
  fragment BillingDetailsPanel_OrganizationFragment on Organization {
    name
    billingAddress
    vatNumber
  }
`);

/** Who may change the details invoices print: owners and admins (of the organisation or above it). */
export const mayEditBillingDetails = (role: UserRole) => role === "OWNER" || role === "ADMIN";

interface BillingDetailsPanelProps {
  organizationId: string;
  organization: FragmentType<typeof BillingDetailsPanel_OrganizationFragment>;
  role: UserRole;
}

/** The name, address and VAT number the organisation's tax invoices show, and the form to change them. */
export function BillingDetailsPanel({ organizationId, organization, role }: BillingDetailsPanelProps) {
  const details = getFragmentData(BillingDetailsPanel_OrganizationFragment, organization);
  const [editing, setEditing] = useState(false);
  const canEdit = mayEditBillingDetails(role);
  return (
    <section className="card billing-details" data-testid="billing-details">
      <div className="section-heading">
        <h2>Billing details</h2>
        {canEdit && !editing && (
          <button
            type="button"
            className="secondary"
            onClick={() => setEditing(true)}
            data-testid="billing-details-edit"
          >
            Edit details
          </button>
        )}
      </div>
      {editing ? (
        <BillingDetailsForm
          organizationId={organizationId}
          initial={{ billingAddress: details.billingAddress ?? "", vatNumber: details.vatNumber ?? "" }}
          onDone={() => setEditing(false)}
        />
      ) : (
        <dl className="billing-details-list">
          <dt>Invoiced to</dt>
          <dd>{details.name}</dd>
          <dt>Address</dt>
          <dd className="billing-address" data-testid="billing-address">
            {details.billingAddress ?? <span className="muted">No address set: invoices show none until one is.</span>}
          </dd>
          <dt>VAT number</dt>
          <dd data-testid="billing-vat-number">
            {details.vatNumber ?? <span className="muted">Not VAT-registered</span>}
          </dd>
        </dl>
      )}
      {!canEdit && <p className="hint">Only owners and admins can change the billing details.</p>}
      <p className="hint">
        A change applies to invoices issued from now on; issued invoices keep the details they were issued with.
      </p>
    </section>
  );
}

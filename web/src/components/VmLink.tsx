import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";

/** A link to a VM's page; the organisation shown (`?org=`) goes with it. */
export function VmLink({ vmId, children, testId }: { vmId: string; children: ReactNode; testId?: string }) {
  return (
    <Link to="/vms/$vmId" params={{ vmId }} data-testid={testId}>
      {children}
    </Link>
  );
}

import type { ReactNode } from "react";
import { hrefFor, isPlainLeftClick } from "../routing";
import { navigate } from "../use-pathname";

/** A link to a VM's page that keeps `?org=` and is followed without a reload. */
export function VmLink({ vmId, children, testId }: { vmId: string; children: ReactNode; testId?: string }) {
  const to = `/vms/${vmId}`;
  return (
    <a
      href={hrefFor(to, window.location.search)}
      data-testid={testId}
      onClick={(event) => {
        if (!isPlainLeftClick(event)) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

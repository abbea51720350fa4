import type { ReactNode } from "react";
import { hrefFor, isPlainLeftClick } from "../routing";
import { navigate } from "../use-pathname";

/** A link inside the app: a real href (open in a new tab works), followed without a reload. */
export function NavLink({
  to,
  current,
  children,
  testId,
}: {
  to: string;
  current: boolean;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <a
      href={hrefFor(to, window.location.search)}
      className={current ? "nav-link current" : "nav-link"}
      aria-current={current ? "page" : undefined}
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

import { Link, useLocation } from "@tanstack/react-router";

/** An address that names no page: say so, and offer the way back in plain sight. */
export function PageNotFound() {
  const { pathname } = useLocation();
  return (
    <section className="not-found" data-testid="page-not-found">
      <h1>Page not found</h1>
      <p>There is no page at {pathname}.</p>
      <Link to="/" className="button-link">
        Open the overview
      </Link>
    </section>
  );
}

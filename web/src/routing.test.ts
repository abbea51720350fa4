import { describe, expect, it } from "vitest";
import { hrefFor, isPlainLeftClick, matchRoute, normalizePath } from "./routing";

const ROUTES = [{ path: "/" }, { path: "/vms/new" }];
const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };

describe("routing", () => {
  it("treats a trailing slash and an empty path as the same page", () => {
    expect(normalizePath("")).toBe("/");
    expect(normalizePath("/")).toBe("/");
    expect(normalizePath("/vms/new/")).toBe("/vms/new");
  });

  it("finds the route for a path, and none for an unknown one", () => {
    expect(matchRoute(ROUTES, "/vms/new/")).toEqual({ route: { path: "/vms/new" }, params: {} });
    expect(matchRoute(ROUTES, "/")).toEqual({ route: { path: "/" }, params: {} });
    expect(matchRoute(ROUTES, "/vms")).toBeUndefined();
  });

  it("reads `:name` segments as parameters, one segment each", () => {
    const routes = [...ROUTES, { path: "/wallet/top-ups/:id" }];
    expect(matchRoute(routes, "/wallet/top-ups/abc-1")).toEqual({
      route: { path: "/wallet/top-ups/:id" },
      params: { id: "abc-1" },
    });
    expect(matchRoute(routes, "/wallet/top-ups/a%20b")?.params).toEqual({ id: "a b" });
    expect(matchRoute(routes, "/wallet/top-ups")).toBeUndefined();
    expect(matchRoute(routes, "/wallet/top-ups/abc/more")).toBeUndefined();
    expect(matchRoute(routes, "/wallet/top-ups/%E0%A4%A")).toBeUndefined();
  });

  it("carries the organisation, and only it, to the next page", () => {
    expect(hrefFor("/vms/new", "?org=abc-1")).toBe("/vms/new?org=abc-1");
    expect(hrefFor("/", "?tab=x&org=abc-1")).toBe("/?org=abc-1");
    expect(hrefFor("/vms/new", "")).toBe("/vms/new");
    expect(hrefFor("/", "?org=a%20b")).toBe("/?org=a+b");
  });

  it("handles plain left clicks itself and leaves the others (new tab, new window) to the browser", () => {
    expect(isPlainLeftClick(click)).toBe(true);
    expect(isPlainLeftClick({ ...click, ctrlKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...click, metaKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...click, button: 1 })).toBe(false);
    expect(isPlainLeftClick({ ...click, defaultPrevented: true })).toBe(false);
  });
});

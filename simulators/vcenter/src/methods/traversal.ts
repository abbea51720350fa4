import { childrenOf, parentOf, toRef } from "../model/entity-tree";
import type { SimulatorContext } from "../model/simulator-context";
import { propertyValue, UNKNOWN_PROPERTY, viewContents } from "../properties/inventory-properties";
import { VimFault } from "../soap/envelope";
import { children, childText, xsiType, type MoRef, type XmlElement } from "../soap/request-reader";
import { el } from "../soap/xml-node";

interface TraversalSpec {
  name: string;
  type: string;
  path: string;
  skip: boolean;
  selectSet: XmlElement[];
}

function readTraversal(element: XmlElement): TraversalSpec {
  return {
    name: childText(element, "name") ?? "",
    type: childText(element, "type") ?? "",
    path: childText(element, "path") ?? "",
    skip: childText(element, "skip") === "true",
    selectSet: children(element, "selectSet"),
  };
}

/** The objects a property of `ref` points at, for traversal (`view`, `childEntity`, `vmFolder`…). */
function referencedObjects(context: SimulatorContext, ref: MoRef, path: string): MoRef[] {
  if (ref.type === "ContainerView" && path === "view") return viewContents(context, ref.value) ?? [];
  if (path === "childEntity") return childrenOf(context.state, ref.value).map((id) => toRef(context.state, id));
  if (path === "parent") {
    const parent = parentOf(context.state, ref.value);
    return parent ? [toRef(context.state, parent)] : [];
  }
  const value = propertyValue(context, ref, path);
  if (value === UNKNOWN_PROPERTY || value === undefined) return [];
  if (value.xsiType === "ManagedObjectReference") return [{ type: value.attrs!.type!, value: value.text! }];
  return (value.children ?? [])
    .filter((node) => node.attrs?.type)
    .map((node) => ({ type: node.attrs!.type!, value: node.text ?? "" }));
}

/**
 * The objects an ObjectSpec selects: the object itself unless skipped, then whatever its
 * traversal specs reach (named specs may be reused by `SelectionSpec` name, recursively).
 */
export function selectObjects(context: SimulatorContext, root: MoRef, objectSpec: XmlElement): MoRef[] {
  const named = new Map<string, TraversalSpec>();
  const found: MoRef[] = [];
  const visited = new Set<string>();
  const selectSet = children(objectSpec, "selectSet");
  if (selectSet.length === 0 || childText(objectSpec, "skip") !== "true") found.push(root);

  const register = (specs: XmlElement[]) => {
    for (const element of specs) {
      if (childText(element, "path") === undefined) continue;
      const spec = readTraversal(element);
      if (spec.name) named.set(spec.name, spec);
    }
  };
  const follow = (ref: MoRef, specs: XmlElement[]) => {
    register(specs);
    for (const element of specs) {
      const isTraversal = childText(element, "path") !== undefined || xsiType(element) === "TraversalSpec";
      const spec = isTraversal ? readTraversal(element) : named.get(childText(element, "name") ?? "");
      if (!spec) throw new VimFault("InvalidArgument", [el("invalidProperty", "undefined TraversalSpec name")]);
      if (spec.type && spec.type !== ref.type) continue;
      for (const next of referencedObjects(context, ref, spec.path)) {
        const key = `${spec.name}|${next.type}:${next.value}`;
        if (visited.has(key)) continue;
        visited.add(key);
        if (!spec.skip) found.push(next);
        follow(next, spec.selectSet);
      }
    }
  };
  follow(root, selectSet);
  return found;
}

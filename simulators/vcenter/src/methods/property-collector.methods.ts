import { randomUUID } from "node:crypto";
import { exists, isOfType } from "../model/entity-tree";
import type { PendingRetrieval, Session, SimulatorContext } from "../model/simulator-context";
import { ENTITY_TYPES, knownProperties, propertyValue, UNKNOWN_PROPERTY } from "../properties/inventory-properties";
import { named } from "../properties/values";
import { VimFault, localizedFault } from "../soap/envelope";
import { child, children, childText, moRef, text, type MoRef, type XmlElement } from "../soap/request-reader";
import { el, type XmlNode } from "../soap/xml-node";
import { selectObjects } from "./traversal";
import type { Method, MethodTable } from "./method-types";

const typeMatches = (specType: string, objectType: string) =>
  isOfType(objectType, specType) ||
  (specType === "ManagedEntity" && ENTITY_TYPES.includes(objectType)) ||
  (specType === "ComputeResource" && objectType === "ClusterComputeResource");

/** One `ObjectContent`: the requested properties, unset ones left out, unknown ones in missingSet. */
function objectContent(
  context: SimulatorContext,
  session: Session | undefined,
  ref: MoRef,
  specSet: XmlElement[],
): XmlNode | undefined {
  const props: XmlNode[] = [];
  const missing: XmlNode[] = [];
  const seen = new Set<string>();
  let matched = false;
  for (const spec of specSet) {
    for (const propSpec of children(spec, "propSet")) {
      if (!typeMatches(childText(propSpec, "type") ?? "", ref.type)) continue;
      matched = true;
      const paths =
        childText(propSpec, "all") === "true"
          ? knownProperties(ref.type)
          : children(propSpec, "pathSet").map((path) => text(path) ?? "");
      for (const path of paths) {
        if (seen.has(path)) continue;
        seen.add(path);
        if (!session) {
          const fault = new VimFault("NotAuthenticated", [
            el("object", ref.value, { attrs: { type: ref.type } }),
            el("privilegeId", "System.Read"),
          ]);
          missing.push(el("missingSet", [el("path", path), localizedFault("fault", fault, false)]));
          continue;
        }
        const value = propertyValue(context, ref, path, session);
        if (value === UNKNOWN_PROPERTY) {
          missing.push(
            el("missingSet", [
              el("path", path),
              localizedFault("fault", new VimFault("InvalidProperty", [el("name", path)]), false),
            ]),
          );
        } else if (value !== undefined) {
          props.push(el("propSet", [el("name", path), named("val", value)]));
        }
      }
    }
  }
  if (!matched) return undefined;
  return el("objects", [el("obj", ref.value, { attrs: { type: ref.type } }), ...props, ...missing]);
}

function page(context: SimulatorContext, session: Session | undefined, retrieval: PendingRetrieval): XmlNode[] {
  const objects: XmlNode[] = [];
  while (retrieval.refs.length > 0 && objects.length < retrieval.pageSize) {
    const ref = retrieval.refs.shift()!;
    // An object deleted between pages is left out, as vCenter does.
    if (!exists(context.state, ref) && !context.findView(ref.value)) continue;
    const content = objectContent(context, session, ref, retrieval.specSet);
    if (content) objects.push(content);
  }
  if (retrieval.refs.length > 0 && session) {
    const token = randomUUID();
    session.retrievals.set(token, retrieval);
    objects.push(el("token", token));
  }
  return [el("returnval", objects)];
}

const retrievePropertiesEx: Method = ({ context, session, body }) => {
  const specSet = children(body, "specSet");
  const refs: MoRef[] = [];
  const seen = new Set<string>();
  for (const spec of specSet) {
    const reportMissing = childText(spec, "reportMissingObjectsInResults") === "true";
    for (const objectSpec of children(spec, "objectSet")) {
      const root = moRef(child(objectSpec, "obj"))!;
      if (!exists(context.state, root) && !context.findView(root.value)) {
        if (reportMissing) continue;
        throw new VimFault(
          "ManagedObjectNotFound",
          [el("obj", root.value, { attrs: { type: root.type } })],
          "The object has already been deleted or has not been completely created",
        );
      }
      for (const ref of selectObjects(context, root, objectSpec)) {
        const key = `${ref.type}:${ref.value}`;
        if (!seen.has(key)) refs.push(ref);
        seen.add(key);
      }
    }
  }
  const maxObjects = Number(childText(child(body, "options"), "maxObjects") ?? 0);
  return page(context, session, { refs, specSet, pageSize: maxObjects > 0 ? maxObjects : Number.POSITIVE_INFINITY });
};

const continueRetrievePropertiesEx: Method = ({ context, session, body }) => {
  const token = childText(body, "token") ?? "";
  const retrieval = session?.retrievals.get(token);
  if (!retrieval) throw new VimFault("InvalidArgument", [el("invalidProperty", "token")]);
  session!.retrievals.delete(token);
  return page(context, session, retrieval);
};

/** The older form: every object at once, each as a `returnval`. */
const retrieveProperties: Method = async (call) => {
  const [result] = await retrievePropertiesEx({ ...call, body: { ...call.body, options: [] } });
  return (result!.children ?? []).map((objects) => ({ ...objects, tag: "returnval" }));
};

export const PROPERTY_COLLECTOR_METHODS: MethodTable = {
  PropertyCollector: {
    RetrieveProperties: retrieveProperties,
    RetrievePropertiesEx: retrievePropertiesEx,
    ContinueRetrievePropertiesEx: continueRetrievePropertiesEx,
    CancelRetrievePropertiesEx: ({ session, body }) => {
      session?.retrievals.delete(childText(body, "token") ?? "");
      return [];
    },
  },
};

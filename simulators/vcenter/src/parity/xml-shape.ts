import { XMLParser } from "fast-xml-parser";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  preserveOrder: true,
  parseTagValue: false,
  trimValues: true,
});

type Ordered = Record<string, unknown>;

/**
 * The structure of a SOAP answer without its values: one entry per element path from the Body,
 * with each element's xsi:type (whatever prefix declares it) and its other attribute names, e.g.
 * `RetrievePropertiesExResponse/returnval/objects/propSet/val{ArrayOfVirtualDevice}/VirtualDevice{VirtualDisk}/backing{…}/datastore@type`.
 */
export function xmlShape(xml: string): Set<string> {
  const shape = new Set<string>();
  const walk = (nodes: Ordered[], prefix: string) => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((key) => key !== ":@" && key !== "#text");
      if (!tag) continue;
      const attributes = (node[":@"] ?? {}) as Record<string, string>;
      const type = Object.entries(attributes).find(([name]) => name.endsWith(":type"))?.[1];
      const local = tag.slice(tag.indexOf(":") + 1);
      const path = `${prefix}/${local}${type ? `{${type}}` : ""}`;
      shape.add(path);
      for (const name of Object.keys(attributes))
        if (!name.startsWith("xmlns") && !name.endsWith(":type")) shape.add(`${path}@${name}`);
      walk(node[tag] as Ordered[], path);
    }
  };
  const document = parser.parse(xml) as Ordered[];
  const envelope = document.find((node) => Object.keys(node).some((key) => key.endsWith("Envelope")))!;
  const body = (Object.entries(envelope).find(([key]) => key.endsWith("Envelope"))![1] as Ordered[]).find((node) =>
    Object.keys(node).some((key) => key.endsWith("Body")),
  )!;
  walk(Object.values(body).find(Array.isArray) as Ordered[], "");
  return shape;
}

/** Paths in one shape and not the other, after dropping those an allowance explains. */
export function shapeDifference(ours: Set<string>, theirs: Set<string>, allowed: RegExp[] = []) {
  const keep = (path: string) => !allowed.some((pattern) => pattern.test(path));
  return {
    onlyOurs: [...ours].filter((path) => !theirs.has(path) && keep(path)).sort(),
    onlyTheirs: [...theirs].filter((path) => !ours.has(path) && keep(path)).sort(),
  };
}

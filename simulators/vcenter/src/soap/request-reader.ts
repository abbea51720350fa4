import { XMLParser } from "fast-xml-parser";
import { VimFault } from "./envelope";

/** A parsed element: attributes under `@_name`, text under `#text`, children always as arrays. */
export type XmlElement = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  processEntities: true,
});

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** The children named `name` (any namespace prefix), in document order within that name. */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  const found: XmlElement[] = [];
  for (const [key, value] of Object.entries(element)) {
    if (key.startsWith("@_") || key === "#text" || localName(key) !== name) continue;
    for (const item of value as unknown[])
      found.push(typeof item === "object" && item !== null ? (item as XmlElement) : { "#text": String(item) });
  }
  return found;
}

export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  children(element, name)[0];

export function text(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const value = element["#text"];
  return value === undefined ? "" : String(value);
}

export const childText = (element: XmlElement | undefined, name: string) => text(child(element, name));

export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

/** The element's xsi:type, whatever prefix the client bound the schema-instance namespace to. */
export function xsiType(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  for (const [key, value] of Object.entries(element)) {
    if (key.startsWith("@_") && key.endsWith(":type")) return localName(String(value));
  }
  return undefined;
}

export interface MoRef {
  type: string;
  value: string;
}

export function moRef(element: XmlElement | undefined): MoRef | undefined {
  if (!element) return undefined;
  return { type: attribute(element, "type") ?? "", value: text(element) ?? "" };
}

export interface SoapCall {
  method: string;
  body: XmlElement;
  self: MoRef;
}

/** Reads the single method element of a SOAP 1.1 request body. */
export function readSoapCall(xml: string): SoapCall {
  let document: XmlElement;
  try {
    document = parser.parse(xml, true) as XmlElement;
  } catch (error) {
    throw new VimFault("InvalidRequest", [], `xml.Unmarshal: ${(error as Error).message}`);
  }
  const body = child(child(document, "Envelope"), "Body");
  const entry = body && Object.entries(body).find(([key]) => !key.startsWith("@_") && key !== "#text");
  if (!entry) throw new VimFault("InvalidRequest", [], "xml.Unmarshal: EOF");
  const [name, value] = entry;
  const element = ((value as unknown[])[0] ?? {}) as XmlElement;
  const self = moRef(child(element, "_this"));
  if (!self) throw new VimFault("InvalidRequest", [], `missing _this in ${localName(name)}`);
  return { method: localName(name), body: element, self };
}

import { XMLBuilder } from "fast-xml-parser";
import { readXml } from "./xml-reader";

/**
 * SOAP 1.1 envelopes for vim25, built with fast-xml-parser and read with `readXml` (htmlparser2).
 * Requests are plain objects in the library's convention (`@_name` attributes, `#text` for text
 * beside attributes; key order is element order, which vim25's schema fixes); answers are read in
 * the same shape without converting values, so UUIDs, MAC addresses and 64-bit numbers arrive as
 * the strings vCenter sent.
 */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[] | undefined;
export type XmlInput = string | number | boolean | XmlInputNode | XmlInput[] | undefined | null;
export type XmlInputNode = { [key: string]: XmlInput };

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", textNodeName: "#text" });

const ENVELOPE_NAMESPACES = {
  "@_xmlns:soapenv": "http://schemas.xmlsoap.org/soap/envelope/",
  "@_xmlns:xsd": "http://www.w3.org/2001/XMLSchema",
  "@_xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
};

/** A method call: `<method xmlns="urn:vim25"><_this type="…">…</_this>…</method>`. */
export function buildEnvelope(method: string, body: XmlInputNode): string {
  const envelope = {
    "soapenv:Envelope": {
      ...ENVELOPE_NAMESPACES,
      "soapenv:Body": { [method]: { "@_xmlns": "urn:vim25", ...dropEmpty(body) } },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build(envelope) as string}`;
}

function dropEmpty(node: XmlInputNode): XmlInputNode {
  const out: XmlInputNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** The first element of the SOAP body, whatever prefix the server gave the envelope. */
export function parseEnvelopeBody(xml: string): XmlNode {
  // Prefixes stay: a reference value can carry both `xsi:type` and the reference's own `type`.
  const document = readXml(xml);
  const envelope = byLocalName(document, "Envelope");
  const body = envelope && byLocalName(envelope, "Body");
  if (!body) throw new Error("the answer is not a SOAP envelope");
  return body;
}

export function byLocalName(node: XmlNode, localName: string): XmlNode | undefined {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@_")) continue;
    if (key === localName || key.endsWith(`:${localName}`)) return asNode(value);
  }
  return undefined;
}

export const asNode = (value: XmlValue): XmlNode | undefined => {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined) return undefined;
  return typeof first === "string" ? { "#text": first } : (first as XmlNode);
};

export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined =>
  node === undefined ? undefined : asNode(node[name]);

/** Repeated elements: one parses as a value, several as an array. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => asNode(item) ?? {});
}

export function text(node: XmlNode | XmlValue | undefined, name?: string): string | undefined {
  const value = name === undefined ? node : (node as XmlNode | undefined)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined) return undefined;
  if (typeof first === "string") return first;
  const inner = (first as XmlNode)["#text"];
  return typeof inner === "string" ? inner : inner === undefined ? "" : String(inner as unknown);
}

export function texts(node: XmlNode | undefined, name: string): string[] {
  const value = node?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => text(item) ?? "");
}

/** The `xsi:type` of an element, without a namespace prefix (`VirtualDisk`). */
export function xsiType(node: XmlNode | undefined): string | undefined {
  if (!node) return undefined;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@_") && key.endsWith(":type") && typeof value === "string") {
      return value.includes(":") ? value.slice(value.indexOf(":") + 1) : value;
    }
  }
  return undefined;
}

/** A managed object reference as vim25 writes it: `<x type="VirtualMachine">vm-42</x>`. */
export interface MoRef {
  type: string;
  value: string;
}

export const moRef = (ref: MoRef): XmlInputNode => ({ "@_type": ref.type, "#text": ref.value });

export function readMoRef(node: XmlNode | undefined): MoRef | undefined {
  const value = text(node);
  const type = node?.["@_type"];
  return value && typeof type === "string" ? { type, value } : undefined;
}

/** An element of a derived type: `<device xsi:type="VirtualDisk">…</device>`. */
export const typed = (type: string, node: XmlInputNode): XmlInputNode => ({ "@_xsi:type": type, ...dropEmpty(node) });

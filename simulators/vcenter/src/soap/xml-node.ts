/**
 * A small XML tree for answers, written the way vcsim (Go's encoding/xml) writes them: the
 * XML Schema instance namespace is declared as `XMLSchema-instance` on the outermost element that
 * carries a type, and nested typed elements reuse that prefix.
 */
export interface XmlNode {
  tag: string;
  /** Written as `XMLSchema-instance:type` (or `xsi:type` inside a fault detail). */
  xsiType?: string;
  attrs?: Record<string, string>;
  text?: string;
  children?: XmlNode[];
}

export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

export function el(
  tag: string,
  children: XmlNode[] | string | number | boolean = [],
  extra: Partial<XmlNode> = {},
): XmlNode {
  if (Array.isArray(children)) return { tag, children, ...extra };
  return { tag, text: String(children), ...extra };
}

/** An element with an xsi:type, e.g. `typed("val", "xsd:string", "web-01")`. */
export function typed(tag: string, xsiType: string, children: XmlNode[] | string | number | boolean = []): XmlNode {
  return el(tag, children, { xsiType });
}

/** A managed object reference element: `<tag type="VirtualMachine">vm-12</tag>`. */
export function moRefNode(tag: string, ref: { type: string; value: string }, xsiType?: string): XmlNode {
  return { tag, text: ref.value, attrs: { type: ref.type }, ...(xsiType ? { xsiType } : {}) };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;" };

const NEEDS_ESCAPE = /[&<>"']/;

export function escapeXml(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/**
 * Serialises a node; `xsiDeclared` says whether an ancestor already declared the prefix. String
 * concatenation (V8 ropes) rather than an array of pieces: a 3,000-VM page is millions of pieces.
 */
export function writeXml(node: XmlNode, xsiDeclared = false): string {
  let out = "<" + node.tag;
  let declared = xsiDeclared;
  if (node.xsiType !== undefined) {
    if (!declared) out += ` xmlns:XMLSchema-instance="${XSI_NAMESPACE}"`;
    out += ` XMLSchema-instance:type="${escapeXml(node.xsiType)}"`;
    declared = true;
  }
  if (node.attrs) for (const name in node.attrs) out += " " + name + '="' + escapeXml(node.attrs[name]!) + '"';
  out += ">";
  if (node.text !== undefined) out += escapeXml(node.text);
  if (node.children) for (const child of node.children) out += writeXml(child, declared);
  return out + "</" + node.tag + ">";
}

import { Parser } from "htmlparser2";
import type { XmlNode, XmlValue } from "./soap-xml";

interface OpenElement {
  node: XmlNode;
  name: string;
  text: string;
  hasChildren: boolean;
  hasAttributes: boolean;
}

/**
 * Parses an XML document into the plain shape the client reads (`@_name` attributes, `#text`
 * beside attributes or children, a leaf without attributes as its text, repeated elements as an
 * array, text trimmed, entities decoded, values never converted), with htmlparser2's streaming
 * tokenizer. A full inventory answer is megabytes: building the tree directly from SAX events is
 * several times faster and allocates far less than a general-purpose XML-to-object parser.
 */
export function readXml(xml: string): XmlNode {
  const root: OpenElement = { node: {}, name: "", text: "", hasChildren: true, hasAttributes: false };
  const stack: OpenElement[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        stack[stack.length - 1]!.hasChildren = true;
        const node: XmlNode = {};
        let hasAttributes = false;
        for (const key in attributes) {
          node[`@_${key}`] = attributes[key];
          hasAttributes = true;
        }
        stack.push({ node, name, text: "", hasChildren: false, hasAttributes });
      },
      ontext(text) {
        stack[stack.length - 1]!.text += text;
      },
      onclosetag() {
        const element = stack.pop()!;
        const text = element.text.trim();
        let value: XmlValue = text;
        if (element.hasChildren || element.hasAttributes) {
          if (text !== "") element.node["#text"] = text;
          value = element.node;
        }
        const parent = stack[stack.length - 1]!.node;
        const existing = parent[element.name];
        if (existing === undefined) parent[element.name] = value;
        else if (Array.isArray(existing)) existing.push(value);
        else parent[element.name] = [existing, value];
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return root.node;
}

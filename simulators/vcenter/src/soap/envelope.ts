import { el, writeXml, type XmlNode } from "./xml-node";

const ENVELOPE_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<soapenv:Envelope xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" ' +
  'xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>';
const ENVELOPE_CLOSE = "</soapenv:Body></soapenv:Envelope>";

/**
 * A vim25 fault: `type` is the fault's data type (`InvalidPowerState`), `fields` its members in
 * schema order, `message` the faultstring (vcsim often leaves it empty).
 */
export class VimFault extends Error {
  constructor(
    readonly type: string,
    readonly fields: XmlNode[] = [],
    message = "",
  ) {
    super(message);
    this.name = "VimFault";
  }
}

/** `<XxxResponse xmlns="urn:vim25">…</XxxResponse>`; `returnval` nodes come from the method. */
export function responseEnvelope(method: string, children: XmlNode[]): string {
  return (
    ENVELOPE_OPEN + writeXml(el(`${method}Response`, children, { attrs: { xmlns: "urn:vim25" } })) + ENVELOPE_CLOSE
  );
}

/** A SOAP fault with the fault in `detail/<TypeFault xsi:type="Type">`, as vcsim writes it. */
export function faultEnvelope(fault: VimFault): string {
  let out =
    ENVELOPE_OPEN +
    "<soapenv:Fault><faultcode>ServerFaultCode</faultcode>" +
    writeXml(el("faultstring", fault.message));
  out += `<detail><${fault.type}Fault xmlns="urn:vim25" xsi:type="${fault.type}">`;
  // Members of a detail fault use the envelope's xsi prefix, which counts as declared.
  for (const field of fault.fields) out += writeXml(field, true);
  return out + `</${fault.type}Fault></detail></soapenv:Fault>` + ENVELOPE_CLOSE;
}

/** The LocalizedMethodFault inside a task's `info.error` or a missing property. */
export function localizedFault(tag: string, fault: VimFault, withMessage: boolean): XmlNode {
  const children: XmlNode[] = [el("fault", fault.fields, { xsiType: fault.type })];
  if (withMessage) children.push(el("localizedMessage", fault.message || fault.type));
  return el(tag, children);
}

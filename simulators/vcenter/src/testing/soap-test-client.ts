import { XMLParser } from "fast-xml-parser";

/** A bare vim25 SOAP client for tests: raw envelopes in, parsed answers out, with the session cookie. */
export class SoapTestClient {
  private cookie: string | undefined;

  constructor(readonly url: string) {}

  async raw(
    method: string,
    self: { type: string; value: string },
    inner = "",
  ): Promise<{ status: number; xml: string }> {
    const envelope =
      '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
      'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>' +
      `<${method} xmlns="urn:vim25"><_this type="${self.type}">${self.value}</_this>${inner}</${method}></soapenv:Body></soapenv:Envelope>`;
    const response = await fetch(this.url, {
      method: "POST",
      headers: {
        "content-type": "text/xml; charset=utf-8",
        soapaction: "urn:vim25/7.0",
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: envelope,
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0];
    return { status: response.status, xml: await response.text() };
  }

  async login(): Promise<void> {
    const answer = await this.raw(
      "Login",
      { type: "SessionManager", value: "SessionManager" },
      "<userName>user</userName><password>pass</password>",
    );
    if (answer.status !== 200) throw new Error(`login failed: ${answer.xml}`);
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: false,
  parseTagValue: false,
  isArray: () => true,
});

export type Parsed = Record<string, unknown>;

/** The `…Response` element or the fault `detail` of an answer, parsed with every child as an array. */
export function parseBody(xml: string): Parsed {
  const document = parser.parse(xml) as Parsed;
  const envelope = (document["soapenv:Envelope"] as Parsed[])[0]!;
  return (envelope["soapenv:Body"] as Parsed[])[0]!;
}

/** Every `<tag>` text anywhere under the answer, in order. */
export function texts(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, "g"))].map((match) => match[1]!);
}

/** The fault type of a SOAP fault answer (`DuplicateName`), or undefined. */
export const faultType = (xml: string) => /<(\w+)Fault xmlns="urn:vim25" xsi:type="(\w+)"/.exec(xml)?.[2];

import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { readXml } from "./xml-reader";

/** What the client parsed answers with before `readXml`: the shape every reader in the client expects. */
const reference = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: false,
  processEntities: true,
});

const withoutDeclaration = (document: Record<string, unknown>) => {
  const { "?xml": _declaration, ...rest } = document;
  return rest;
};

describe("readXml", () => {
  it.each([
    [
      "a property collector answer",
      `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><RetrievePropertiesExResponse xmlns="urn:vim25"><returnval><token>1</token><objects><obj type="VirtualMachine">vm-42</obj><propSet><name>name</name><val xsi:type="xsd:string">web &amp; db &lt;01&gt;</val></propSet><propSet><name>config.hardware.device</name><val xsi:type="ArrayOfVirtualDevice"><VirtualDevice xsi:type="VirtualDisk"><key>2000</key><deviceInfo><label>Hard disk 1</label></deviceInfo><capacityInBytes>107374182400</capacityInBytes></VirtualDevice><VirtualDevice xsi:type="VirtualVmxnet3"><key>4000</key><macAddress>00:50:56:aa:bb:cc</macAddress></VirtualDevice></val></propSet></objects><objects><obj type="VirtualMachine">vm-43</obj><propSet><name>datastore</name><val xsi:type="ArrayOfManagedObjectReference"><ManagedObjectReference type="Datastore" xsi:type="ManagedObjectReference">datastore-1</ManagedObjectReference></val></propSet></objects></returnval></RetrievePropertiesExResponse></soapenv:Body></soapenv:Envelope>`,
    ],
    ["empty elements, with and without attributes", `<a><b/><c x="1"/><d></d><e x="2">t</e></a>`],
    ["text around children is trimmed", `<a>\n  <b>  padded  </b>\n  <c>one</c><c>two</c><c>three</c>\n</a>`],
    ["CDATA and entities in attributes", `<a><c><![CDATA[<raw & text>]]></c><d q="&quot;x&apos;">y</d></a>`],
    [
      "a fault",
      `<soapenv:Envelope xmlns:soapenv="s"><soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>The object has already been deleted</faultstring><detail><ManagedObjectNotFoundFault xmlns="urn:vim25" xsi:type="ManagedObjectNotFound"><obj type="VirtualMachine">vm-1</obj></ManagedObjectNotFoundFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>`,
    ],
  ])("reads %s as the general-purpose parser does", (_label, xml) => {
    expect(readXml(xml)).toEqual(withoutDeclaration(reference.parse(xml) as Record<string, unknown>));
  });

  it("decodes numeric character references, as XML requires (the general-purpose parser left them)", () => {
    expect(readXml("<a><b>&#233;t&#xE9; &#38; co</b></a>")).toEqual({ a: { b: "été & co" } });
  });

  it("keeps values as the strings sent (no number or boolean conversion)", () => {
    expect(readXml("<a><n>007</n><b>true</b><u>4213c2f4-0000-0000-0000-000000000001</u></a>")).toEqual({
      a: { n: "007", b: "true", u: "4213c2f4-0000-0000-0000-000000000001" },
    });
  });
});

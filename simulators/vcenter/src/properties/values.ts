import type { MoRef } from "../soap/request-reader";
import { el, type XmlNode } from "../soap/xml-node";

/** A property value: an element without its tag, which the caller names (`val`, `result`…). */
export type VimValue = Omit<XmlNode, "tag">;

export const named = (tag: string, value: VimValue): XmlNode => ({ tag, ...value });

export const string = (value: string): VimValue => ({ xsiType: "xsd:string", text: value });
export const int = (value: number): VimValue => ({ xsiType: "xsd:int", text: String(Math.trunc(value)) });
export const long = (value: number): VimValue => ({ xsiType: "xsd:long", text: String(Math.trunc(value)) });
export const boolean = (value: boolean): VimValue => ({ xsiType: "xsd:boolean", text: String(value) });
export const dateTime = (value: string): VimValue => ({ xsiType: "xsd:dateTime", text: value });
export const enumeration = (type: string, value: string): VimValue => ({ xsiType: type, text: value });
export const moRefValue = (ref: MoRef): VimValue => ({
  xsiType: "ManagedObjectReference",
  attrs: { type: ref.type },
  text: ref.value,
});
export const dataObject = (type: string, children: XmlNode[]): VimValue => ({ xsiType: type, children });

export const moRefs = (refs: MoRef[]): VimValue => ({
  xsiType: "ArrayOfManagedObjectReference",
  children: refs.map((ref) => el("ManagedObjectReference", ref.value, { attrs: { type: ref.type } })),
});

export const strings = (values: string[]): VimValue => ({
  xsiType: "ArrayOfString",
  children: values.map((value) => el("string", value)),
});

/** `ArrayOfX` holding `<X>` items; typed items (`xsiType`) keep their own type. */
export const arrayOf = (itemType: string, items: XmlNode[]): VimValue => ({
  xsiType: `ArrayOf${itemType}`,
  children: items,
});

export const refNode = (tag: string, ref: MoRef): XmlNode => el(tag, ref.value, { attrs: { type: ref.type } });

/** Drops members whose value is absent, as vim25 omits unset optional members. */
export function members(entries: [string, string | number | boolean | null | undefined][]): XmlNode[] {
  return entries
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([tag, value]) => el(tag, value as string | number | boolean));
}

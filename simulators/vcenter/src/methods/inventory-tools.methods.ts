import { exists } from "../model/entity-tree";
import { VimFault } from "../soap/envelope";
import { child, childText, moRef } from "../soap/request-reader";
import { el } from "../soap/xml-node";
import { invalidArgument } from "./config-spec.reader";
import type { Method, MethodTable } from "./method-types";

/** SearchIndex.FindByUuid: by instance UUID (`instanceUuid=true`) or BIOS UUID; nothing when none matches. */
const findByUuid: Method = ({ context, body }) => {
  const uuid = (childText(body, "uuid") ?? "").toLowerCase();
  const byInstance = childText(body, "instanceUuid") === "true";
  if (childText(body, "vmSearch") !== "true") return [];
  const vm = Object.values(context.state.vms).find(
    (candidate) => (byInstance ? candidate.instanceUuid : candidate.uuid).toLowerCase() === uuid,
  );
  return vm ? [el("returnval", vm.id, { attrs: { type: "VirtualMachine" } })] : [];
};

const createFolder: Method = ({ context, self, body }) => {
  const { state } = context;
  const parent = state.folders[self.value]!;
  if (!parent.childType.includes("Folder")) throw new VimFault("NotSupported");
  const name = childText(body, "name") ?? "";
  if (!name.trim() || name.length > 80) throw invalidArgument("name");
  const taken = Object.values(state.folders).some((folder) => folder.parent === parent.id && folder.name === name);
  if (taken || Object.values(state.vms).some((vm) => vm.folder === parent.id && vm.name === name)) {
    throw new VimFault("DuplicateName", [el("name", name), el("object", parent.id, { attrs: { type: "Folder" } })]);
  }
  state.nextId += 1;
  const id = `group-v${state.nextId}`;
  state.folders[id] = { id, name, parent: parent.id, childType: parent.childType };
  context.changed();
  return [el("returnval", id, { attrs: { type: "Folder" } })];
};

const fieldDef = (field: { key: number; name: string; moType: string }) =>
  el("returnval", [
    el("key", field.key),
    el("name", field.name),
    el("type", field.moType),
    el("managedObjectType", field.moType),
  ]);

const addCustomFieldDef: Method = ({ context, body }) => {
  const name = childText(body, "name") ?? "";
  const moType = childText(body, "moType") ?? "";
  if (!name.trim()) throw invalidArgument("name");
  if (context.state.customFields.some((field) => field.name === name)) {
    throw new VimFault("DuplicateName", [
      el("name", name),
      el("object", "CustomFieldsManager", { attrs: { type: "CustomFieldsManager" } }),
    ]);
  }
  const field = { key: context.state.customFields.length, name, moType };
  context.state.customFields.push(field);
  context.changed();
  return [fieldDef(field)];
};

const setField: Method = ({ context, body }) => {
  const entity = moRef(child(body, "entity"));
  const key = Number(childText(body, "key"));
  const value = childText(body, "value") ?? "";
  if (!context.state.customFields.some((field) => field.key === key)) throw invalidArgument("key");
  if (!entity || !exists(context.state, entity)) throw invalidArgument("entity");
  const vm = context.state.vms[entity.value];
  if (vm) {
    vm.customValues = vm.customValues.filter((field) => field.key !== key);
    if (value !== "") vm.customValues.push({ key, value });
    context.changed();
  }
  return [];
};

export const INVENTORY_TOOL_METHODS: MethodTable = {
  SearchIndex: { FindByUuid: findByUuid },
  Folder: { CreateFolder: createFolder },
  CustomFieldsManager: { AddCustomFieldDef: addCustomFieldDef, SetField: setField },
};

import type { InventoryState } from "../model/inventory.types";
import { el } from "../soap/xml-node";
import { dataObject, int, moRefs, moRefValue, string, strings, type VimValue } from "./values";

type Property = (id: string, state: InventoryState) => VimValue | undefined;

const portGroupsOf = (state: InventoryState) =>
  Object.values(state.networks).filter((network) => network.distributedSwitch === state.distributedSwitch.id);

const switchRef = (state: InventoryState) => ({ type: "DistributedVirtualSwitch", value: state.distributedSwitch.id });

/** `DVPortgroupConfigInfo`: the members the platform reads, in schema order. */
function portGroupConfig(id: string, state: InventoryState): VimValue {
  const portGroup = state.networks[id]!;
  return dataObject("DVPortgroupConfigInfo", [
    el("key", id),
    el("name", portGroup.name),
    el("numPorts", portGroup.numPorts ?? 0),
    el("distributedVirtualSwitch", state.distributedSwitch.id, { attrs: { type: "DistributedVirtualSwitch" } }),
    el(
      "defaultPortConfig",
      [
        el("vlan", [el("inherited", false), el("vlanId", portGroup.vlanId ?? 0)], {
          xsiType: "VmwareDistributedVirtualSwitchVlanIdSpec",
        }),
      ],
      { xsiType: "VMwareDVSPortSetting" },
    ),
    el("type", "earlyBinding"),
  ]);
}

/** Properties of the distributed switch and its port groups (besides `name` and `parent`). */
export const SWITCH_PROPERTIES: Record<string, Record<string, Property>> = {
  DistributedVirtualSwitch: {
    uuid: (_id, state) => string(state.distributedSwitch.uuid),
    portgroup: (_id, state) =>
      moRefs(portGroupsOf(state).map((network) => ({ type: "DistributedVirtualPortgroup", value: network.id }))),
    "summary.portgroupName": (_id, state) => strings(portGroupsOf(state).map((network) => network.name)),
  },
  DistributedVirtualPortgroup: {
    key: (id) => string(id),
    config: portGroupConfig,
    "config.key": (id) => string(id),
    "config.numPorts": (id, state) => int(state.networks[id]!.numPorts ?? 0),
    "config.distributedVirtualSwitch": (_id, state) => moRefValue(switchRef(state)),
  },
};

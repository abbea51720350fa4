import { COUNTER_BY_KEY, PERF_COUNTERS, VM_METRICS, perfCounterInfos } from "../perf/counter-info";
import { sampleValue } from "../perf/perf-values";
import { sampleInfo, sampleTimes } from "../perf/sample-times";
import { exists } from "../model/entity-tree";
import { child, children, childText, moRef, text, type XmlElement } from "../soap/request-reader";
import { el, type XmlNode } from "../soap/xml-node";
import { invalidArgument } from "./config-spec.reader";
import type { Method, MethodCall, MethodTable } from "./method-types";

const optionalDate = (value: string | undefined) => {
  if (value === undefined || value === "") return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalidArgument("querySpec.startTime");
  return date;
};

/** Instances a VM offers per counter: the aggregate, one per vCPU, one per NIC… */
function vmMetricIds(numCPU: number, nicKeys: number[]): [number, string][] {
  return VM_METRICS.flatMap(([counterId, instance]): [number, string][] => {
    if (instance === "$cpu") return Array.from({ length: numCPU }, (_, index) => [counterId, String(index)]);
    if (instance === "$physDisk") return [];
    if (instance === "4000") return nicKeys.map((key) => [counterId, String(key)]);
    if (instance.startsWith("vmnic")) return [];
    return [[counterId, instance]];
  });
}

const metricId = ([counterId, instance]: [number, string]) =>
  el("returnval", [el("counterId", counterId), el("instance", instance)]);

const queryAvailablePerfMetric: Method = ({ context, body }) => {
  const entity = moRef(child(body, "entity"));
  const vm = entity && context.state.vms[entity.value];
  if (!entity || !exists(context.state, entity)) throw invalidArgument("entity");
  if (!vm) return [];
  return vmMetricIds(
    vm.numCPU,
    vm.nics.map((nic) => nic.key),
  ).map(metricId);
};

function entityMetric({ context }: MethodCall, spec: XmlElement): XmlNode {
  const entity = moRef(child(spec, "entity"));
  if (!entity || !exists(context.state, entity)) throw invalidArgument("querySpec.entity");
  const format = childText(spec, "format");
  if (format !== undefined && format !== "normal") throw invalidArgument("querySpec.format");
  const intervalId = Number(childText(spec, "intervalId") ?? 20);
  const maxSample = childText(spec, "maxSample");
  const times = sampleTimes(
    {
      intervalId,
      startTime: optionalDate(childText(spec, "startTime")),
      endTime: optionalDate(childText(spec, "endTime")),
      maxSample: maxSample ? Number(maxSample) : undefined,
    },
    context.now(),
  );
  const vm = context.state.vms[entity.value];
  const entityNode = el("entity", entity.value, { attrs: { type: entity.type } });
  if (!vm) return el("returnval", [entityNode], { xsiType: "PerfEntityMetric" });
  const requested = children(spec, "metricId").map((id): [number, string] => [
    Number(childText(id, "counterId")),
    text(child(id, "instance")) ?? "",
  ]);
  const metrics =
    requested.length > 0 ? requested : vmMetricIds(vm.numCPU, []).filter(([, instance]) => instance === "");
  for (const [counterId] of metrics)
    if (!COUNTER_BY_KEY.has(counterId)) throw invalidArgument("querySpec.metricId.counterId");
  const present = times.filter(
    (at) => sampleValue(vm, COUNTER_BY_KEY.get(metrics[0]?.[0] ?? 2)!, at, intervalId, "") !== undefined,
  );
  if (present.length === 0) return el("returnval", [entityNode], { xsiType: "PerfEntityMetric" });
  const series = metrics.map(([counterId, instance]) =>
    el(
      "value",
      [
        el("id", [el("counterId", counterId), el("instance", instance)]),
        ...present.map((at) =>
          el("value", sampleValue(vm, COUNTER_BY_KEY.get(counterId)!, at, intervalId, instance) ?? 0),
        ),
      ],
      { xsiType: "PerfMetricIntSeries" },
    ),
  );
  return el("returnval", [entityNode, ...present.map((at) => sampleInfo(at, intervalId)), ...series], {
    xsiType: "PerfEntityMetric",
  });
}

const counterInfos = (keep: (key: number, level: number) => boolean) =>
  (perfCounterInfos().children ?? [])
    .filter((node) => {
      const key = Number(node.children![0]!.text);
      const level = Number(node.children!.find((item) => item.tag === "level")!.text);
      return keep(key, level);
    })
    .map((node) => ({ ...node, tag: "returnval" }));

export const PERF_METHODS: MethodTable = {
  PerformanceManager: {
    QueryAvailablePerfMetric: queryAvailablePerfMetric,
    QueryPerf: (call) => children(call.body, "querySpec").map((spec) => entityMetric(call, spec)),
    QueryPerfCounterByLevel: ({ body }) => {
      const level = Number(childText(body, "level"));
      if (!Number.isInteger(level) || level < 1 || level > 4) throw invalidArgument("level");
      return counterInfos((_key, counterLevel) => counterLevel <= level);
    },
    QueryPerfCounter: ({ body }) => {
      const keys = children(body, "counterId").map((id) => Number(text(id)));
      if (keys.some((key) => !COUNTER_BY_KEY.has(key))) throw invalidArgument("CounterId");
      return counterInfos((key) => keys.includes(key));
    },
  },
};

export { PERF_COUNTERS };

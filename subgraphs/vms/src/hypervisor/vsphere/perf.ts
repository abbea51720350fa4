import { HypervisorError } from "../hypervisor.error";
import type { PerfQuery, PerfSeries, VmPerformance } from "../hypervisor.port";
import type { PropertyCollector } from "./property-collector";
import type { VSphereSession } from "./session";
import { child, children, moRef, readMoRef, text, texts, type MoRef } from "./soap-xml";

/** Counter names (`group.name.rollup`) ⇄ this vCenter's counter ids, read once per client. */
export interface CounterCatalogue {
  byName: Map<string, number>;
  byKey: Map<number, string>;
}

export async function readCounterCatalogue(
  session: VSphereSession,
  collector: PropertyCollector,
): Promise<CounterCatalogue> {
  const { perfManager } = await session.serviceContent();
  const content = await collector.retrieveOne(perfManager, ["perfCounter"]);
  const byName = new Map<string, number>();
  const byKey = new Map<number, string>();
  for (const info of children(content?.props.get("perfCounter"), "PerfCounterInfo")) {
    const name = `${text(child(info, "groupInfo"), "key")}.${text(child(info, "nameInfo"), "key")}.${text(info, "rollupType")}`;
    const key = Number(text(info, "key"));
    byName.set(name, key);
    byKey.set(key, name);
  }
  return { byName, byKey };
}

/** One QueryPerf call for every VM asked for; samples come back oldest first. */
export async function queryPerf(
  session: VSphereSession,
  catalogue: CounterCatalogue,
  vms: { instanceUuid: string; ref: MoRef }[],
  query: PerfQuery,
): Promise<VmPerformance[]> {
  if (vms.length === 0) return [];
  const unknown = query.counters.filter((name) => !catalogue.byName.has(name));
  if (unknown.length > 0) {
    throw new HypervisorError("INVALID_ARGUMENT", `vCenter has no performance counter ${unknown.join(", ")}`);
  }
  const { perfManager } = await session.serviceContent();
  const metricId = query.counters.map((name) => ({ counterId: catalogue.byName.get(name), instance: "" }));
  const response = await session.invoke("QueryPerf", {
    _this: moRef(perfManager),
    querySpec: vms.map((vm) => ({
      entity: moRef(vm.ref),
      startTime: query.start?.toISOString(),
      endTime: query.end?.toISOString(),
      maxSample: query.maxSamples,
      metricId,
      intervalId: query.intervalSeconds,
      format: "normal",
    })),
  });
  const byRef = new Map(vms.map((vm) => [vm.ref.value, vm.instanceUuid]));
  return children(response, "returnval").flatMap((metric) => {
    const entity = readMoRef(child(metric, "entity"));
    const instanceUuid = entity && byRef.get(entity.value);
    if (!instanceUuid) return [];
    const samples = children(metric, "sampleInfo").map((sample, index) => ({
      index,
      at: new Date(text(sample, "timestamp") ?? ""),
      interval: Number(text(sample, "interval")),
    }));
    const order = [...samples].sort((a, b) => a.at.getTime() - b.at.getTime());
    const series: PerfSeries[] = children(metric, "value").map((value) => {
      const id = child(value, "id");
      const raw = texts(value, "value").map(Number);
      return {
        counter: catalogue.byKey.get(Number(text(id, "counterId"))) ?? `counter ${text(id, "counterId")}`,
        instance: text(id, "instance") ?? "",
        values: order.map((sample) => {
          const value = raw[sample.index];
          return value === undefined || value < 0 || Number.isNaN(value) ? null : value;
        }),
      };
    });
    return [
      {
        instanceUuid,
        timestamps: order.map((sample) => sample.at),
        intervalSeconds: order[0]?.interval ?? query.intervalSeconds,
        series,
      },
    ];
  });
}

import type { FaultRecord, TaskRecord } from "../model/inventory.types";
import { VimFault } from "../soap/envelope";
import { localizedFault } from "../soap/envelope";
import { el, type XmlNode } from "../soap/xml-node";
import { dataObject, refNode, type VimValue } from "../properties/values";

export function faultFromRecord(record: FaultRecord): VimFault {
  return new VimFault(
    record.type,
    record.fields.map(([tag, text, attrs]) => el(tag, text, attrs ? { attrs } : {})),
    record.message,
  );
}

export function faultToRecord(fault: VimFault): FaultRecord {
  return {
    type: fault.type,
    message: fault.message,
    fields: fault.fields.map(
      (field) => [field.tag, field.text ?? "", ...(field.attrs ? [field.attrs] : [])] as FaultRecord["fields"][number],
    ),
  };
}

/** `Task.info` in TaskInfo's schema order. */
export function taskInfo(task: TaskRecord): VimValue {
  const children: XmlNode[] = [
    el("key", task.id),
    refNode("task", { type: "Task", value: task.id }),
    el("name", task.name),
    el("descriptionId", task.descriptionId),
    refNode("entity", task.entity),
    el("entityName", task.entityName),
    el("state", task.state),
    el("cancelled", false),
    el("cancelable", false),
  ];
  if (task.error) children.push(localizedFault("error", faultFromRecord(task.error), true));
  if (task.result)
    children.push(
      el("result", task.result.value, { xsiType: "ManagedObjectReference", attrs: { type: task.result.type } }),
    );
  if (task.state === "running" && task.progress !== null) children.push(el("progress", task.progress));
  children.push(el("reason", [el("userName", "vcsim")], { xsiType: "TaskReasonUser" }));
  children.push(el("queueTime", task.queueTime));
  if (task.startTime) children.push(el("startTime", task.startTime));
  if (task.completeTime) children.push(el("completeTime", task.completeTime));
  children.push(el("eventChainId", 0));
  return dataObject("TaskInfo", children);
}

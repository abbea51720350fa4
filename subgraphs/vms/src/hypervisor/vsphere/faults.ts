import { HypervisorError, type HypervisorErrorCode } from "../hypervisor.error";
import { byLocalName, child, text, xsiType, type XmlNode } from "./soap-xml";

/** vim25 fault types (as in `xsi:type`) and the stable code each becomes. */
const FAULT_CODES: Record<string, HypervisorErrorCode> = {
  NotAuthenticated: "NOT_AUTHENTICATED",
  InvalidLogin: "NOT_AUTHENTICATED",
  DuplicateName: "DUPLICATE_NAME",
  AlreadyExists: "DUPLICATE_NAME",
  InvalidPowerState: "INVALID_POWER_STATE",
  InvalidState: "INVALID_STATE",
  ResourceInUse: "INVALID_STATE",
  TaskInProgress: "INVALID_STATE",
  InvalidDatastoreState: "INVALID_STATE",
  InvalidHostState: "INVALID_STATE",
  ToolsUnavailable: "INVALID_STATE",
  InsufficientResourcesFault: "INSUFFICIENT_RESOURCES",
  InsufficientCpuResourcesFault: "INSUFFICIENT_RESOURCES",
  InsufficientMemoryResourcesFault: "INSUFFICIENT_RESOURCES",
  InsufficientHostCapacityFault: "INSUFFICIENT_RESOURCES",
  InsufficientStorageSpace: "INSUFFICIENT_RESOURCES",
  ManagedObjectNotFound: "NOT_FOUND",
  NotFound: "NOT_FOUND",
  FileNotFound: "NOT_FOUND",
  InvalidArgument: "INVALID_ARGUMENT",
  InvalidDeviceSpec: "INVALID_ARGUMENT",
  InvalidVmConfig: "INVALID_ARGUMENT",
  InvalidRequest: "INVALID_ARGUMENT",
  InvalidType: "INVALID_ARGUMENT",
  InvalidProperty: "INVALID_ARGUMENT",
  NotSupported: "NOT_SUPPORTED",
  NotImplemented: "NOT_SUPPORTED",
  MethodNotFound: "NOT_SUPPORTED",
  MethodDisabled: "NOT_SUPPORTED",
  HostCommunication: "UNAVAILABLE",
  HostNotConnected: "UNAVAILABLE",
  HostNotReachable: "UNAVAILABLE",
};

const MESSAGES: Partial<Record<HypervisorErrorCode, string>> = {
  NOT_AUTHENTICATED: "vCenter refused the session or the credentials",
  DUPLICATE_NAME: "the name is already taken",
  INVALID_POWER_STATE: "the VM's power state does not allow this",
  INVALID_STATE: "the object's state does not allow this",
  INSUFFICIENT_RESOURCES: "vCenter has not enough resources for this",
  NOT_FOUND: "the object does not exist (any more)",
  INVALID_ARGUMENT: "vCenter refused an argument",
  NOT_SUPPORTED: "this vCenter does not support the operation",
};

/** Turns a vim25 fault (its type name and text) into the port's error. */
export function faultToError(faultName: string, faultText: string | undefined, context: string): HypervisorError {
  const code = FAULT_CODES[faultName] ?? "FAULT";
  const detail = faultText?.trim() ? `: ${faultText.trim()}` : "";
  const summary = MESSAGES[code] ?? "vCenter reported a fault";
  return new HypervisorError(code, `${context}: ${summary} (${faultName}${detail})`, { faultName });
}

/** The fault in a SOAP body, if the body is a fault. */
export function readSoapFault(body: XmlNode, context: string): HypervisorError | undefined {
  const fault = byLocalName(body, "Fault");
  if (!fault) return undefined;
  const faultString = text(fault, "faultstring");
  const detail = child(fault, "detail");
  const detailElement = detail ? firstElement(detail) : undefined;
  const name = xsiType(detailElement?.node) ?? detailElement?.name.replace(/Fault$/, "") ?? "SystemError";
  return faultToError(name, faultString, context);
}

/** `Task.info.error`, a LocalizedMethodFault: the fault inside and vCenter's message. */
export function readLocalizedFault(error: XmlNode, context: string): HypervisorError {
  const fault = child(error, "fault");
  const name = xsiType(fault) ?? "SystemError";
  return faultToError(name, text(error, "localizedMessage"), context);
}

function firstElement(node: XmlNode): { name: string; node: XmlNode } | undefined {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@_") || key === "#text") continue;
    const element = Array.isArray(value) ? value[0] : value;
    const local = key.includes(":") ? key.slice(key.indexOf(":") + 1) : key;
    return { name: local, node: typeof element === "object" ? (element as XmlNode) : {} };
  }
  return undefined;
}

/** Codes worth another try with the same request: the server may answer next time. */
export const isTransient = (error: HypervisorError) => error.code === "UNAVAILABLE" || error.code === "TIMEOUT";

import { randomUUID } from "node:crypto";
import { exists, SERVICE_OBJECTS } from "../model/entity-tree";
import type { Session } from "../model/simulator-context";
import { VimFault } from "../soap/envelope";
import { child, children, childText, moRef, text } from "../soap/request-reader";
import { el, type XmlNode } from "../soap/xml-node";
import { invalidArgument } from "./config-spec.reader";
import type { Method, MethodTable } from "./method-types";

/** The managers after `about` in ServiceContent's schema order, with vcsim's ids. */
const MANAGERS: [tag: string, type: string, id: string][] = [
  ["setting", "OptionManager", "VpxSettings"],
  ["userDirectory", "UserDirectory", "UserDirectory"],
  ["sessionManager", "SessionManager", "SessionManager"],
  ["authorizationManager", "AuthorizationManager", "AuthorizationManager"],
  ["serviceManager", "ServiceManager", "ServiceMgr"],
  ["perfManager", "PerformanceManager", "PerfMgr"],
  ["scheduledTaskManager", "ScheduledTaskManager", "ScheduledTaskManager"],
  ["alarmManager", "AlarmManager", "AlarmManager"],
  ["eventManager", "EventManager", "EventManager"],
  ["taskManager", "TaskManager", "TaskManager"],
  ["extensionManager", "ExtensionManager", "ExtensionManager"],
  ["customizationSpecManager", "CustomizationSpecManager", "CustomizationSpecManager"],
  ["customFieldsManager", "CustomFieldsManager", "CustomFieldsManager"],
  ["diagnosticManager", "DiagnosticManager", "DiagMgr"],
  ["licenseManager", "LicenseManager", "LicenseManager"],
  ["searchIndex", "SearchIndex", "SearchIndex"],
  ["fileManager", "FileManager", "FileManager"],
  ["datastoreNamespaceManager", "DatastoreNamespaceManager", "DatastoreNamespaceManager"],
  ["virtualDiskManager", "VirtualDiskManager", "virtualDiskManager"],
  ["snmpSystem", "HostSnmpSystem", "SnmpSystem"],
  ["vmProvisioningChecker", "VirtualMachineProvisioningChecker", "ProvChecker"],
  ["vmCompatibilityChecker", "VirtualMachineCompatibilityChecker", "CompatChecker"],
  ["ovfManager", "OvfManager", "OvfManager"],
  ["ipPoolManager", "IpPoolManager", "IpPoolManager"],
  ["dvSwitchManager", "DistributedVirtualSwitchManager", "DVSManager"],
  ["hostProfileManager", "HostProfileManager", "HostProfileManager"],
  ["clusterProfileManager", "ClusterProfileManager", "ClusterProfileManager"],
  ["complianceManager", "ProfileComplianceManager", "MoComplianceManager"],
  ["localizationManager", "LocalizationManager", "LocalizationManager"],
  ["storageResourceManager", "StorageResourceManager", "StorageResourceManager"],
  ["guestOperationsManager", "GuestOperationsManager", "guestOperationsManager"],
  ["overheadMemoryManager", "OverheadMemoryManager", "OverheadMemoryManager"],
  ["certificateManager", "CertificateManager", "certificateManager"],
  ["ioFilterManager", "IoFilterManager", "IoFilterManager"],
  ["vStorageObjectManager", "VcenterVStorageObjectManager", "VStorageObjectManager"],
  ["hostSpecManager", "HostSpecificationManager", "HostSpecificationManager"],
  ["cryptoManager", "CryptoManagerKmip", "CryptoManager"],
  ["healthUpdateManager", "HealthUpdateManager", "HealthUpdateManager"],
  ["failoverClusterConfigurator", "FailoverClusterConfigurator", "FailoverClusterConfigurator"],
  ["failoverClusterManager", "FailoverClusterManager", "FailoverClusterManager"],
];

const retrieveServiceContent: Method = ({ context }) => {
  const about = el("about", [
    el("name", "VMware vCenter Server"),
    el("fullName", "VMware vCenter Server 7.0.3 build-19234570 (DCX Cloud simulator)"),
    el("vendor", "VMware, Inc."),
    el("version", "7.0.3"),
    el("build", "19234570"),
    el("localeVersion", "INTL"),
    el("localeBuild", "000"),
    el("osType", "linux-x64"),
    el("productLineId", "vpx"),
    el("apiType", "VirtualCenter"),
    el("apiVersion", "7.0.3.0"),
    el("instanceUuid", context.state.vcenterUuid),
    el("licenseProductName", "VMware VirtualCenter Server"),
    el("licenseProductVersion", "7.0"),
  ]);
  return [
    el("returnval", [
      el("rootFolder", "group-d1", { attrs: { type: "Folder" } }),
      el("propertyCollector", SERVICE_OBJECTS.PropertyCollector!, { attrs: { type: "PropertyCollector" } }),
      el("viewManager", SERVICE_OBJECTS.ViewManager!, { attrs: { type: "ViewManager" } }),
      about,
      ...MANAGERS.map(([tag, type, id]) => el(tag, id, { attrs: { type } })),
    ]),
  ];
};

/** A UserSession's members, in the data type's order. */
export function userSessionMembers(session: Session): XmlNode[] {
  return [
    el("key", session.key),
    el("userName", session.userName),
    el("fullName", session.userName),
    el("loginTime", session.loginTime),
    el("lastActiveTime", new Date(session.lastActive).toISOString()),
    el("locale", "en_US"),
    el("messageLocale", "en_US"),
    el("extensionSession", false),
    el("ipAddress", session.ipAddress),
    el("userAgent", session.userAgent),
    el("callCount", session.callCount),
  ];
}

const userSession = (session: Session) => el("returnval", userSessionMembers(session));

/** Any non-empty user name and password log in, as with vcsim; a second login on one session is refused. */
const login: Method = ({ context, session, body, client, newSession }) => {
  const userName = childText(body, "userName") ?? "";
  const password = childText(body, "password") ?? "";
  if (session || !userName || !password) throw new VimFault("InvalidLogin", [], "Login failure");
  const created: Session = {
    key: randomUUID(),
    userName,
    loginTime: context.now().toISOString(),
    ipAddress: client.ipAddress,
    userAgent: client.userAgent,
    callCount: 1,
    lastActive: context.now().getTime(),
    views: new Map(),
    retrievals: new Map(),
  };
  // Sessions that idled out are dropped here too, with their views and pending pages.
  for (const [key, idle] of context.sessions)
    if (created.lastActive - idle.lastActive > context.sessionTimeoutMs) context.sessions.delete(key);
  context.sessions.set(created.key, created);
  newSession(created);
  return [userSession(created)];
};

const createContainerView: Method = ({ context, session, body }) => {
  const container = moRef(child(body, "container"));
  if (!container || !exists(context.state, container)) throw invalidArgument("container");
  const id = `session[${session!.key}]${randomUUID()}`;
  session!.views.set(id, {
    id,
    container: container.value,
    types: children(body, "type").map((type) => text(type) ?? ""),
    recursive: childText(body, "recursive") === "true",
  });
  return [el("returnval", id, { attrs: { type: "ContainerView" } })];
};

export const SERVICE_METHODS: MethodTable = {
  ServiceInstance: {
    RetrieveServiceContent: retrieveServiceContent,
    CurrentTime: ({ context }) => [el("returnval", context.now().toISOString())],
  },
  SessionManager: {
    Login: login,
    Logout: ({ context, session }) => {
      context.sessions.delete(session!.key);
      return [];
    },
    TerminateSession: ({ context, body }) => {
      for (const id of children(body, "sessionId")) context.sessions.delete(text(id) ?? "");
      return [];
    },
    SessionIsActive: ({ context, body }) => {
      const target = context.sessions.get(childText(body, "sessionID") ?? "");
      return [el("returnval", target !== undefined && target.userName === childText(body, "userName"))];
    },
  },
  ViewManager: { CreateContainerView: createContainerView },
  ContainerView: {
    DestroyView: ({ session, self }) => {
      session!.views.delete(self.value);
      return [];
    },
  },
};

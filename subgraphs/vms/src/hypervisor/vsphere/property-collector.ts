import { HypervisorError } from "../hypervisor.error";
import type { VSphereSession } from "./session";
import {
  child,
  children,
  moRef,
  readMoRef,
  text,
  xsiType,
  type MoRef,
  type XmlInputNode,
  type XmlNode,
} from "./soap-xml";

/** One object's requested properties, by property path. */
export interface ObjectContent {
  obj: MoRef;
  props: Map<string, XmlNode>;
}

/**
 * PropertyCollector reads: only the paths asked for, in pages of `maxObjects` followed with
 * ContinueRetrievePropertiesEx, so a large inventory never arrives as one answer.
 */
export class PropertyCollector {
  constructor(private readonly session: VSphereSession) {}

  /** Every object of `type` under `container` (and its subfolders unless `recursive` is false), through a container view. */
  async retrieveAll(
    container: MoRef,
    type: string,
    paths: string[],
    options: { pageSize?: number; recursive?: boolean } = {},
  ): Promise<ObjectContent[]> {
    const { viewManager } = await this.session.serviceContent();
    const created = await this.session.invoke("CreateContainerView", {
      _this: moRef(viewManager),
      container: moRef(container),
      type,
      recursive: options.recursive ?? true,
    });
    const view = readMoRef(child(created, "returnval"));
    if (!view) throw new HypervisorError("FAULT", "CreateContainerView answered no view");
    try {
      return await this.retrieve(
        {
          propSet: { type, pathSet: paths },
          objectSet: {
            obj: moRef(view),
            skip: true,
            selectSet: {
              "@_xsi:type": "TraversalSpec",
              name: "view",
              type: "ContainerView",
              path: "view",
              skip: false,
            },
          },
        },
        options.pageSize ?? 500,
      );
    } finally {
      await this.session.invoke("DestroyView", { _this: moRef(view) }).catch(() => undefined);
    }
  }

  /** Properties of the given objects (all of one type); objects that no longer exist are left out. */
  async retrieveObjects(objects: MoRef[], paths: string[]): Promise<ObjectContent[]> {
    if (objects.length === 0) return [];
    return this.retrieve(
      {
        propSet: { type: objects[0]!.type, pathSet: paths },
        objectSet: objects.map((obj) => ({ obj: moRef(obj), skip: false })),
      },
      objects.length,
    );
  }

  async retrieveOne(obj: MoRef, paths: string[]): Promise<ObjectContent | undefined> {
    const [found] = await this.retrieveObjects([obj], paths);
    return found;
  }

  private async retrieve(specSet: XmlInputNode, pageSize: number): Promise<ObjectContent[]> {
    const { propertyCollector } = await this.session.serviceContent();
    const collector = moRef(propertyCollector);
    let page = await this.session.invoke("RetrievePropertiesEx", {
      _this: collector,
      specSet,
      options: { maxObjects: pageSize },
    });
    const found: ObjectContent[] = [];
    let token: string | undefined;
    try {
      for (;;) {
        const result = child(page, "returnval");
        found.push(...children(result, "objects").map(readObjectContent));
        token = text(result, "token");
        if (!token) return found;
        page = await this.session.invoke("ContinueRetrievePropertiesEx", { _this: collector, token });
      }
    } catch (error) {
      // Free the server's cursor; the session may be gone already, so its failure is ignored.
      if (token) {
        await this.session.invoke("CancelRetrievePropertiesEx", { _this: collector, token }).catch(() => undefined);
      }
      throw error;
    }
  }
}

function readObjectContent(node: XmlNode): ObjectContent {
  const obj = readMoRef(child(node, "obj"));
  if (!obj) throw new HypervisorError("FAULT", "PropertyCollector answered an object without a reference");
  for (const missing of children(node, "missingSet")) {
    const faultName = xsiType(child(child(missing, "fault"), "fault"));
    // Without a session some servers answer every property as missing instead of faulting.
    if (faultName === "NotAuthenticated") {
      throw new HypervisorError("NOT_AUTHENTICATED", "PropertyCollector: the session is not signed in", {
        faultName,
      });
    }
  }
  const props = new Map<string, XmlNode>();
  for (const prop of children(node, "propSet")) {
    const name = text(prop, "name");
    const val = child(prop, "val");
    if (name && val) props.set(name, val);
  }
  return { obj, props };
}

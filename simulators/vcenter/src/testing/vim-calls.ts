import { SoapTestClient, texts } from "./soap-test-client";

const PC = { type: "PropertyCollector", value: "propertyCollector" };

/** The vim25 calls the tests make, written once. */
export class VimCalls {
  readonly soap: SoapTestClient;

  constructor(url: string) {
    this.soap = new SoapTestClient(url);
  }

  async vmView(container = "group-d1"): Promise<string> {
    const answer = await this.soap.raw(
      "CreateContainerView",
      { type: "ViewManager", value: "ViewManager" },
      `<container type="Folder">${container}</container><type>VirtualMachine</type><recursive>true</recursive>`,
    );
    return texts(answer.xml, "returnval")[0]!;
  }

  retrieveView(view: string, paths: string[], maxObjects?: number) {
    return this.soap.raw(
      "RetrievePropertiesEx",
      PC,
      `<specSet><propSet><type>VirtualMachine</type>${paths.map((path) => `<pathSet>${path}</pathSet>`).join("")}</propSet>` +
        `<objectSet><obj type="ContainerView">${view}</obj><skip>true</skip><selectSet xsi:type="TraversalSpec"><name>traverseEntities</name>` +
        `<type>ContainerView</type><path>view</path><skip>false</skip></selectSet></objectSet></specSet>` +
        `<options>${maxObjects === undefined ? "" : `<maxObjects>${maxObjects}</maxObjects>`}</options>`,
    );
  }

  continueRetrieve(token: string) {
    return this.soap.raw("ContinueRetrievePropertiesEx", PC, `<token>${token}</token>`);
  }

  retrieve(ref: { type: string; value: string }, paths: string[]) {
    return this.soap.raw(
      "RetrievePropertiesEx",
      PC,
      `<specSet><propSet><type>${ref.type}</type>${paths.map((path) => `<pathSet>${path}</pathSet>`).join("")}</propSet>` +
        `<objectSet><obj type="${ref.type}">${ref.value}</obj></objectSet></specSet><options></options>`,
    );
  }

  /** The VM's id by name, through a container view. */
  async vmNamed(name: string): Promise<string> {
    const answer = await this.retrieveView(await this.vmView(), ["name"]);
    const match = new RegExp(
      `<obj type="VirtualMachine">([^<]+)</obj><propSet><name>name</name><val[^>]*>${name}</val>`,
    ).exec(answer.xml);
    if (!match) throw new Error(`no VM named ${name}`);
    return match[1]!;
  }

  async property(ref: { type: string; value: string }, path: string): Promise<string | undefined> {
    const answer = await this.retrieve(ref, [path]);
    return new RegExp(`<name>${path.replace(/\./g, "\\.")}</name><val[^>]*>([\\s\\S]*?)</val></propSet>`).exec(
      answer.xml,
    )?.[1];
  }

  /** Starts a task method and returns the task id (or throws with the fault). */
  async startTask(method: string, self: { type: string; value: string }, inner = ""): Promise<string> {
    const answer = await this.soap.raw(method, self, inner);
    if (answer.status !== 200) throw new Error(answer.xml);
    return texts(answer.xml, "returnval")[0]!;
  }

  /** Polls `Task.info` until it ends; returns the info XML and the progress values seen. */
  async waitTask(task: string, pollMs = 5): Promise<{ info: string; state: string; progress: number[] }> {
    const progress: number[] = [];
    for (;;) {
      const answer = await this.retrieve({ type: "Task", value: task }, ["info"]);
      const state = texts(answer.xml, "state")[0]!;
      const seen = texts(answer.xml, "progress")[0];
      if (seen !== undefined) progress.push(Number(seen));
      if (state === "success" || state === "error") return { info: answer.xml, state, progress };
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  async runTask(method: string, self: { type: string; value: string }, inner = "") {
    return this.waitTask(await this.startTask(method, self, inner));
  }
}

export const vmRef = (value: string) => ({ type: "VirtualMachine", value });
export const faultInTask = (info: string) => /<fault XMLSchema-instance:type="(\w+)">/.exec(info)?.[1];

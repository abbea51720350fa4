import { setTimeout as sleep } from "node:timers/promises";
import { HypervisorError, isHypervisorError } from "../hypervisor.error";
import { isTransient } from "./faults";
import { SoapCallError, type SoapTransport } from "./soap-transport";
import { child, moRef, readMoRef, text, type MoRef, type XmlInputNode, type XmlNode } from "./soap-xml";

export interface ServiceContent {
  rootFolder: MoRef;
  propertyCollector: MoRef;
  viewManager: MoRef;
  sessionManager: MoRef;
  searchIndex: MoRef;
  perfManager: MoRef;
  apiVersion: string | undefined;
}

export interface RetryPolicy {
  /** Further attempts after the first, for transient failures only. */
  retries: number;
  /** First pause; each further one doubles, with jitter. */
  backoffMs: number;
}

export interface InvokeOptions {
  /** False for calls that change something and must not be repeated blindly. */
  idempotent?: boolean;
  timeoutMs?: number;
}

const SERVICE_INSTANCE: MoRef = { type: "ServiceInstance", value: "ServiceInstance" };

/**
 * A signed-in vim25 session: logs in on first use, logs in again (once per failure) when vCenter
 * says the session is gone, and retries transient failures of calls that are safe to repeat.
 */
export class VSphereSession {
  private content: ServiceContent | undefined;
  private login: Promise<void> | undefined;
  /** Bumped at each login, so many calls failing together log in only once. */
  private generation = 0;
  /** The generation whose failure already started a new login. */
  private reloggingFrom: number | undefined;

  constructor(
    private readonly transport: SoapTransport,
    private readonly credentials: { user: string; password: string },
    private readonly retry: RetryPolicy,
  ) {}

  async serviceContent(): Promise<ServiceContent> {
    if (this.content) return this.content;
    const response = await this.invokeRaw("RetrieveServiceContent", { _this: moRef(SERVICE_INSTANCE) }, {});
    const value = child(response, "returnval");
    const need = (name: string) => {
      const found = readMoRef(child(value, name));
      if (!found) throw new HypervisorError("FAULT", `vCenter's service content has no ${name}`);
      return found;
    };
    this.content = {
      rootFolder: need("rootFolder"),
      propertyCollector: need("propertyCollector"),
      viewManager: need("viewManager"),
      sessionManager: need("sessionManager"),
      searchIndex: need("searchIndex"),
      perfManager: need("perfManager"),
      apiVersion: text(child(value, "about"), "apiVersion"),
    };
    return this.content;
  }

  /** Runs `work` signed in; if vCenter lost the session meanwhile, signs in again and reruns it once. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.ensureLogin();
    const generation = this.generation;
    try {
      return await work();
    } catch (error) {
      if (!isHypervisorError(error, "NOT_AUTHENTICATED") || error.faultName === "InvalidLogin") throw error;
      await this.relogin(generation);
      return work();
    }
  }

  /** One method call, with retries of transient failures where repeating is safe. */
  async invoke(method: string, body: XmlInputNode, options: InvokeOptions = {}): Promise<XmlNode> {
    return this.invokeRaw(method, body, options);
  }

  async logout() {
    if (!this.transport.hasSession) return;
    const { sessionManager } = await this.serviceContent();
    try {
      await this.transport.call("Logout", { _this: moRef(sessionManager) });
    } catch (error) {
      if (!isHypervisorError(error, "NOT_AUTHENTICATED")) throw error;
    } finally {
      this.transport.forgetSession();
      this.login = undefined;
    }
  }

  private async ensureLogin() {
    this.login ??= this.doLogin();
    try {
      await this.login;
    } catch (error) {
      this.login = undefined;
      throw error;
    }
  }

  private async relogin(failedGeneration: number) {
    if (this.generation === failedGeneration && this.reloggingFrom !== failedGeneration) {
      this.reloggingFrom = failedGeneration;
      this.transport.forgetSession();
      this.login = this.doLogin();
    }
    await this.ensureLogin();
  }

  private async doLogin() {
    const { sessionManager } = await this.serviceContent();
    await this.invokeRaw("Login", {
      _this: moRef(sessionManager),
      userName: this.credentials.user,
      password: this.credentials.password,
    });
    this.generation += 1;
  }

  private async invokeRaw(method: string, body: XmlInputNode, options: InvokeOptions = {}): Promise<XmlNode> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.transport.call(method, body, options.timeoutMs);
      } catch (error) {
        if (!(error instanceof SoapCallError) || !isTransient(error) || attempt >= this.retry.retries) throw error;
        if (options.idempotent === false && error.mayHaveArrived) throw error;
        const pause = this.retry.backoffMs * 2 ** attempt;
        await sleep(pause / 2 + Math.random() * (pause / 2));
      }
    }
  }
}

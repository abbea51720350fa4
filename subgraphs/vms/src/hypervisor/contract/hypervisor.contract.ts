import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hypervisor } from "../hypervisor.port";
import { VSphereClient, type VSphereClientOptions } from "../vsphere/vsphere.client";
import { describeFailureContract } from "./failure.contract";
import { describeGuestDiskContract } from "./guest-disk.contract";
import { describeLifecycleContract } from "./lifecycle.contract";
import { describeOperationsContract } from "./operations.contract";
import { describePortGroupContract } from "./port-group.contract";

/** A vim25 endpoint to run the contract against, and what differs between endpoints. */
export interface HypervisorTarget {
  url: string;
  user: string;
  password: string;
  /** How many VMs and templates the endpoint starts with (at least 5, to page by 2). */
  initialVmCount: number;
  /** The endpoint honours `maxObjects` and answers continue tokens (vcsim 0.24 sends all at once). */
  pagesInventory: boolean;
  /** RebootGuest exists (vcsim 0.24 does not implement it). */
  rebootsGuests: boolean;
  /** Running VMs with VMware Tools report their file systems in `guest.disk` (vcsim 0.24 leaves it unset). */
  reportsGuestDisks: boolean;
  close(): Promise<void>;
}

export interface ContractContext {
  target: HypervisorTarget;
  /** A client counting the methods it calls. */
  client: VSphereClient;
  calls: string[];
  connect(options?: Partial<VSphereClientOptions>): VSphereClient;
  newMarker(): string;
  /** A fresh VM, powered off, with one 1 GB disk and one NIC. */
  createVm(name?: string): Promise<string>;
}

export const GUEST_ID = "otherGuest64";

/**
 * One suite, several endpoints: the vSphere client against VMware's vcsim and against the local
 * vCenter simulator, so neither the client nor the simulator can drift from vim25.
 */
export function describeHypervisorContract(name: string, startTarget: () => Promise<HypervisorTarget>) {
  describe(`hypervisor contract against ${name}`, () => {
    const context = {} as ContractContext;
    const clients: Hypervisor[] = [];
    let started = 0;

    beforeAll(async () => {
      started = performance.now();
      context.target = await startTarget();
      context.calls = [];
      context.connect = (options = {}) => {
        const client = new VSphereClient({
          url: context.target.url,
          user: context.target.user,
          password: context.target.password,
          callTimeoutMs: 10_000,
          retries: 1,
          backoffMs: 50,
          ...options,
        });
        clients.push(client);
        return client;
      };
      context.client = context.connect({ onCall: (method) => context.calls.push(method) });
      context.newMarker = () => randomUUID();
      context.createVm = async (vmName) => {
        const marker = context.newMarker();
        const [network] = await context.client.listNetworks();
        const start = await context.client.createVm({
          marker,
          name: vmName ?? `contract-${marker.slice(0, 8)}`,
          guestId: GUEST_ID,
          vcpuCount: 1,
          memoryMib: 512,
          disks: [{ capacityGb: 1 }],
          nics: [{ network: network! }],
        });
        if (start.status !== "started") throw new Error("a fresh marker found an existing VM");
        await context.client.awaitTask(start.task, { timeoutMs: 30_000 });
        return marker;
      };
    });

    afterAll(async () => {
      await Promise.allSettled(clients.map((client) => client.close()));
      await context.target?.close();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`hypervisor contract against ${name}: ${seconds} s`);
    });

    it("signs in on first use and out on close; a wrong login is NOT_AUTHENTICATED", async () => {
      const calls: string[] = [];
      const client = context.connect({ onCall: (method) => calls.push(method) });
      expect((await client.listNetworks()).length).toBeGreaterThan(0);
      expect(calls.filter((method) => method === "Login")).toHaveLength(1);
      await client.close();
      expect(calls.at(-1)).toBe("Logout");

      const refused = context.connect({ password: "" });
      await expect(refused.listVms()).rejects.toMatchObject({ code: "NOT_AUTHENTICATED", faultName: "InvalidLogin" });
    });

    describeLifecycleContract(context);
    describeOperationsContract(context);
    describeGuestDiskContract(context);
    describeFailureContract(context);
    describePortGroupContract(context);
  });
}

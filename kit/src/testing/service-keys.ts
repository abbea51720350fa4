import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { createServiceClient, type ServiceClient } from "../service-trust/service-client";

export interface TestServiceKeys {
  service: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** A client signing as `service` with this key, for the given targets (subgraph → GraphQL URL). */
  client<TTarget extends string>(targets: Record<TTarget, string>): ServiceClient<TTarget>;
}

/** A fresh Ed25519 key pair for a calling service, e.g. `testServiceKeys("vms")`. */
export function testServiceKeys(service: string): TestServiceKeys {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    service,
    privateKey,
    publicKey,
    client: (targets) => createServiceClient({ service, privateKey, targets }),
  };
}

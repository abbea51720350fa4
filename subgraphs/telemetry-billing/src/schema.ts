import { buildFederatedSchema } from "@dcx/kit";
import { vmReference } from "./vm/vm.reference";
import { VmResolver } from "./vm/vm.resolver";
import { Vm } from "./vm/vm.type";

/** No root query refers to Vm, so it is listed as an orphaned type to be emitted at all. */
export const buildTelemetrySchema = () =>
  buildFederatedSchema({ resolvers: [VmResolver], orphanedTypes: [Vm] }, { Vm: vmReference });

import { badUserInput, DomainError, type ErrorCode } from "@dcx/kit";
import type { CatalogContext } from "../context";
import { findVmSizesForEstimate } from "../size/vm-size.service";
import type { EstimateRequest } from "../size/vm-size.rules";
import { estimateVmSpec, sizeNameOf, skusFor, specOf } from "./vm-estimate.service";
import type { VmEstimate } from "./vm-estimate.type";

/** How many specifications one `estimateVms` call may price: an organisation's whole estate, bounded. */
export const ESTIMATE_BATCH_MAX = 5_000;

/**
 * Prices many specifications at one instant, each exactly as `estimateVm` would, in three queries
 * however many there are: the sizes named, the prices of every SKU needed, the VAT rate. A bad
 * specification refuses the whole call, naming it (`inputs[3].memoryMib`). Reads only.
 */
export async function estimateVmRequests(ctx: CatalogContext, requests: EstimateRequest[]): Promise<VmEstimate[]> {
  if (requests.length > ESTIMATE_BATCH_MAX) {
    throw badUserInput(
      `At most ${ESTIMATE_BATCH_MAX} specifications can be estimated at once, got ${requests.length}`,
      "inputs",
    );
  }
  const names = requests.flatMap((request) => sizeNameOf(request) ?? []);
  const sizes = names.length ? await findVmSizesForEstimate(ctx.db, names) : new Map();
  // One price query for every SKU any specification needs; each estimate then reads the loader's cache.
  const skus = [...new Set(requests.flatMap((request) => skusFor(request.licences ?? [])))];
  if (requests.length) await ctx.loaders.priceInForceBySku.loadMany(skus);

  const estimates: VmEstimate[] = [];
  for (const [index, request] of requests.entries()) {
    try {
      const name = sizeNameOf(request);
      estimates.push(await estimateVmSpec(ctx, specOf(request, name ? (sizes.get(name) ?? null) : null)));
    } catch (error) {
      throw naming(error, index);
    }
  }
  return estimates;
}

/** The same refusal with its field under `inputs[index]`; errors naming no input pass as they are. */
function naming(error: unknown, index: number): unknown {
  if (!(error instanceof DomainError) || typeof error.extensions.field !== "string") return error;
  const { code, field, ...details } = error.extensions as { code: ErrorCode; field: string } & Record<string, unknown>;
  return new DomainError(code, `inputs[${index}]: ${error.message}`, {
    ...details,
    field: `inputs[${index}].${field}`,
  });
}

import {
  badUserInput,
  type Clock,
  type DocumentHandler,
  formatDocumentDate,
  readGraphqlVariable,
  systemClock,
} from "@dcx/kit";
import type { GraphQLSchema } from "graphql";
import { createCatalogContext } from "../../context";
import type { CatalogDb } from "../../product/product.store";
import type { EstimateRequest } from "../../size/vm-size.rules";
import { assertMayPrice } from "../pricing-access";
import { estimateVmRequest } from "../vm-estimate.service";
import { quoteOf } from "./quote";
import { quoteCsv } from "./quote-csv";
import { renderQuotePdf } from "./quote-pdf";

/** The longest `input` read: a specification with every disk and licence fits in a few KB. */
const INPUT_MAX_CHARS = 16_384;

/**
 * `GET /documents/quotes/vm-estimate.pdf|csv?input=<JSON of a VmEstimateInput>`: the New VM
 * form's estimate as a quote. The input is read as the graph reads `estimateVm`'s, priced by the
 * same service function under the same access rule, so the quote and `estimateVm` agree to the
 * cent and refuse the same input with the same message. Any other file name is 404.
 */
export function quoteDocuments(db: CatalogDb, schema: GraphQLSchema, clock: Clock = systemClock): DocumentHandler {
  return async ({ caller, path, query }) => {
    const format = path.length === 1 ? /^vm-estimate\.(pdf|csv)$/.exec(path[0]!)?.[1] : undefined;
    if (!format) return null;
    const ctx = createCatalogContext(db, { caller, clientAddress: "unknown" }, clock);
    assertMayPrice(ctx);
    const request = readGraphqlVariable<EstimateRequest>(schema, "input", "VmEstimateInput!", inputOf(query));
    const quote = quoteOf(request, await estimateVmRequest(ctx, request), ctx.at);
    const filename = `quote-vm-estimate-${formatDocumentDate(ctx.at)}.${format}`;
    return format === "pdf"
      ? { filename, contentType: "application/pdf", body: await renderQuotePdf(quote) }
      : { filename, contentType: "text/csv; charset=utf-8", body: quoteCsv(quote) };
  };
}

function inputOf(query: URLSearchParams): unknown {
  const text = query.get("input");
  if (text === null) throw badUserInput("Give the specification as input=<JSON of a VmEstimateInput>", "input");
  if (text.length > INPUT_MAX_CHARS) throw badUserInput(`input is longer than ${INPUT_MAX_CHARS} characters`, "input");
  try {
    return JSON.parse(text);
  } catch {
    throw badUserInput("input is not valid JSON", "input");
  }
}

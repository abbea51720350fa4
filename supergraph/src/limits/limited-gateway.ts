import type { ApolloGateway } from "@apollo/gateway";
import { queryTimeout } from "./limit-errors";

type LoadResult = Awaited<ReturnType<ApolloGateway["load"]>>;
type Executor = NonNullable<LoadResult["executor"]>;
type ExecutionContext = Parameters<Executor>[0];

/** What the limits plugin hands the execution: the caller's slot, given back when work ends. */
export interface ExecutionSlots {
  /** Called as execution starts; the returned function is called once the work has settled. */
  executionStarted(context: object): () => void;
}

/**
 * The Apollo Gateway with a time bound around planning and execution: past `timeoutMs` the
 * client gets QUERY_TIMEOUT at once, while the caller's concurrency slot stays taken until the
 * subgraphs have really answered (a caller cannot stack up abandoned work).
 */
export function withExecutionTimeout(gateway: ApolloGateway, timeoutMs: number, slots: ExecutionSlots) {
  const bounded =
    (execute: Executor): Executor =>
    (request: ExecutionContext) => {
      const settled = slots.executionStarted(request.context);
      const work = execute(request).finally(settled);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(queryTimeout(timeoutMs)), timeoutMs);
      });
      return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
    };
  return {
    onSchemaLoadOrUpdate: gateway.onSchemaLoadOrUpdate.bind(gateway),
    stop: gateway.stop.bind(gateway),
    load: async (options: Parameters<ApolloGateway["load"]>[0]): Promise<LoadResult> => {
      const loaded = await gateway.load(options);
      return { ...loaded, executor: loaded.executor && bounded(loaded.executor) };
    },
  };
}

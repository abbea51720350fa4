export interface SubgraphReadiness {
  name: string;
  url: string;
  ready: boolean;
  reason?: string;
}

/** Asks each subgraph's /ready (next to its /graphql) with a short timeout. */
export async function checkSubgraphs(urls: Map<string, string>, timeoutMs = 2000): Promise<SubgraphReadiness[]> {
  return Promise.all(
    [...urls].map(async ([name, url]) => {
      const readyUrl = url.replace(/\/graphql\/?$/, "") + "/ready";
      try {
        const response = await fetch(readyUrl, { signal: AbortSignal.timeout(timeoutMs) });
        return response.ok
          ? { name, url, ready: true }
          : { name, url, ready: false, reason: `HTTP ${response.status}` };
      } catch (error) {
        return { name, url, ready: false, reason: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}

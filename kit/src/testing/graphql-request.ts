export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** The JSON body of one operation, exactly as `graphqlRequest` sends it (what a gateway token signs). */
export const graphqlBody = (query: string, variables: Record<string, unknown> = {}): string =>
  JSON.stringify({ query, variables });

/** POSTs one operation over real HTTP, as the gateway or a browser would. */
export async function graphqlRequest<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  return postGraphqlBody<TData>(url, graphqlBody(query, variables), headers);
}

/** POSTs a body already serialised (and perhaps signed) as it is. */
export async function postGraphqlBody<TData = Record<string, unknown>>(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return (await response.json()) as GraphQLResponse<TData>;
}

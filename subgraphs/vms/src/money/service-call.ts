import { DomainError, type ServiceClient, ServiceRequestError, type ServiceResponse } from "@dcx/kit";

export type MoneyServices = ServiceClient<"wallet" | "catalog">;

const ATTEMPTS = 3;

/**
 * Sends one operation, again (identically) when no GraphQL answer came back — a lost answer
 * included, so the operation must be idempotent (every one sent here is). A target that cannot
 * be reached or refuses this service's signature is SERVICE_UNAVAILABLE: nothing was written here.
 */
export async function callService<TData>(
  services: MoneyServices,
  target: "wallet" | "catalog",
  query: string,
  variables: Record<string, unknown>,
): Promise<ServiceResponse<TData>> {
  let failure: ServiceRequestError | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    try {
      const response = await services.request<TData>(target, query, variables);
      if (response.errors?.[0]?.extensions?.code === "UNAUTHENTICATED")
        throw unavailable(target, "it does not trust vms");
      return response;
    } catch (error) {
      if (!(error instanceof ServiceRequestError)) throw error;
      failure = error;
    }
  }
  throw unavailable(target, failure!.message);
}

export const unavailable = (target: string, why: string) =>
  new DomainError("SERVICE_UNAVAILABLE", `The ${target} service cannot be used now (${why}); nothing was done`, {
    service: target,
  });

/** An answer the money gate did not expect: a bug or a version mismatch, for the log, never a guess. */
export const unexpected = (target: string, response: ServiceResponse<unknown>) =>
  new Error(`Unexpected answer from the ${target} service: ${JSON.stringify(response.errors ?? response.data)}`);

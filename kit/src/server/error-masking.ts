import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { DocumentNode, GraphQLFormattedError } from "graphql";
import { databaseErrorOf, inputRefusal } from "../db/database-error";
import { ERROR_CODES, rootCause } from "../errors";
import type { RequestIdentity } from "../gateway-trust/gateway-token";
import { currentRequest } from "../observability/request-observer";
import { fieldForDatabaseError, inputLeaves } from "./input-leaves";

/** What a request was doing when an error happened: for the error's field and for the log. */
export interface ErrorScene {
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | undefined;
  document?: DocumentNode | undefined;
  identity?: (RequestIdentity & { requestId?: string }) | undefined;
}

const IDENTITY = Symbol("request identity");

/** Codes whose messages are written for the client: ours, and GraphQL's own request checks. */
const SAFE_CODES = new Set<unknown>([
  ...ERROR_CODES,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export type ErrorLog = (entry: Record<string, unknown>) => void;
const logToStderr: ErrorLog = (entry) => console.error(JSON.stringify(entry));

/**
 * The one place a subgraph decides what an error may tell the client. Errors written for the
 * client (a `DomainError`, GraphQL's parse/validation/variable checks) pass as they are; a value
 * the database refused as malformed or out of range becomes `BAD_USER_INPUT` naming the input;
 * anything else becomes "Internal error" with an `errorId`, and its details (message, stack,
 * path, operation, caller, request id) go to the log under that id — never SQL, bound values or
 * a stack in a response, in any mode.
 */
export function createErrorMasking(subgraph: string, log: ErrorLog = logToStderr) {
  const scenes = new WeakMap<object, ErrorScene>();

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      return {
        async didEncounterErrors(request) {
          const scene: ErrorScene = {
            operationName: request.operationName ?? request.request.operationName,
            variables: request.request.variables,
            document: request.document,
            identity: (request.contextValue as { [IDENTITY]?: ErrorScene["identity"] })[IDENTITY],
          };
          for (const error of request.errors) scenes.set(error, scene);
        },
      };
    },
  };

  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const scene: ErrorScene = (error && typeof error === "object" && scenes.get(error)) || {};
    const database = databaseErrorOf(error);
    if (database) {
      const refusal = inputRefusal(database.code);
      if (refusal) {
        const field = fieldForDatabaseError(database, inputLeaves(scene.document, scene.variables));
        log({ level: "warn", subgraph, event: "input refused by the database", sqlstate: database.code, field });
        return clientError(formatted, "BAD_USER_INPUT", `${field ? `Input ${field}` : "The input"} ${refusal}`, field);
      }
      if (database.code === "23505") {
        return clientError(formatted, "CONFLICT", "This conflicts with something that already exists");
      }
    } else if (SAFE_CODES.has(formatted.extensions?.code)) {
      return withField(withoutStack(formatted));
    }
    return masked(formatted, error, scene);
  };

  const masked = (formatted: GraphQLFormattedError, error: unknown, scene: ErrorScene): GraphQLFormattedError => {
    const errorId = randomUUID();
    const cause = rootCause(error);
    log({
      level: "error",
      subgraph,
      errorId,
      message: cause instanceof Error ? cause.message : String(cause),
      stack: cause instanceof Error ? cause.stack : undefined,
      sqlstate: databaseErrorOf(error)?.code,
      path: formatted.path,
      operationName: scene.operationName ?? null,
      callerOrganization: scene.identity?.caller?.organizationId ?? null,
      service: scene.identity?.service ?? null,
      requestId: currentRequest()?.requestId ?? scene.identity?.requestId ?? null,
    });
    return {
      message: "Internal error",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
    };
  };

  return {
    plugin,
    formatError,
    /**
     * Remembers on the context who made the request, for the log. A symbol property, because
     * Apollo hands plugins a shallow copy of the context, not the object itself.
     */
    rememberIdentity(context: object, identity: ErrorScene["identity"]) {
      (context as { [IDENTITY]?: ErrorScene["identity"] })[IDENTITY] = identity;
    },
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/** GraphQL's variable checks name the variable in the message only; `field` makes it a value. */
function withField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== "BAD_USER_INPUT" || formatted.extensions.field) return formatted;
  const field = fieldOfVariableError(formatted.message);
  return field ? { ...formatted, extensions: { ...formatted.extensions, field } } : formatted;
}

/** The input a GraphQL variable error names: `input.vcpuCount` for `Variable "$input" got … at "input.vcpuCount"; …`. */
export function fieldOfVariableError(message: string): string | undefined {
  const match = /^Variable "\$([^"]+)"(?: got invalid value .*? at "([^"]+)";)?/s.exec(message);
  return match ? (match[2] ?? match[1]) : undefined;
}

function clientError(
  formatted: GraphQLFormattedError,
  code: string,
  message: string,
  field?: string,
): GraphQLFormattedError {
  return {
    message,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code, ...(field ? { field } : {}) },
  };
}

import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTenancySchema } from "../schema";
import { openTenancyWorld, type TenancyWorld } from "../tenancy-world.testing";

/**
 * The only root fields a caller who has not signed in may use: signing in, the gateway's own
 * look-ups (@inaccessible) and the federation fields (`_entities` answers null for every
 * organisation).
 */
const PUBLIC = [
  "Query._entities",
  "Query._service",
  "Query.internalApiKeyCaller",
  "Query.internalSessionCaller",
  "Query.signInOptions",
  "Mutation.completeSingleSignOn",
  "Mutation.refreshSession",
  "Mutation.requestSignInCode",
  "Mutation.signIn",
  "Mutation.startSingleSignOn",
];

/** A well-formed value of any input type, so that only authentication can refuse the operation. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sample(field.type)]));
  }
  if (isScalarType(type)) {
    return { ID: "6f1c2a4e-0000-4000-8000-000000000001", Boolean: false, Int: 1 }[type.name] ?? "value";
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationFor(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>) {
  const args = field.args as readonly GraphQLArgument[];
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
  return {
    source: `${kind}${declarations ? `(${declarations})` : ""} { ${field.name}${passing ? `(${passing})` : ""}${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type)])),
  };
}

describe("a caller who has not signed in", () => {
  let world: TenancyWorld;
  beforeAll(async () => {
    world = await openTenancyWorld();
  });
  afterAll(() => world.close());

  it("gets UNAUTHENTICATED from every root field but the public ones, and the public ones are exactly these", async () => {
    const schema = await buildTenancySchema();
    const refused: string[] = [];
    const answered: string[] = [];
    for (const [kind, type] of [
      ["query", schema.getQueryType()!],
      ["mutation", schema.getMutationType()!],
    ] as const) {
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (PUBLIC.includes(name)) {
          answered.push(name);
          continue;
        }
        const { source, variables } = operationFor(kind, field);
        const result = await world.subgraph.request(source, variables, { as: null });
        expect(
          result.errors?.map((error) => error.extensions?.code),
          `${name}: ${source}`,
        ).toEqual(["UNAUTHENTICATED"]);
        expect(result.data?.[field.name] ?? null, name).toBeNull();
        refused.push(name);
      }
    }
    expect(answered.sort()).toEqual([...PUBLIC].sort());
    // A new root field lands in one list or the other; these are the ones refused today.
    expect(refused.sort()).toEqual(
      [
        "Query.organization",
        "Query.organizations",
        "Query.me",
        "Query.mySessions",
        "Query.apiKeys",
        "Query.organizationContacts",
        "Query.organizationInvoiceParties",
        "Mutation.updateBillingDetails",
        "Mutation.signOut",
        "Mutation.revokeSession",
        "Mutation.createApiKey",
        "Mutation.revokeApiKey",
        "Mutation.createOrganization",
        "Mutation.createUser",
        "Mutation.updateUserRole",
        "Mutation.disableUser",
        "Query.singleSignOnLogoutUrl",
        "Mutation.setSingleSignOn",
        "Mutation.clearSingleSignOn",
      ].sort(),
    );
  });

  it("gets null for every Organization reference", async () => {
    const reps = Object.values(world.orgs).map((org) => ({ __typename: "Organization", id: org.id }));
    const result = await world.subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { id name } } }`,
      { reps },
      { as: null },
    );
    expect(result).toEqual({ data: { _entities: reps.map(() => null) } });
  });
});

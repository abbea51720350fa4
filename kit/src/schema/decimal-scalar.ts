import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

function assertDecimal(value: unknown): string {
  if (typeof value === "string" && DECIMAL_PATTERN.test(value)) return value;
  if (typeof value === "bigint") return value.toString();
  throw new GraphQLError(`Decimal must be a string such as "1234.56", got ${JSON.stringify(String(value))}`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

/**
 * An exact decimal number carried as a string ("1234.56"), so money and prices never pass
 * through a binary float or a 32-bit GraphQL Int on their way to a client.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  description: 'An exact decimal number serialised as a string, e.g. "1234.56".',
  serialize: assertDecimal,
  parseValue: assertDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return assertDecimal(ast.value);
    throw new GraphQLError("Decimal literals must be strings", { extensions: { code: "BAD_USER_INPUT" } });
  },
});

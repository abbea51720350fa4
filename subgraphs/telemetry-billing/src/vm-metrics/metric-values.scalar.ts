import { GraphQLError, GraphQLScalarType } from "graphql";

function assertValues(value: unknown): (number | null)[] {
  if (Array.isArray(value) && value.every((item) => item === null || Number.isFinite(item))) {
    return value as (number | null)[];
  }
  throw new GraphQLError("MetricValues must be an array of finite numbers or nulls");
}

/**
 * A metric's values, one per bucket, as one JSON array of numbers (null where a bucket has no
 * sample). A series is a leaf of the graph: the subgraph and the gateway pass it on whole instead
 * of completing each of its (up to 2 000) numbers as a `Float` of its own, which is where a long
 * window's time went. The answer's JSON is the same as a `[Float]`'s.
 */
export const MetricValuesScalar = new GraphQLScalarType<(number | null)[], (number | null)[]>({
  name: "MetricValues",
  description: "Numbers, one per bucket of the window, null where the bucket has no sample; a JSON array.",
  serialize: assertValues,
  parseValue() {
    throw new GraphQLError("MetricValues is an output type", { extensions: { code: "BAD_USER_INPUT" } });
  },
  parseLiteral() {
    throw new GraphQLError("MetricValues is an output type", { extensions: { code: "BAD_USER_INPUT" } });
  },
});

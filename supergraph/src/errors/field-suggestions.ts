import type { ApolloServerPlugin } from "@apollo/server";
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import type { GraphQLError } from "graphql";

type ValidateEnd = (payload: {
  valid: boolean;
  result: readonly GraphQLError[];
  setResult: (errors: readonly GraphQLError[]) => void;
}) => void;

/**
 * graphql-armor's block-field-suggestions, run where Apollo Server validates: it rewrites each
 * validation error's "Did you mean …?" in place, so production does not map the schema for a
 * caller who guesses field names. (Variable errors are cleaned by the gateway's error formatter.)
 */
export function blockFieldSuggestions(): ApolloServerPlugin {
  const armor = blockFieldSuggestionsPlugin({ mask: "" }) as unknown as { onValidate: () => ValidateEnd };
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          const onValidateEnd = armor.onValidate();
          return async (errors) => {
            if (errors?.length)
              onValidateEnd({ valid: false, result: errors as readonly GraphQLError[], setResult: () => undefined });
          };
        },
      };
    },
  };
}

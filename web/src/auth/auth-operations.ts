import { graphql } from "../gql";

/**
 * Asking for a sign-in code is an ordinary graph mutation. Signing in, refreshing and signing
 * out go to the gateway's session routes instead (`auth-api.ts`), which set and clear the refresh
 * cookie; their selection is the gateway's (`supergraph/src/session/session-documents.ts`).
 */
export const RequestSignInCodeMutation = graphql(`
  mutation RequestSignInCode($email: String!) {
    requestSignInCode(email: $email) {
      accepted
      expiresInSeconds
    }
  }
`);

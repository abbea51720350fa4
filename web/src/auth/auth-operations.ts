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

/** Whether an address's domain signs in by single sign-on, and whether codes are still allowed. */
export const SignInOptionsQuery = graphql(`
  query SignInOptions($email: String!) {
    signInOptions(email: $email) {
      singleSignOn
      emailCode
    }
  }
`);

/** The IdP's authorization URL for the address's organisation; the IdP returns to `redirectUri`. */
export const StartSingleSignOnMutation = graphql(`
  mutation StartSingleSignOn($email: String!, $redirectUri: String!) {
    startSingleSignOn(email: $email, redirectUri: $redirectUri) {
      authorizationUrl
    }
  }
`);

/** For a single sign-on session: where the browser ends the IdP's session too. */
export const SingleSignOnLogoutUrlQuery = graphql(`
  query SingleSignOnLogoutUrl($postLogoutRedirectUri: String!) {
    singleSignOnLogoutUrl(postLogoutRedirectUri: $postLogoutRedirectUri)
  }
`);

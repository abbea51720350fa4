import { graphql } from "../gql";

/** What signing in and refreshing return: the token pair and who it belongs to. */
export const AuthApi_SessionTokensFragment = graphql(`
  fragment AuthApi_SessionTokensFragment on SessionTokens {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      email
      displayName
      role
      organization {
        id
        name
        kind
      }
    }
  }
`);

export const RequestSignInCodeMutation = graphql(`
  mutation RequestSignInCode($email: String!) {
    requestSignInCode(email: $email) {
      accepted
      expiresInSeconds
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $code: String!) {
    signIn(email: $email, code: $code) {
      ...AuthApi_SessionTokensFragment
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...AuthApi_SessionTokensFragment
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

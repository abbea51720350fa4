import { graphql } from "../gql";

export const SingleSignOnQuery = graphql(`
  query SingleSignOnSettings($id: ID!) {
    organization(id: $id) {
      id
      singleSignOn {
        issuer
        clientId
        clientSecretSet
        emailDomains
        allowEmailCodes
        jitProvisioning
        jitDefaultRole
        updatedAt
      }
    }
  }
`);

export const SetSingleSignOnMutation = graphql(`
  mutation SetSingleSignOn($organizationId: ID!, $input: SingleSignOnInput!) {
    setSingleSignOn(organizationId: $organizationId, input: $input) {
      issuer
      clientSecretSet
      emailDomains
      updatedAt
    }
  }
`);

export const ClearSingleSignOnMutation = graphql(`
  mutation ClearSingleSignOn($organizationId: ID!) {
    clearSingleSignOn(organizationId: $organizationId)
  }
`);

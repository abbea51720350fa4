import { graphql } from "../gql";

/** The changes the Team page makes; each answers what it changed, and the page reads its lists again. */
export const CreateUserMutation = graphql(`
  mutation TeamCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
    }
  }
`);

export const UpdateUserRoleMutation = graphql(`
  mutation TeamUpdateUserRole($userId: ID!, $role: UserRole!) {
    updateUserRole(userId: $userId, role: $role) {
      id
      role
    }
  }
`);

export const DisableUserMutation = graphql(`
  mutation TeamDisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      id
      disabledAt
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation TeamCreateApiKey($name: String!, $readOnly: Boolean!) {
    createApiKey(name: $name, readOnly: $readOnly) {
      secret
      apiKey {
        id
        name
        secretPrefix
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation TeamRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation TeamRevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

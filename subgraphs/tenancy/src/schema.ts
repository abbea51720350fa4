import { buildFederatedSchema } from "@dcx/kit";
import { ApiKeyResolver } from "./api-key/api-key.resolver";
import { BillingDetailsResolver } from "./billing-details/billing-details.resolver";
import { InternalCallerResolver } from "./internal-caller/internal-caller.resolver";
import { InvoicePartiesResolver } from "./invoice-parties/invoice-parties.resolver";
import { ManageOrganizationsResolver } from "./organization/manage-organizations.resolver";
import { organizationReference } from "./organization/organization.reference";
import { OrganizationResolver } from "./organization/organization.resolver";
import { OrganizationScopeResolver } from "./organization/organization-scope.resolver";
import { OrganizationContactsResolver } from "./organization-contacts/organization-contacts.resolver";
import { SessionResolver } from "./session/session.resolver";
import { SignInResolver } from "./sign-in/sign-in.resolver";
import { SsoResolver } from "./sso/sso.resolver";
import { ManageUsersResolver } from "./user/manage-users.resolver";
import { OrganizationUsersResolver, UserResolver } from "./user/user.resolver";

export const buildTenancySchema = () =>
  buildFederatedSchema(
    {
      resolvers: [
        OrganizationResolver,
        OrganizationScopeResolver,
        OrganizationUsersResolver,
        UserResolver,
        SignInResolver,
        SessionResolver,
        ApiKeyResolver,
        InternalCallerResolver,
        OrganizationContactsResolver,
        InvoicePartiesResolver,
        BillingDetailsResolver,
        ManageOrganizationsResolver,
        ManageUsersResolver,
        SsoResolver,
      ],
    },
    { Organization: organizationReference },
  );

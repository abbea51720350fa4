import { requireCaller } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { TenancyContext } from "../context";
import { Organization } from "../organization/organization.type";
import { SessionTokens } from "../session/session.type";
import { clearSsoAs, configureSsoAs, signInOptionsFor, toSingleSignOn } from "./sso-config.service";
import { SignInOptions, SingleSignOn, SingleSignOnInput } from "./sso-config.type";
import { ssoLogoutUrl } from "./sso-logout.service";
import { completeSsoSignIn, startSsoSignIn } from "./sso-sign-in.service";
import { SingleSignOnStart } from "./sso-sign-in.type";

@Resolver(() => Organization)
export class SsoResolver {
  @FieldResolver(() => SingleSignOn, {
    nullable: true,
    description:
      "The organisation's single sign-on: null when it has none, and for every caller but its own owners and admins and the provider's.",
  })
  async singleSignOn(@Root() org: Organization, @Ctx() ctx: TenancyContext): Promise<SingleSignOn | null> {
    const row = await ctx.loaders.ssoConfigurationByOrganizationId.load(org.id);
    return row ? toSingleSignOn(row) : null;
  }

  @Mutation(() => SingleSignOn, {
    description:
      "Sets the organisation's single sign-on (its owners, or the provider's owners and admins). The IdP's discovery is checked first: BAD_USER_INPUT on `issuer` when it does not answer for that issuer; CONFLICT when another organisation holds one of the domains. Nothing is written on any error.",
  })
  setSingleSignOn(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("input", () => SingleSignOnInput) input: SingleSignOnInput,
    @Ctx() ctx: TenancyContext,
  ): Promise<SingleSignOn> {
    return configureSsoAs(ctx.db, ctx.sso, ctx.caller, organizationId, input);
  }

  @Mutation(() => Boolean, {
    description: "Removes the organisation's single sign-on; its users sign in with e-mail codes again.",
  })
  clearSingleSignOn(
    @Arg("organizationId", () => ID) organizationId: string,
    @Ctx() ctx: TenancyContext,
  ): Promise<boolean> {
    return clearSsoAs(ctx.db, ctx.caller, organizationId);
  }

  @Query(() => SignInOptions, {
    description:
      "How an address may sign in: single sign-on when its domain belongs to an organisation's IdP, and whether e-mail codes are allowed. Says nothing about whether the address has an account.",
  })
  signInOptions(@Arg("email", () => String) email: string, @Ctx() ctx: TenancyContext): Promise<SignInOptions> {
    return signInOptionsFor(ctx.db, email);
  }

  @Mutation(() => SingleSignOnStart, {
    description:
      "Starts single sign-on for the address's organisation; the IdP sends the browser back to `redirectUri` (registered with the IdP), where completeSingleSignOn finishes.",
  })
  startSingleSignOn(
    @Arg("email", () => String) email: string,
    @Arg("redirectUri", () => String) redirectUri: string,
    @Ctx() ctx: TenancyContext,
  ): Promise<SingleSignOnStart> {
    return startSsoSignIn(ctx.db, ctx.sso, { email, redirectUri });
  }

  @Mutation(() => SessionTokens, {
    description:
      "Finishes single sign-on with the URL the IdP redirected to and starts a session exactly as signIn does. UNAUTHENTICATED for a wrong, used or expired state, an answer that does not validate, an address the organisation does not vouch for, an unknown person without just-in-time provisioning, or a disabled user.",
  })
  completeSingleSignOn(
    @Arg("callbackUrl", () => String) callbackUrl: string,
    @Arg("userAgent", () => String, { nullable: true, description: "The browser's User-Agent, for 'Your sessions'." })
    userAgent: string | null,
    @Ctx() ctx: TenancyContext,
  ): Promise<SessionTokens> {
    return completeSsoSignIn(ctx.db, ctx, { callbackUrl, clientAddress: ctx.clientAddress, userAgent });
  }

  @Query(() => String, {
    nullable: true,
    description:
      "For a session signed in by single sign-on: the IdP's end-session URL (with id_token_hint and postLogoutRedirectUri) to send the browser to after signOut; null otherwise.",
  })
  singleSignOnLogoutUrl(
    @Arg("postLogoutRedirectUri", () => String) postLogoutRedirectUri: string,
    @Ctx() ctx: TenancyContext,
  ): Promise<string | null> {
    requireCaller(ctx.caller);
    return ssoLogoutUrl(ctx.db, ctx.sso, ctx.caller, postLogoutRedirectUri);
  }
}

import { requestSignInCode } from "../sign-in/request-sign-in-code";
import { codeIn, mailHandedOver, type SignInWorld } from "../sign-in/sign-in.testing";
import type { User } from "../user/user.type";
import { signIn } from "./sign-in";

/** Signs the user in the way a person does: asks for a code, reads it from the mail, signs in. */
export async function signInWithCode(world: SignInWorld, user: User, clientAddress = "198.51.100.20") {
  await requestSignInCode(world.database.db, world.deps, { email: user.email, clientAddress });
  await mailHandedOver();
  const code = codeIn(world.mailer.messages.filter((message) => message.to === user.email).at(-1));
  return signIn(world.database.db, world.tenancy, { email: user.email, code, clientAddress });
}

import { useAuthState } from "./auth/auth-context";
import { SessionRestoring } from "./components/SessionRestoring";
import { SignedInApp } from "./components/SignedInApp";
import { SignInPage } from "./sign-in/SignInPage";

export function App() {
  const state = useAuthState();
  switch (state.status) {
    case "restoring":
      return <SessionRestoring problem={state.problem} />;
    case "signed-out":
      return <SignInPage notice={state.notice} />;
    case "signed-in":
      return <SignedInApp key={state.user.id} user={state.user} />;
  }
}

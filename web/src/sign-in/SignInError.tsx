export function SignInError({ message, id }: { message: string; id: string }) {
  return (
    <p className="sign-in-error" id={id} role="alert" data-testid="sign-in-error">
      {message}
    </p>
  );
}

// A server component: rendered on the server, with the client component below in its HTML.
import { SignIn } from './sign-in';

export default function Page() {
  return (
    <main>
      <h1>Sign in</h1>
      <SignIn />
    </main>
  );
}

// A server component: its HTML holds <recovery-provider support-url="/help"> and, from the
// client component inside, <two-factor-reset open="">. Attributes only cross from here; the
// client object and the listener are the client component's.
import { RecoveryProvider } from 'two-factor-recovery/react';
import { SignIn } from './sign-in';

export default function Page() {
  return (
    <main>
      <h1>Sign in</h1>
      <RecoveryProvider supportUrl="/help" siteName="Example">
        <SignIn />
      </RecoveryProvider>
    </main>
  );
}

'use client';
// The wrappers set properties and listeners in an effect, so both arrive after hydration.
import { useState } from 'react';
import { createMemoryClient } from 'two-factor-recovery/memory-client';
import { RecoveryProvider, TwoFactorReset } from 'two-factor-recovery/react';

export function SignIn() {
  // The memory client runs the backend's rules in the page; a real app passes
  // `createHttpClient({ baseUrl: '/api/2fa' })`, or `apiBase="/api/2fa"`.
  const [client] = useState(createMemoryClient);
  const [steps, setSteps] = useState<string[]>([]);
  return (
    <>
      <RecoveryProvider client={client} supportUrl="/help">
        <TwoFactorReset
          open
          onRecoveryStepChange={(event) => setSteps((all) => [...all, event.detail.step])}
        />
      </RecoveryProvider>
      <h2>Steps</h2>
      <ol id="steps">
        {steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
    </>
  );
}

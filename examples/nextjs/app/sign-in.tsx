'use client';
// The wrappers set properties and listeners in an effect, so both arrive after hydration.
import { useState } from 'react';
import { createMemoryClient } from 'two-factor-recovery/memory-client';
import { TwoFactorReset } from 'two-factor-recovery/react';

export function SignIn() {
  // The memory client runs the backend's rules in the page; a real app passes
  // `createHttpClient({ baseUrl: '/api/2fa' })`, or sets `apiBase="/api/2fa"` on the provider.
  const [client] = useState(createMemoryClient);
  const [steps, setSteps] = useState<string[]>([]);
  return (
    <>
      <TwoFactorReset
        client={client}
        open
        onRecoveryStepChange={(event) => setSteps((all) => [...all, event.detail.step])}
      />
      <h2>Steps</h2>
      <ol id="steps">
        {steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
    </>
  );
}

import { useState } from 'react';
import { createMemoryClient } from 'two-factor-recovery/memory-client';
import { RecoveryProvider, TwoFactorReset } from 'two-factor-recovery/react';

export function App() {
  // The memory client runs the backend's rules in the page; a real app passes
  // `createHttpClient({ baseUrl: '/api/2fa' })`, or `apiBase="/api/2fa"`.
  const [client] = useState(createMemoryClient);
  const [steps, setSteps] = useState<string[]>([]);
  return (
    <main>
      <h1>Sign in</h1>
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
    </main>
  );
}

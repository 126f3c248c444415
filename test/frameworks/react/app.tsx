// A React 19 app as an integrator writes it: the package's types, no declaration of its own.
import { useRef } from 'react';
import { createHttpClient, type TwoFactorReset } from 'two-factor-recovery';
import 'two-factor-recovery/recovery-provider';
import 'two-factor-recovery/two-factor-reset';
import type {} from 'two-factor-recovery/react';

const client = createHttpClient({ baseUrl: '/api/2fa' });

export function SignIn({ onStep }: { onStep: (step: string) => void }) {
  const reset = useRef<TwoFactorReset>(null);
  return (
    <recovery-provider api-base="/api/2fa" support-url="/help">
      <two-factor-reset open onrecovery-step-change={(e) => e.detail.step} />
      <two-factor-reset
        ref={reset}
        client={client}
        strings={{ useRecoveryKey: 'Use your recovery key' }}
        className="reset"
        onrecovery-step-change={(event) => onStep(event.detail.step)}
        onrecovery-key-redeemed={(event) => {
          if (event.detail.redirectUrl === null) event.preventDefault();
        }}
        onsupport-requested={(event) => event.detail.reason satisfies string}
      />
      <two-factor-admin-reset
        user-id="ada@example.com"
        ontwo-factor-admin-reset={(event) => onStep(event.detail.resetAt)}
      />
      {/* @ts-expect-error: a step change carries a step, nothing else */}
      <two-factor-reset onrecovery-step-change={(e) => e.detail.code} />
      {/* @ts-expect-error: `open` is a boolean */}
      <two-factor-reset open={1} />
      {/* @ts-expect-error: an element that does not exist */}
      <two-factor-nothing />
    </recovery-provider>
  );
}

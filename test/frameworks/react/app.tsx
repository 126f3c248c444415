// A React 19 app as an integrator writes it: the package's types, no declaration of its own.
import { useRef } from 'react';
import { createHttpClient, type TwoFactorReset } from 'two-factor-recovery';
import 'two-factor-recovery/recovery-provider';
import 'two-factor-recovery/two-factor-reset';
import type {} from 'two-factor-recovery/react';
import * as Tfr from 'two-factor-recovery/react';

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

// The wrapper components: camel-case props, on<EventName> listeners typed with the event classes.
export function WithWrappers({ onStep }: { onStep: (step: string) => void }) {
  const reset = useRef<TwoFactorReset>(null);
  return (
    <Tfr.RecoveryProvider apiBase="/api/2fa" supportUrl="/help" client={client}>
      <Tfr.TwoFactorReset
        ref={reset}
        open
        strings={{ useRecoveryKey: 'Use your recovery key' }}
        className="reset"
        onRecoveryStepChange={(event) => onStep(event.detail.step)}
        onRecoveryKeyRedeemed={(event) => {
          if (event.detail.redirectUrl === null) event.preventDefault();
        }}
      />
      <Tfr.TwoFactorAdminReset
        userId="ada@example.com"
        onTwoFactorAdminReset={(event) => onStep(event.detail.resetAt)}
      />
      <Tfr.BackupMethodManager
        noWarning
        onBackupMethodChanged={(e) => e.detail.backupMethod.type}
      />
      {/* @ts-expect-error: a step change carries a step, nothing else */}
      <Tfr.TwoFactorReset onRecoveryStepChange={(e) => e.detail.code} />
      {/* @ts-expect-error: `open` is a boolean */}
      <Tfr.TwoFactorReset open={1} />
      {/* @ts-expect-error: <two-factor-reset> fires no admin reset */}
      <Tfr.TwoFactorReset onTwoFactorAdminReset={() => {}} />
    </Tfr.RecoveryProvider>
  );
}

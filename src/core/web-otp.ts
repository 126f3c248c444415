/**
 * WebOTP: where the browser has it, an SMS code fills itself in. Asked for while an SMS
 * challenge is on screen; given up when the step goes away or the user submits by hand.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WebOtpController implements ReactiveController {
  private abort?: AbortController;

  constructor(
    host: ReactiveControllerHost,
    private readonly onCode: (code: string) => void,
  ) {
    host.addController(this);
  }

  start(): void {
    this.stop();
    if (!('OTPCredential' in window) || !navigator.credentials) return;
    const abort = (this.abort = new AbortController());
    const request = {
      otp: { transport: ['sms'] },
      signal: abort.signal,
    } as CredentialRequestOptions;
    navigator.credentials.get(request).then(
      (credential) => {
        const code = (credential as { code?: unknown } | null)?.code;
        if (!abort.signal.aborted && typeof code === 'string') this.onCode(code);
      },
      () => {}, // aborted, or the browser gave up: the user types the code
    );
  }

  stop(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}

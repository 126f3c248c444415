import { RecoveryKeyRedeemedEvent } from './events.js';

/** After a recovery-key sign-in: `recovery-key-redeemed`, then the redirect unless the host cancelled it. */
export function finishRedeem(host: HTMLElement, redirectUrl: string | null): void {
  const event = new RecoveryKeyRedeemedEvent({ redirectUrl });
  host.dispatchEvent(event);
  if (!event.defaultPrevented && redirectUrl) window.location.assign(redirectUrl);
}

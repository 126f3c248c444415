/** What the reference backend "sends": every message lands in the outbox for the demo and tests. */
import { isoTime, type Context } from './context.js';
import { pushBounded, type Account, type OutboxMessage } from './state.js';

function send(ctx: Context, message: Omit<OutboxMessage, 'sentAt'>): void {
  pushBounded(ctx.state.outbox, { ...message, sentAt: isoTime(ctx.now) });
}

/** A one-time code by email, or by SMS in the format the browser's WebOTP reads. */
export function sendCode(
  ctx: Context,
  to: string,
  channel: 'email' | 'sms',
  kind: 'recovery-code' | 'backup-method-code' | 'step-up-code',
  code: string,
): void {
  const minutes = Math.max(1, Math.round(ctx.limits.codeTtlSeconds / 60));
  const text =
    channel === 'sms'
      ? `${code} is your ${ctx.site.name} verification code. It expires in ${minutes} minutes.\n\n@${new URL(ctx.site.origin).hostname} #${code}`
      : `Your ${ctx.site.name} verification code is ${code}. It expires in ${minutes} minutes. If you did not ask for it, you can ignore this email.`;
  send(ctx, { to, channel, kind, code, text });
}

/** The email that lets the user set 2FA up again, on the same device or a new one. */
export function sendSetupEmail(ctx: Context, account: Account): void {
  const link = new URL(ctx.site.setupPath, ctx.site.origin).href;
  send(ctx, {
    to: account.email,
    channel: 'email',
    kind: 'setup-email',
    code: null,
    text: `Set up 2-factor authentication for ${ctx.site.name} again, on the same device or a new one: ${link}`,
  });
}

/** Tells the account's owner, on their account email, that something protecting it changed. */
export function sendSecurityNotice(ctx: Context, account: Account, change: string): void {
  send(ctx, {
    to: account.email,
    channel: 'email',
    kind: 'security-notice',
    code: null,
    text: `Security notice from ${ctx.site.name}: ${change}. If this wasn't you, contact support straight away.`,
  });
}

export function sendAdminResetNotice(ctx: Context, account: Account): void {
  send(ctx, {
    to: account.email,
    channel: 'email',
    kind: 'admin-reset',
    code: null,
    text:
      `An administrator reset 2-factor authentication on your ${ctx.site.name} account. ` +
      'Set it up again when you next sign in, then add a backup method so you can reset it yourself next time.',
  });
}

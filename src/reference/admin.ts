/** What support staff and account admins can do: look a user's 2FA up, and reset it with a reason. */
import { fail, isoTime, type Context } from './context.js';
import type { Handlers } from './handlers.js';
import { sendAdminResetNotice } from './outbox.js';
import { noStepUp, noStreak } from './state.js';
import { statusOf } from './status.js';

function findUser(ctx: Context, userId: string) {
  const user = ctx.state.users[userId.trim().toLowerCase()];
  if (!user) fail('not_found', { message: 'No such user.' });
  return user;
}

export const adminHandlers: Handlers<'adminGetUser' | 'adminResetTwoFactor'> = {
  adminGetUser(ctx, { userId }) {
    const user = findUser(ctx, userId);
    return { userId: user.userId, displayName: user.displayName, status: statusOf(user) };
  },

  adminResetTwoFactor(ctx, { userId, reason }) {
    const user = findUser(ctx, userId);
    // 2FA off, every lock lifted and every pending proof ended; the backup method stays.
    user.primary = null;
    user.recoveryKey = null;
    user.failures = 0;
    user.stepUp = noStepUp();
    user.redeemStreak = noStreak();
    for (const table of [ctx.state.challenges, ctx.state.enrollments, ctx.state.recoveryTokens]) {
      for (const [key, entry] of Object.entries(table))
        if (entry.userId === user.userId) delete table[key];
    }
    ctx.state.adminResets.push({ userId: user.userId, reason, at: isoTime(ctx.now) });
    sendAdminResetNotice(ctx, user);
    return { resetAt: isoTime(ctx.now) };
  },
};

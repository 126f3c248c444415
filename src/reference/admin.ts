/** What support staff and account admins can do: look a user's 2FA up, and reset it with a reason. */
import { fail, findUser, isoTime, type Context } from './context.js';
import type { Handlers } from './handlers.js';
import { sendAdminResetNotice } from './outbox.js';
import { noStepUp, noStreak, pushBounded } from './state.js';
import { statusOf } from './status.js';

/** The user an admin names. Anyone else learns nothing, not even whether the user exists. */
function userForAdmin(ctx: Context, userId: string) {
  if (!ctx.user.admin) fail('forbidden', { message: 'Only an admin may do this.' });
  const user = findUser(ctx.state, userId);
  if (!user) fail('not_found', { message: 'No such user.' });
  return user;
}

export const adminHandlers: Handlers<'adminGetUser' | 'adminResetTwoFactor'> = {
  adminGetUser(ctx, { userId }) {
    const user = userForAdmin(ctx, userId);
    return { userId: user.userId, displayName: user.displayName, status: statusOf(user) };
  },

  adminResetTwoFactor(ctx, { userId, reason }) {
    const user = userForAdmin(ctx, userId);
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
    const resetAt = isoTime(ctx.now);
    pushBounded(ctx.state.adminResets, {
      userId: user.userId,
      by: ctx.user.userId,
      reason,
      resetAt,
    });
    sendAdminResetNotice(ctx, user);
    return { resetAt };
  },
};

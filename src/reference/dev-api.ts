/**
 * The reference backend's development endpoints (CONTRACT.md §1): for the demo and tests only,
 * never called by the elements. Kept apart from the wire contract so no element bundle holds them.
 */
import * as z from 'zod/mini';

export const demoAccountNames = [
  'no-backup',
  'email-backup',
  'phone-backup',
  'sms-primary',
  'step-up',
] as const;
export type DemoAccountName = (typeof demoAccountNames)[number];

/** Requests with this header use a store of their own, so parallel tests do not share state. */
export const demoSessionHeader = 'X-Demo-Session';
export const demoSessionPattern = /^[\w-]{1,64}$/;
/** Requests with this header are signed in as that user (default `ada@example.com`). */
export const demoUserHeader = 'X-Demo-User';

export const devEndpoints = {
  outbox: { method: 'GET', path: '/__dev/outbox', request: z.object({}) },
  reset: {
    method: 'POST',
    path: '/__dev/reset',
    request: z.object({
      account: z.enum(demoAccountNames),
      /** An extension: require step-up on any demo account, not only "step-up". */
      stepUpRequired: z.optional(z.boolean()),
    }),
  },
  totp: { method: 'GET', path: '/__dev/totp', request: z.object({}) },
  clock: {
    method: 'POST',
    path: '/__dev/clock',
    request: z.object({ advanceSeconds: z.number().check(z.gte(0), z.lte(366 * 24 * 3600)) }),
  },
  adminLog: { method: 'GET', path: '/__dev/admin-log', request: z.object({}) },
} as const;

export type DevEndpoint = keyof typeof devEndpoints;

/** `GET /__dev/totp`: the demo account's current authenticator code, and (an extension) that of the newest pending enrolment. */
export interface DevTotp {
  code: string | null;
  enrollmentCode: string | null;
}

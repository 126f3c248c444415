/** What any backend must do with requests off the contract; no development endpoints needed. */
import { operationNames, operations } from '../../api/contract.js';
import { check, equal, expectError } from '../assert.js';
import { rule } from '../rule.js';

const posts = operationNames.filter((name) => operations[name].method === 'POST');
/** The operations whose request has fields: an empty body is off the contract for them. */
const withFields = posts.filter(
  (name) => Object.keys((operations[name].request as { shape: object }).shape).length > 0,
);
const inheritedIds = ['__proto__', 'constructor', 'valueOf', 'toString', 'hasOwnProperty'];

export const requestRules = [
  rule({
    id: 'status.shape',
    title: 'getStatus answers a Status',
    async run(t) {
      await t.client.getStatus({});
    },
  }),

  rule({
    id: 'input.off-contract-body',
    title: 'every operation answers invalid_request to a body off the contract, and keeps nothing',
    async run(t) {
      const before = await t.client.getStatus({});
      await expectError(t.unchecked('stepUp', { code: 'twelve' }), 'invalid_request');
      for (const name of withFields) {
        const fields = Object.keys((operations[name].request as { shape: object }).shape);
        await expectError(t.unchecked(name, {}), 'invalid_request');
        await expectError(
          t.unchecked(name, Object.fromEntries(fields.map((field) => [field, 12]))),
          'invalid_request',
        );
      }
      equal(await t.client.getStatus({}), before, 'the status afterwards');
    },
  }),

  rule({
    id: 'input.json-only',
    title: 'every POST takes application/json only: anything else is 415 invalid_request',
    needs: ['http'],
    async run(t) {
      for (const operation of posts) {
        for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
          const answer = await t.raw!({ operation, headers: { 'Content-Type': type }, body: '[]' });
          equal(answer, { status: 415, code: 'invalid_request' }, `${operation} as ${type}`);
        }
      }
    },
  }),

  rule({
    id: 'input.size',
    title: 'a 1 MiB body is refused with 413 (or 400) invalid_request',
    needs: ['http'],
    async run(t) {
      const body = JSON.stringify({ recoveryKey: 'A'.repeat(1024 * 1024) });
      const answer = await t.raw!({ operation: 'redeemRecoveryKey', body });
      check(
        (answer.status === 413 || answer.status === 400) && answer.code === 'invalid_request',
        `expected 413 or 400 invalid_request, got ${answer.status} ${answer.code ?? 'without a code'}`,
      );
    },
  }),

  rule({
    id: 'input.method',
    title: 'a POST operation asked with GET answers 405 invalid_request',
    needs: ['http'],
    async run(t) {
      for (const operation of posts) {
        const answer = await t.raw!({ operation, method: 'GET' });
        equal(answer, { status: 405, code: 'invalid_request' }, `GET ${operation}`);
      }
    },
  }),

  rule({
    id: 'ids.inherited',
    title: 'ids such as __proto__ and constructor find nothing: not_found',
    async run(t) {
      const code = '123456';
      for (const id of inheritedIds) {
        await expectError(t.client.resendCode({ challengeId: id }), 'not_found');
        await expectError(t.client.verifyBackupRecovery({ challengeId: id, code }), 'not_found');
        await expectError(
          t.client.confirmBackupMethodChange({ challengeId: id, code }),
          'not_found',
        );
        await expectError(
          t.client.confirmAuthenticatorEnrollment({ enrollmentId: id, code }),
          'not_found',
        );
      }
    },
  }),

  rule({
    id: 'admin.forbidden-unknown-user',
    title: 'a user who is not an admin is forbidden the admin operations, even for no user',
    async run(t) {
      const userId = 'nobody@example.invalid';
      await expectError(t.client.adminGetUser({ userId }), 'forbidden');
      await expectError(t.client.adminResetTwoFactor({ userId, reason: 'x' }), 'forbidden');
    },
  }),

  rule({
    id: 'admin.inherited-ids',
    title: 'an admin looking up __proto__ and the like finds nothing: not_found',
    needs: ['admin'],
    async run(t) {
      for (const userId of inheritedIds) {
        await expectError(t.admin.adminGetUser({ userId }), 'not_found');
        await expectError(t.admin.adminResetTwoFactor({ userId, reason: 'x' }), 'not_found');
      }
    },
  }),
];

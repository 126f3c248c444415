/**
 * The contract as an OpenAPI 3.1 document, generated from contract.ts so the two cannot drift:
 * paths, schemas and each operation's error codes and their statuses come from there. This file
 * adds what only the document needs: the prose (summaries, descriptions, tags), who may call
 * each operation, links, and the backup method's value per type. `npm run openapi` writes it to
 * dist/openapi.json. No element bundle imports it.
 */
import * as z from 'zod/mini';
import {
  BackupMethod,
  Challenge,
  Empty,
  ErrorBody,
  NewRecoveryKey,
  operationNames,
  operations,
  RecoveryTokenRequest,
  Removed,
  serverErrorStatus,
  Status,
  StepUpChallenge,
  type OperationName,
  type ServerErrorCode,
} from './contract.js';

type JsonSchema = Record<string, unknown>;

/** Shapes used in more than one place, named once; every other schema is named after its operation. */
const sharedShapes = {
  Challenge,
  StepUpChallenge,
  BackupMethod,
  Status,
  Error: ErrorBody,
  Empty,
  RecoveryTokenRequest,
  Removed,
  NewRecoveryKey,
};

// ---------------------------------------------------------------------------------------------
// Prose and who may call what

const tags = [
  { name: 'Status', description: "The signed-in user's 2FA at a glance." },
  {
    name: 'Step-up',
    description:
      '"Verify it\'s you": a fresh proof with the account\'s 2FA method, valid 5 minutes, that ' +
      'the guarded operations ask for (`step_up_required`) where the account requires it.',
  },
  {
    name: 'Backup method',
    description:
      'The one backup method, an email address or a phone number, proven by a code sent to it.',
  },
  { name: 'Codes', description: 'Codes sent to an email address or a phone.' },
  {
    name: 'Recovery key',
    description: 'A single-use key to sign in with when the 2FA device is lost.',
  },
  { name: 'Authenticator', description: 'The 2FA device: an authenticator app (TOTP, RFC 6238).' },
  {
    name: 'Recovery',
    description:
      'At sign-in, when the 2FA device is lost: a code to the backup method earns a recovery ' +
      'token, or a recovery key signs in. These act on the pending sign-in.',
  },
  {
    name: 'Admin',
    description: "Support staff and account admins: look up and reset a user's 2FA.",
  },
] as const;
type Tag = (typeof tags)[number]['name'];

/**
 * Who may call: the signed-in user, a signed-in admin, the pending sign-in (the user has given
 * their password and is stuck at the 2FA prompt), or either of the first and the last.
 */
type Caller = 'user' | 'admin' | 'pendingSignIn' | 'userOrPendingSignIn';

interface About {
  tag: Tag;
  caller: Caller;
  summary: string;
  description: string;
}

const guardedByStepUp =
  ' Where the account requires step-up, it needs a successful `stepUp` in the last 5 minutes ' +
  '(else `step_up_required`).';
const notice = ' A security notice goes to the account.';

const about: Record<OperationName, About> = {
  getStatus: {
    tag: 'Status',
    caller: 'user',
    summary: "Get the signed-in user's 2FA status",
    description:
      "The account's 2FA method, its backup method (masked) and when its recovery key was made. " +
      'The only operation a client retries by itself (after a network error or a 5xx).',
  },
  startStepUp: {
    tag: 'Step-up',
    caller: 'user',
    summary: "Start verifying it's you",
    description:
      "Starts a step-up with the account's 2FA method. For `sms` and `voice` a code is sent now " +
      '(calling again sends a new one, after a 30-second cooldown and within the send throttle, ' +
      'else `rate_limited`); for `totp` nothing is sent: the user reads the code from the app. ' +
      '`not_found` when the account has no 2FA method.',
  },
  stepUp: {
    tag: 'Step-up',
    caller: 'user',
    summary: "Verify it's you with a code",
    description:
      'Checks the code sent by `startStepUp`, or read from the authenticator app. A success lets ' +
      'the guarded operations (`startBackupMethodChange`, `generateRecoveryKey`, `removeDevice`, ' +
      '`startAuthenticatorEnrollment`) run until `validUntil` (5 minutes). 5 wrong codes in a ' +
      'row: `too_many_attempts` with `retryAfterSeconds` (900).',
  },
  startBackupMethodChange: {
    tag: 'Backup method',
    caller: 'user',
    summary: 'Send a code to a new backup method',
    description:
      "Starts setting `value` as the account's backup method by sending a code to it; it is " +
      'saved only once `confirmBackupMethodChange` has that code. `value` is an email address ' +
      'for `email` and an E.164 phone number for `phone` (else `invalid_destination`); it must ' +
      "differ from the account's email address and from the phone its 2FA texts or calls go to " +
      '(`same_as_primary`), and from the current backup method (`same_as_current`). Sends are ' +
      'throttled (`rate_limited`).' +
      guardedByStepUp,
  },
  confirmBackupMethodChange: {
    tag: 'Backup method',
    caller: 'user',
    summary: 'Save the new backup method with its code',
    description:
      'Checks the code sent by `startBackupMethodChange` and saves the new backup method: there ' +
      'is one at most, so it replaces the old one, of either type. Codes are valid 10 minutes ' +
      '(`code_expired`), and 5 wrong ones end the challenge (`too_many_attempts`).' +
      notice,
  },
  resendCode: {
    tag: 'Codes',
    caller: 'userOrPendingSignIn',
    summary: 'Send a new code for a challenge',
    description:
      'Sends a new code for a challenge of `startBackupMethodChange` or `startBackupRecovery`: ' +
      'the same `challengeId`, the old code stops working, the expiry and the attempts are ' +
      'renewed. Before `resendAvailableAt` (30 seconds) or past the send throttle: ' +
      '`rate_limited`. A recovery challenge whose sign-in is no longer pending: `recovery_expired`.',
  },
  generateRecoveryKey: {
    tag: 'Recovery key',
    caller: 'user',
    summary: 'Generate a new recovery key',
    description:
      'Makes a new recovery key for the account and returns it, this once: 24 characters from ' +
      'an unambiguous alphabet, single use, stored hashed. The old key stops working.' +
      notice +
      guardedByStepUp,
  },
  removeDevice: {
    tag: 'Authenticator',
    caller: 'user',
    summary: 'Remove the 2FA device',
    description:
      "Removes the account's 2FA method (the authenticator app, or the phone its codes go to)." +
      notice +
      guardedByStepUp,
  },
  startAuthenticatorEnrollment: {
    tag: 'Authenticator',
    caller: 'user',
    summary: 'Start setting up an authenticator app',
    description:
      'A new TOTP secret and its `otpauth://` URI (for a QR code), valid 10 minutes. The ' +
      'current 2FA method keeps working until `confirmAuthenticatorEnrollment` succeeds.' +
      guardedByStepUp,
  },
  confirmAuthenticatorEnrollment: {
    tag: 'Authenticator',
    caller: 'user',
    summary: 'Confirm the authenticator app with its code',
    description:
      "Checks a code from the new app; on success the app becomes the account's 2FA method, " +
      'replacing the old one. After 10 minutes `code_expired`; 5 wrong codes end the enrolment ' +
      '(`too_many_attempts`).' +
      notice,
  },
  startBackupRecovery: {
    tag: 'Recovery',
    caller: 'pendingSignIn',
    summary: 'Send a code to the backup method',
    description:
      "Sends a code to the pending sign-in's backup method, to prove the user without the 2FA " +
      'device. `no_backup_method` when there is none (an admin must contact support). Once a ' +
      'code is on its way, the recovery tokens the pending sign-in had end. Sends are throttled ' +
      '(`rate_limited`).',
  },
  verifyBackupRecovery: {
    tag: 'Recovery',
    caller: 'pendingSignIn',
    summary: "Verify the backup method's code",
    description:
      'Checks the code sent by `startBackupRecovery`. A success returns a recovery token, bound ' +
      'to the pending sign-in and valid 10 minutes, that `removeDeviceWithRecovery`, ' +
      '`sendSetupEmail` and `generateRecoveryKeyWithRecovery` each accept once. Codes are valid ' +
      '10 minutes (`code_expired`), and 5 wrong ones end the challenge (`too_many_attempts`).',
  },
  removeDeviceWithRecovery: {
    tag: 'Recovery',
    caller: 'pendingSignIn',
    summary: 'Remove the 2FA device with a recovery token',
    description:
      "Removes the account's 2FA method, so it can be set up again on the same or a new device." +
      notice,
  },
  sendSetupEmail: {
    tag: 'Recovery',
    caller: 'pendingSignIn',
    summary: 'Send the email that sets 2FA up again',
    description:
      "Sends the account's email address a link to set 2FA up again, on the same or a new " +
      'device, and returns the address masked.',
  },
  generateRecoveryKeyWithRecovery: {
    tag: 'Recovery',
    caller: 'pendingSignIn',
    summary: 'Generate a new recovery key with a recovery token',
    description:
      'Makes a new recovery key and returns it, this once, to sign in with (`redeemRecoveryKey`). ' +
      'The old key stops working.' +
      notice,
  },
  redeemRecoveryKey: {
    tag: 'Recovery',
    caller: 'pendingSignIn',
    summary: 'Sign in with a recovery key',
    description:
      'Completes the pending sign-in with the recovery key (sent upper-cased, without spaces or ' +
      'dashes), which then stops working; the recovery tokens of the sign-in end. A wrong key ' +
      'is `invalid_code`; 5 in a row `too_many_attempts` with `retryAfterSeconds` (900). ' +
      '`redirectUrl` is where to go next (relative, http or https), or null to stay.' +
      notice,
  },
  adminGetUser: {
    tag: 'Admin',
    caller: 'admin',
    summary: "Look up a user's 2FA",
    description:
      "For a signed-in admin: a user's display name, 2FA method, backup method (masked) and " +
      'recovery key date. Anyone else gets `forbidden`, whether or not the user exists.',
  },
  adminResetTwoFactor: {
    tag: 'Admin',
    caller: 'admin',
    summary: "Reset a user's 2FA",
    description:
      "For a signed-in admin: turns the user's 2FA off, deletes their recovery key, lifts every " +
      'lock-out and ends every pending challenge, enrolment and recovery token; the backup ' +
      'method stays. The backend records who reset, when and why (`reason`), and tells the ' +
      'user to set 2FA up again. Anyone else gets `forbidden`, whether or not the user exists.',
  },
};

/** When a backend answers each code, and an example body. */
const errors: Record<ServerErrorCode, { when: string; example: ErrorBody['error'] }> = {
  invalid_request: {
    when: 'the request is off the contract: a body that is not JSON, or not the shape of the request',
    example: { code: 'invalid_request', message: 'Off-contract body.' },
  },
  invalid_code: {
    when: 'a wrong code (or recovery key), with `attemptsRemaining`',
    example: { code: 'invalid_code', attemptsRemaining: 4 },
  },
  unauthorized: {
    when: 'no one is signed in, or no sign-in is pending',
    example: { code: 'unauthorized', message: 'Sign in again.' },
  },
  recovery_expired: {
    when: 'the pending sign-in, or its recovery token, is over: sign in again',
    example: { code: 'recovery_expired' },
  },
  forbidden: {
    when: 'signed in, but not an admin',
    example: { code: 'forbidden', message: 'Only an admin may do this.' },
  },
  step_up_required: {
    when: "verify it's you first (`startStepUp`, `stepUp`), then call again",
    example: { code: 'step_up_required', message: 'Verify it is you first.' },
  },
  not_found: {
    when: 'nothing of the account with that id (challenge, enrolment, user), or no 2FA method to verify with',
    example: { code: 'not_found', message: 'No such challenge.' },
  },
  same_as_primary: {
    when: "the new backup method is the account's email address or its 2FA phone",
    example: { code: 'same_as_primary' },
  },
  same_as_current: {
    when: 'the new backup method is the one already set',
    example: { code: 'same_as_current' },
  },
  no_backup_method: {
    when: 'the account has no backup method',
    example: { code: 'no_backup_method', message: 'No backup method set up.' },
  },
  code_expired: {
    when: 'the code (or the enrolment) expired: ask for a new one',
    example: { code: 'code_expired' },
  },
  invalid_destination: {
    when: 'not an email address, or not an E.164 phone number',
    example: { code: 'invalid_destination', message: 'Not an email address.' },
  },
  rate_limited: {
    when: 'too many codes sent, or a resend too soon: wait `retryAfterSeconds` (also in `Retry-After`)',
    example: { code: 'rate_limited', retryAfterSeconds: 30 },
  },
  too_many_attempts: {
    when:
      'too many wrong answers: the challenge is over, or the operation waits `retryAfterSeconds`, ' +
      'or, after 100 in a row, the account waits for an admin reset',
    example: { code: 'too_many_attempts', retryAfterSeconds: 900 },
  },
};

/** Links from an answer to the operations it leads to, with the values they take from it. */
const links: Partial<Record<OperationName, Record<string, Link>>> = {
  startStepUp: {
    stepUp: {
      operationId: 'stepUp',
      description: 'Send the code the user got (or read in the app).',
    },
    resend: { operationId: 'startStepUp', description: 'Send a new code (`sms`, `voice`).' },
  },
  startBackupMethodChange: {
    verify: challengeLink('confirmBackupMethodChange', 'Send the code the user got.'),
    resend: challengeLink('resendCode', 'Send a new code, after `resendAvailableAt`.'),
  },
  resendCode: {
    verifyBackupMethod: challengeLink(
      'confirmBackupMethodChange',
      'For a challenge of `startBackupMethodChange`: send the new code.',
    ),
    verifyRecovery: challengeLink(
      'verifyBackupRecovery',
      'For a challenge of `startBackupRecovery`: send the new code.',
    ),
    resend: challengeLink('resendCode', 'Send a new code, after `resendAvailableAt`.'),
  },
  startBackupRecovery: {
    verify: challengeLink('verifyBackupRecovery', 'Send the code the user got.'),
    resend: challengeLink('resendCode', 'Send a new code, after `resendAvailableAt`.'),
  },
  verifyBackupRecovery: {
    removeDevice: tokenLink('removeDeviceWithRecovery'),
    sendSetupEmail: tokenLink('sendSetupEmail'),
    generateRecoveryKey: tokenLink('generateRecoveryKeyWithRecovery'),
  },
  startAuthenticatorEnrollment: {
    confirm: {
      operationId: 'confirmAuthenticatorEnrollment',
      description: 'Send a code from the new app.',
      requestBody: { enrollmentId: '$response.body#/enrollmentId' },
    },
  },
  adminGetUser: {
    reset: {
      operationId: 'adminResetTwoFactor',
      description: "Reset this user's 2FA, with a reason.",
      requestBody: { userId: '$response.body#/userId' },
    },
  },
};

interface Link {
  operationId: OperationName;
  description: string;
  /** The request's fields that come from the answer (runtime expressions). */
  requestBody?: Record<string, string>;
}

function challengeLink(operationId: OperationName, description: string): Link {
  return { operationId, description, requestBody: { challengeId: '$response.body#/challengeId' } };
}

function tokenLink(operationId: OperationName): Link {
  return {
    operationId,
    description: 'Once per recovery token, within 10 minutes.',
    requestBody: { recoveryToken: '$response.body#/recoveryToken' },
  };
}

/** The security requirement of each kind of caller. */
const security: Record<Caller, Record<string, string[]>[]> = {
  user: [{ session: [] }],
  admin: [{ adminSession: [] }],
  pendingSignIn: [{ pendingSignIn: [] }],
  userOrPendingSignIn: [{ session: [] }, { pendingSignIn: [] }],
};

/** `value` of `startBackupMethodChange` for each type, in the document only: the server decides. */
const backupValue: Record<BackupMethod['type'], JsonSchema> = {
  email: { type: 'string', format: 'email', description: 'An email address.' },
  phone: {
    type: 'string',
    pattern: '^\\+[1-9]\\d{1,14}$',
    description: 'A phone number in E.164 form, such as +447700900456.',
  },
};

// ---------------------------------------------------------------------------------------------
// The document

export function createOpenApiDocument(version = '1.0.0'): JsonSchema {
  const registry = z.registry<{ id: string }>();
  const name = (schema: z.ZodMiniType, id: string) => {
    if (!registry.has(schema)) registry.add(schema, { id });
    return ref('schemas', registry.get(schema)!.id);
  };
  for (const [id, schema] of Object.entries(sharedShapes)) name(schema, id);
  const refs = Object.fromEntries(
    operationNames.map((op) => [
      op,
      {
        request: name(operations[op].request, `${pascal(op)}Request`),
        response: name(operations[op].response, `${pascal(op)}Response`),
      },
    ]),
  );
  // `input` describes what a parser accepts: unknown fields are allowed, so the contract can grow.
  const generated = z.toJSONSchema(registry, {
    io: 'input',
    uri: (id) => ref('schemas', id).$ref,
  }).schemas;
  const schemas = Object.fromEntries(
    Object.entries(generated).map(([id, schema]) => [id, tidy(schema as JsonSchema)]),
  );
  Object.assign(schemas, backupValueByType(schemas.StartBackupMethodChangeRequest!));
  schemas.Error = {
    description:
      'The body of every error answer. `code` is one of the codes its operation lists (any code ' +
      'in a 5xx answer); a client keeps an unknown code as given.',
    ...schemas.Error,
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operationNames) {
    const { method, path } = operations[op];
    const { tag, caller, summary, description } = about[op];
    paths[path] = {
      [method.toLowerCase()]: {
        operationId: op,
        summary,
        description,
        tags: [tag],
        security: security[caller],
        ...(method !== 'GET' && {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: refs[op]!.request } },
          },
        }),
        responses: {
          '200': {
            description: 'Success.',
            content: { 'application/json': { schema: refs[op]!.response } },
            ...(links[op] && { links: links[op] }),
          },
          ...errorResponses(op),
        },
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'two-factor-recovery',
      version,
      summary: 'The wire contract of the two-factor-recovery elements.',
      description:
        'What a backend implements for the two-factor-recovery elements: JSON over HTTP. Paths ' +
        'are relative to a configurable base URL, and each can be overridden. Every operation ' +
        'lists the error codes it may answer, under the status a backend should send; a client ' +
        'decides by `error.code`, and by the status only when the body has none. A backend ' +
        'checks a request in this order: unknown path 404, wrong method 405, content type 415, ' +
        'size 413, body shape 400, then who is asking (401, 403), then the rules.',
      contact: { name: 'two-factor-recovery' },
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: '/api/2fa',
        description:
          "A base URL on the host's own origin, as given to the elements (`api-base`); any other works.",
      },
    ],
    tags,
    paths,
    components: {
      schemas,
      responses: {
        MethodNotAllowed: {
          description: 'Wrong method (`invalid_request`); `Allow` names the right one.',
          headers: {
            Allow: { description: 'The method the path takes.', schema: { type: 'string' } },
          },
          content: json('Error', { invalid_request: ref('examples', 'wrongMethod') }),
        },
        ContentTooLarge: {
          description: 'The body is too large (`invalid_request`).',
          content: json('Error', { invalid_request: ref('examples', 'tooLarge') }),
        },
        UnsupportedMediaType: {
          description:
            'The body is not `application/json` (`invalid_request`); parameters such as ' +
            '`; charset=utf-8` are allowed. Checked before the body, so a plain HTML form on ' +
            'another site cannot call the backend.',
          content: json('Error', { invalid_request: ref('examples', 'notJson') }),
        },
        ServerError: {
          description:
            'Anything the server could not handle. A body with a code the contract knows keeps ' +
            'it; otherwise, or with no JSON body, the client reports `server`.',
          content: json('Error', { internal_error: ref('examples', 'internalError') }),
        },
      },
      headers: {
        RetryAfter: {
          description: 'Seconds to wait before trying again (as `retryAfterSeconds`).',
          schema: { type: 'integer', minimum: 0 },
        },
      },
      examples: {
        ...Object.fromEntries(
          Object.entries(errors).map(([code, { example }]) => [
            code,
            { value: { error: example } },
          ]),
        ),
        wrongMethod: example({ code: 'invalid_request', message: '/status takes GET.' }),
        tooLarge: example({ code: 'invalid_request', message: 'The body is too large.' }),
        notJson: example({
          code: 'invalid_request',
          message: 'The body must be application/json.',
        }),
        internalError: example({ code: 'internal_error', message: 'The backend failed.' }),
      },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'session',
          description:
            "The host's own session cookie of the signed-in user, whatever its name: the " +
            'elements never read it, the browser sends it (or the host sends its own headers, ' +
            'such as a bearer token or a CSRF token).',
        },
        // A scheme of its own rather than a role on `session`: OpenAPI 3.1 allows roles, but
        // linters written for 3.0 take them for OAuth scopes.
        adminSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'session',
          description:
            "The host's own session cookie (or headers) of a signed-in admin: support staff or " +
            "an account admin, by the host's own authorisation. Anyone else gets `forbidden`, " +
            'whether or not the user asked about exists.',
        },
        pendingSignIn: {
          type: 'apiKey',
          in: 'cookie',
          name: 'pending_sign_in',
          description:
            "The host's own cookie (or headers) for a sign-in in progress: the user has given " +
            'their password and is at the 2FA prompt. The `recovery/*` operations act on its ' +
            'account; the elements never see a password.',
        },
      },
    },
  };
}

/** The operation's error responses: its codes under their statuses, then what any request may get. */
function errorResponses(op: OperationName): Record<string, unknown> {
  const byStatus = new Map<number, ServerErrorCode[]>();
  for (const code of operations[op].errors) {
    const status = serverErrorStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, unknown> = {};
  for (const [status, codes] of byStatus) {
    responses[status] = {
      description: codes.map((code) => `\`${code}\`: ${when(op, code)}.`).join(' '),
      ...(status === 429 && { headers: { 'Retry-After': ref('headers', 'RetryAfter') } }),
      content: json(
        'Error',
        Object.fromEntries(codes.map((code) => [code, ref('examples', code)])),
      ),
    };
  }
  responses['405'] = ref('responses', 'MethodNotAllowed');
  if (operations[op].method === 'POST') {
    responses['413'] = ref('responses', 'ContentTooLarge');
    responses['415'] = ref('responses', 'UnsupportedMediaType');
  }
  responses['5XX'] = ref('responses', 'ServerError');
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}

/** When `op` answers `code`. */
function when(op: OperationName, code: ServerErrorCode): string {
  if (code !== 'unauthorized') return errors[code].when;
  const { caller } = about[op];
  if (caller === 'pendingSignIn') return 'no sign-in is pending';
  return caller === 'userOrPendingSignIn' ? errors[code].when : 'no one is signed in';
}

/**
 * The request of `startBackupMethodChange`, with `value` told apart by `type`: the schema the
 * contract checks, narrowed by one of two named shapes.
 */
function backupValueByType(request: JsonSchema): Record<string, JsonSchema> {
  const shapes = Object.entries(backupValue).map(([type, value]) => ({
    id: `${pascal(type)}BackupMethodChange`,
    type,
    schema: {
      type: 'object',
      properties: { type: { const: type }, value },
      required: ['type', 'value'],
    },
  }));
  return {
    StartBackupMethodChangeRequest: {
      ...request,
      oneOf: shapes.map(({ id }) => ref('schemas', id)),
      discriminator: {
        propertyName: 'type',
        mapping: Object.fromEntries(shapes.map(({ id, type }) => [type, ref('schemas', id).$ref])),
      },
    },
    ...Object.fromEntries(shapes.map(({ id, schema }) => [id, schema])),
  };
}

function ref(section: 'schemas' | 'responses' | 'headers' | 'examples', id: string) {
  return { $ref: `#/components/${section}/${id}` };
}

function json(schema: string, examples: Record<string, unknown>) {
  return { 'application/json': { schema: ref('schemas', schema), examples } };
}

function example(error: ErrorBody['error']) {
  return { value: { error } };
}

function pascal(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}

/** Drops what JSON Schema output adds that an OpenAPI component does not need. */
function tidy(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return JSON.parse(JSON.stringify(rest), (_key, value: unknown) => {
    // The regex zod adds beside `format: date-time` restates the format unreadably.
    if (value && typeof value === 'object' && (value as JsonSchema).format === 'date-time') {
      const { pattern: _pattern, ...withoutPattern } = value as JsonSchema;
      return withoutPattern;
    }
    return value;
  }) as JsonSchema;
}

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  operationNames,
  operations,
  serverErrorStatus,
  type OperationName,
} from '../../src/api/contract.js';
import { createOpenApiDocument } from '../../src/api/openapi.js';
import { samples } from './samples.js';

type Json = Record<string, any>;
const document = createOpenApiDocument() as Json;

/** What `{ $ref: '#/…' }` points to in the document, or the value itself. */
function resolve(value: Json): Json {
  if (typeof value?.$ref !== 'string') return value;
  const target = (value.$ref as string)
    .slice(2)
    .split('/')
    .reduce<Json>((node, key) => node[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);
  assert.ok(target, `${value.$ref} is in the document`);
  return resolve(target);
}

/** Every operation, by name. */
function entryOf(name: OperationName): Json {
  const { method, path } = operations[name];
  return document.paths[path][method.toLowerCase()];
}

/** Every value in the document with the path to it. */
function* walk(node: unknown, at = '#'): Generator<[string, Json]> {
  if (!node || typeof node !== 'object') return;
  yield [at, node as Json];
  for (const [key, value] of Object.entries(node)) yield* walk(value, `${at}/${key}`);
}

/** A validator of `schema` that knows every schema of the document by its `$ref`. */
function validatorOf(schema: Json) {
  const ajv = new Ajv2020({ strict: false });
  addFormats.default(ajv);
  for (const [id, each] of Object.entries(document.components.schemas as Json)) {
    ajv.addSchema(each, `#/components/schemas/${id}`);
  }
  return schema.$ref ? ajv.getSchema(schema.$ref)! : ajv.compile(schema);
}

/** Asserts that `value` fits `schema`. */
function check(schema: Json, value: unknown, what: string) {
  const validate = validatorOf(schema);
  assert.ok(validate(value), `${what}: ${JSON.stringify(validate.errors)}`);
}

/** The JSON Schema 2020-12 formats (§7.3): anything else is a tool's invention. */
const standardFormats = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uuid',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
]);

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    assert.deepEqual(result.errors, undefined);
    assert.equal(result.valid, true);
    assert.equal(validator.version, '3.1');
  });

  it('has every operation, under its method and path', () => {
    for (const name of operationNames) assert.equal(entryOf(name)?.operationId, name, name);
    const documented = Object.values(document.paths).flatMap((byMethod) =>
      Object.values(byMethod as Json),
    );
    assert.equal(documented.length, operationNames.length);
  });

  it('describes what the contract accepts: every sample request and answer fits its schema', () => {
    for (const name of operationNames) {
      const entry = entryOf(name);
      if (entry.requestBody) {
        check(
          entry.requestBody.content['application/json'].schema,
          samples[name].request,
          `${name} request`,
        );
      }
      check(
        entry.responses['200'].content['application/json'].schema,
        samples[name].response,
        `${name} answer`,
      );
    }
  });

  it('has every example fit the schema beside it', () => {
    let examples = 0;
    for (const [at, node] of walk(document)) {
      if (!node.schema || !(node.examples || 'example' in node)) continue;
      if ('example' in node) check(node.schema, node.example, at);
      for (const [name, example] of Object.entries((node.examples ?? {}) as Json)) {
        check(node.schema, resolve(example).value, `${at} example ${name}`);
        examples += 1;
      }
    }
    assert.ok(examples > operationNames.length, `${examples} examples`);
  });

  it('uses only the standard formats of JSON Schema', () => {
    for (const [at, node] of walk(document)) {
      if (typeof node.format === 'string')
        assert.ok(standardFormats.has(node.format), `${at}: format "${node.format}"`);
    }
    const otpauthUri =
      document.components.schemas.StartAuthenticatorEnrollmentResponse.properties.otpauthUri;
    assert.deepEqual(otpauthUri, { type: 'string', pattern: '^otpauth:\\/\\/' });
  });

  it('gives every operation a summary, a description and a tag of the document', () => {
    const tags = new Set(document.tags.map((tag: Json) => tag.name));
    for (const name of operationNames) {
      const { summary, description, tags: its } = entryOf(name);
      assert.ok(summary?.length > 0 && summary.length <= 80, `${name} summary`);
      assert.ok(description?.length > summary.length, `${name} description`);
      assert.equal(its.length, 1, `${name} tags`);
      assert.ok(tags.has(its[0]), `${name} tag ${its[0]}`);
    }
    for (const tag of document.tags) assert.ok(tag.description, `tag ${tag.name}`);
  });

  it("gives every operation its own error codes, under the contract's statuses", () => {
    for (const name of operationNames) {
      const { responses } = entryOf(name);
      const { errors, method } = operations[name];
      const statuses = new Set(errors.map((code) => String(serverErrorStatus[code])));
      for (const code of errors) {
        const status = String(serverErrorStatus[code]);
        const response = resolve(responses[status]);
        assert.ok(response, `${name}: ${code} under ${status}`);
        assert.match(response.description, new RegExp(`\`${code}\``), `${name} ${status}`);
        const media = response.content['application/json'];
        assert.deepEqual(media.schema, { $ref: '#/components/schemas/Error' });
        assert.equal(resolve(media.examples[code]).value.error.code, code, `${name} ${code}`);
      }
      // And the ones any request may get: a wrong method, a body too large or not JSON, a fault.
      const always = ['405', '5XX', ...(method === 'POST' ? ['413', '415'] : [])];
      for (const status of always) {
        const response = resolve(responses[status]);
        assert.ok(response, `${name} ${status}`);
        assert.deepEqual(response.content['application/json'].schema, {
          $ref: '#/components/schemas/Error',
        });
      }
      const expected = ['200', ...statuses, ...always].sort();
      assert.deepEqual(Object.keys(responses).sort(), expected, name);
    }
  });

  it('lists invalid_request and unauthorized for every operation', () => {
    for (const name of operationNames) {
      assert.ok(operations[name].errors.includes('invalid_request'), name);
      assert.ok(operations[name].errors.includes('unauthorized'), name);
    }
  });

  it('sends Retry-After with every 429, and Allow with every 405', () => {
    let seen = 0;
    for (const name of operationNames) {
      const { responses } = entryOf(name);
      if (responses['429']) {
        seen += 1;
        const header = resolve(resolve(responses['429']).headers['Retry-After']);
        assert.equal(header.schema.type, 'integer', name);
      }
      assert.ok(resolve(responses['405']).headers.Allow, name);
    }
    assert.ok(seen > 0);
  });

  it('says who may call every operation, with a scheme of the document', () => {
    const schemes = document.components.securitySchemes as Json;
    for (const scheme of Object.values(schemes)) {
      assert.equal(scheme.type, 'apiKey');
      assert.equal(scheme.in, 'cookie');
    }
    for (const name of operationNames) {
      const { security } = entryOf(name);
      assert.ok(security?.length > 0, name);
      for (const requirement of security)
        for (const scheme of Object.keys(requirement)) assert.ok(schemes[scheme], name);
      const expected = name.startsWith('admin')
        ? [{ adminSession: [] }]
        : operations[name].path.startsWith('/recovery/')
          ? [{ pendingSignIn: [] }]
          : name === 'resendCode'
            ? [{ session: [] }, { pendingSignIn: [] }]
            : [{ session: [] }];
      assert.deepEqual(security, expected, name);
    }
  });

  it('names its servers, licence and contact', () => {
    assert.deepEqual(
      document.servers.map((server: Json) => server.url),
      ['/api/2fa'],
    );
    assert.deepEqual(document.info.license, { name: 'MIT', identifier: 'MIT' });
    assert.equal(document.info.contact.name, 'two-factor-recovery');
  });

  it('links every challenge to its verify and resend, with the fields they take', () => {
    const linked = (from: OperationName) =>
      Object.values((entryOf(from).responses['200'].links ?? {}) as Json).map(
        (link) => link.operationId,
      );
    assert.deepEqual(linked('startBackupMethodChange').sort(), [
      'confirmBackupMethodChange',
      'resendCode',
    ]);
    assert.deepEqual(linked('startBackupRecovery').sort(), ['resendCode', 'verifyBackupRecovery']);
    assert.deepEqual(linked('startStepUp').sort(), ['startStepUp', 'stepUp']);
    assert.deepEqual(linked('resendCode').sort(), [
      'confirmBackupMethodChange',
      'resendCode',
      'verifyBackupRecovery',
    ]);
    assert.deepEqual(linked('startAuthenticatorEnrollment'), ['confirmAuthenticatorEnrollment']);

    for (const from of operationNames) {
      const answer = resolve(entryOf(from).responses['200'].content['application/json'].schema);
      for (const [key, link] of Object.entries(
        (entryOf(from).responses['200'].links ?? {}) as Json,
      )) {
        assert.ok(operationNames.includes(link.operationId), `${from} → ${key}`);
        const request = resolve(
          entryOf(link.operationId).requestBody.content['application/json'].schema,
        );
        for (const [field, expression] of Object.entries((link.requestBody ?? {}) as Json)) {
          assert.ok(request.required.includes(field), `${from} → ${key}: ${field}`);
          const source = /^\$response\.body#\/(\w+)$/.exec(expression)?.[1];
          assert.ok(source && answer.properties[source], `${from} → ${key}: ${expression}`);
        }
      }
    }
  });

  it("documents the backup method's value per type, which the contract itself leaves to the server", () => {
    const schema =
      entryOf('startBackupMethodChange').requestBody.content['application/json'].schema;
    check(schema, { type: 'email', value: 'ada.backup@example.net' }, 'an email address');
    check(schema, { type: 'phone', value: '+447700900456' }, 'an E.164 number');
    const validate = validatorOf(schema);
    const refused = [
      { type: 'email', value: '+447700900456' },
      { type: 'phone', value: 'ada.backup@example.net' },
      { type: 'phone', value: '07700 900456' },
      { type: 'phone', value: '+0447700900456' },
    ];
    for (const body of refused) {
      assert.equal(validate(body), false, JSON.stringify(body));
      // The contract's own schema lets the server answer `invalid_destination` instead.
      assert.ok(operations.startBackupMethodChange.request.safeParse(body).success);
    }
  });

  it('is what `npm run openapi` wrote to dist/openapi.json', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8'));
    const written = JSON.parse(await readFile('dist/openapi.json', 'utf8'));
    assert.deepEqual(written, createOpenApiDocument(pkg.version));
  });
});

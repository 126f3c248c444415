/**
 * A schema-driven fuzz test: for every operation of dist/openapi.json, bodies that fit its
 * request schema and bodies that do not, sent as any of a few users to the reference backend
 * over HTTP. No answer may be a 5xx, and every answer must be one the document lists for the
 * operation, with a body that matches its schema. The seed is fixed and printed; set FUZZ_SEED
 * to try another.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { createReferenceHandler } from '../../demo/server/handler.js';
import { listen } from './command.js';

type Schema = Record<string, any>;

const seed = Number(process.env.FUZZ_SEED ?? 20_261_130);
/** Per operation, of valid and of invalid bodies each. */
const numRuns = 30;

const file = 'dist/openapi.json';
if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
const document = JSON.parse(readFileSync(file, 'utf8')) as Schema;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
for (const [id, schema] of Object.entries(document.components.schemas as Schema))
  ajv.addSchema(schema, `#/components/schemas/${id}`);
const validatorOf = (schema: Schema): ValidateFunction =>
  schema.$ref ? ajv.getSchema(schema.$ref)! : ajv.compile(schema);

/** What `{ $ref: '#/…' }` points to in the document, or the value itself. */
function resolve(value: Schema): Schema {
  if (typeof value?.$ref !== 'string') return value;
  const target = (value.$ref as string)
    .slice(2)
    .split('/')
    .reduce<Schema>((node, key) => node[key], document);
  return resolve(target);
}

/** Values that fit `schema`: the JSON Schema the document gives a request. */
function valid(schema: Schema): fc.Arbitrary<unknown> {
  schema = resolve(schema);
  if (schema.oneOf) {
    const { oneOf, discriminator: _, ...base } = schema;
    return fc.oneof(
      ...(oneOf as Schema[]).map((branch) => {
        const each = resolve(branch);
        return valid({ ...base, properties: { ...base.properties, ...each.properties } });
      }),
    );
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  switch (schema.type) {
    case 'object': {
      const properties = Object.fromEntries(
        Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([key, each]) => [
          key,
          valid(each),
        ]),
      );
      return fc.record(properties, { requiredKeys: schema.required ?? [] });
    }
    case 'string':
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      if (schema.format === 'email') return fc.emailAddress();
      return fc.string({
        unit: 'grapheme',
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 64, 64),
      });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 });
    case 'boolean':
      return fc.boolean();
    default:
      return fc.jsonValue();
  }
}

/** Bodies that do not fit `schema`: other JSON, a field missing or of another type, or no JSON at all. */
function invalid(schema: Schema): fc.Arbitrary<{ text: string }> {
  const fits = validatorOf(schema);
  const object = resolve(schema);
  const fields = Object.keys(object.properties ?? {});
  const json = fc
    .oneof(
      fc.jsonValue(),
      fields.length === 0
        ? fc.jsonValue()
        : fc
            .tuple(valid(schema), fc.constantFrom(...fields), fc.jsonValue(), fc.boolean())
            .map(([body, field, other, drop]) => {
              const copy = { ...(body as Record<string, unknown>) };
              if (drop) delete copy[field];
              else copy[field] = other;
              return copy;
            }),
    )
    .filter((body) => !fits(body))
    .map((body) => ({ text: JSON.stringify(body) }));
  const notJson = fc
    .string({ minLength: 1 })
    .filter((text) => {
      try {
        JSON.parse(text);
        return false;
      } catch {
        return true;
      }
    })
    .map((text) => ({ text }));
  return fc.oneof(json, notJson);
}

const users = fc.constantFrom(
  undefined,
  'grace@example.com',
  'alan@example.com',
  'nobody@example.com',
);
const sessions = fc.constantFrom('fuzz-a', 'fuzz-b');

const operations = Object.entries(document.paths as Record<string, Schema>).flatMap(
  ([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      path,
      method: method.toUpperCase(),
      operation: operation as Schema,
      request: operation.requestBody?.content?.['application/json']?.schema as Schema | undefined,
    })),
);

describe('the reference backend over HTTP, fuzzed from dist/openapi.json', () => {
  let server: Server;
  let base: string;
  before(async () => {
    ({ server, base } = await listen(createReferenceHandler()));
    console.log(`fuzz: seed ${seed}, ${numRuns} runs of valid and of invalid bodies per operation`);
  });
  after(() => server.close());

  /** Sends `text` (or nothing) and checks the answer against the document. */
  async function check(
    { path, method, operation }: (typeof operations)[number],
    text: string | undefined,
    user: string | undefined,
    session: string,
  ): Promise<void> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        'X-Demo-Session': session,
        ...(user && { 'X-Demo-User': user }),
        ...(text !== undefined && { 'Content-Type': 'application/json' }),
      },
      ...(text !== undefined && { body: text }),
    });
    const body = await response.text();
    const what = `${method} ${path} ${text ?? ''} as ${user ?? 'ada'} → ${response.status} ${body}`;
    assert.ok(response.status < 500, what);
    const documented = operation.responses[String(response.status)];
    assert.ok(documented, `not among the operation's answers: ${what}`);
    const schema = resolve(documented).content?.['application/json']?.schema as Schema;
    const fits = validatorOf(schema);
    assert.ok(fits(JSON.parse(body)), `${what}: ${JSON.stringify(fits.errors)}`);
  }

  for (const entry of operations) {
    const { method, path, request } = entry;
    it(`${method} ${path}: valid and invalid bodies`, async () => {
      const validBodies = request
        ? valid(request).map((body) => JSON.stringify(body))
        : fc.constant(undefined);
      await fc.assert(
        fc.asyncProperty(validBodies, users, sessions, (text, user, session) =>
          check(entry, text, user, session),
        ),
        { seed, numRuns },
      );
      if (!request) return;
      await fc.assert(
        fc.asyncProperty(invalid(request), users, sessions, ({ text }, user, session) =>
          check(entry, text, user, session),
        ),
        { seed, numRuns },
      );
    });
  }
});

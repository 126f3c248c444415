import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { operationNames, operations } from '../../src/api/contract.js';
import { createOpenApiDocument } from '../../src/api/openapi.js';
import { samples } from './samples.js';

type Doc = {
  paths: Record<string, Record<string, { operationId: string; requestBody?: any; responses: any }>>;
  components: { schemas: Record<string, object> };
};
const document = createOpenApiDocument() as unknown as Doc;

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    assert.deepEqual(result.errors, undefined);
    assert.equal(result.valid, true);
    assert.equal(validator.version, '3.1');
  });

  it('has every operation, under its method and path', () => {
    for (const name of operationNames) {
      const { method, path } = operations[name];
      assert.equal(document.paths[path]?.[method.toLowerCase()]?.operationId, name, name);
    }
    const documented = Object.values(document.paths).flatMap((byMethod) => Object.values(byMethod));
    assert.equal(documented.length, operationNames.length);
  });

  it('describes what the contract accepts: every sample request and answer fits its schema', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    for (const [id, schema] of Object.entries(document.components.schemas)) {
      ajv.addSchema(schema, `#/components/schemas/${id}`);
    }
    for (const name of operationNames) {
      const { method, path } = operations[name];
      const entry = document.paths[path]![method.toLowerCase()]!;
      const check = (ref: string, value: unknown, what: string) => {
        const validate = ajv.getSchema(ref)!;
        assert.ok(validate(value), `${name} ${what}: ${JSON.stringify(validate.errors)}`);
      };
      if (entry.requestBody) {
        check(
          entry.requestBody.content['application/json'].schema.$ref,
          samples[name].request,
          'request',
        );
      }
      check(
        entry.responses['200'].content['application/json'].schema.$ref,
        samples[name].response,
        'answer',
      );
    }
  });

  it('is what `npm run openapi` wrote to dist/openapi.json', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8'));
    const written = JSON.parse(await readFile('dist/openapi.json', 'utf8'));
    assert.deepEqual(written, createOpenApiDocument(pkg.version));
  });
});

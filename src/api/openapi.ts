/**
 * The contract as an OpenAPI 3.1 document, generated from the schemas in contract.ts so the
 * two cannot drift. `npm run openapi` writes it to dist/openapi.json.
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

export function createOpenApiDocument(version = '1.0.0'): JsonSchema {
  const registry = z.registry<{ id: string }>();
  const name = (schema: z.ZodMiniType, id: string) => {
    if (!registry.has(schema)) registry.add(schema, { id });
    return ref(registry.get(schema)!.id);
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
  const { schemas } = z.toJSONSchema(registry, { io: 'input', uri: (id) => ref(id).$ref });

  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operationNames) {
    const { method, path } = operations[op];
    paths[path] = {
      [method.toLowerCase()]: {
        operationId: op,
        ...(method !== 'GET' && {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: refs[op]!.request } },
          },
        }),
        responses: {
          '200': {
            description: 'Success',
            content: { 'application/json': { schema: refs[op]!.response } },
          },
          default: { $ref: '#/components/responses/Error' },
        },
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'two-factor-recovery',
      version,
      description:
        'The wire contract of the two-factor-recovery elements. Paths are relative to a configurable ' +
        'base URL, and each can be overridden. Error codes and the statuses to send them with: ' +
        Object.entries(serverErrorStatus)
          .map(([code, status]) => `${code} (${status})`)
          .join(', ') +
        '. A 429 may carry a Retry-After header (seconds).',
    },
    paths,
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([id, schema]) => [id, tidy(schema as JsonSchema)]),
      ),
      responses: {
        Error: {
          description: 'Any non-2xx answer.',
          headers: {
            'Retry-After': {
              description: 'Seconds to wait, on 429.',
              schema: { type: 'integer', minimum: 0 },
            },
          },
          content: { 'application/json': { schema: ref('Error') } },
        },
      },
    },
  };
}

function ref(id: string) {
  return { $ref: `#/components/schemas/${id}` };
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

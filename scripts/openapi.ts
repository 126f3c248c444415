/** Writes the contract as an OpenAPI 3.1 document to dist/openapi.json. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createOpenApiDocument } from '../src/api/openapi.js';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const out = new URL('../dist/openapi.json', import.meta.url);
await mkdir(new URL('.', out), { recursive: true });
await writeFile(out, JSON.stringify(createOpenApiDocument(version), null, 2) + '\n');
console.log('wrote dist/openapi.json');

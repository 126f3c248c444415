/**
 * dist/custom-elements.json, the API documentation of editors, Storybook and the framework
 * types: valid against the custom-elements-manifest schema, the public elements only, with
 * paths into dist/, every event typed with its class, every part and custom property.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import type * as Cem from 'custom-elements-manifest/schema';
import { partNames } from '../../src/core/parts.js';
import { pkg, requireBuild } from './dist.js';

requireBuild();
const schema = createRequire(import.meta.url)('custom-elements-manifest/schema.json') as object;
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as Cem.Package;
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

type Element = Cem.CustomElementDeclaration & { tagName: string };
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((d): d is Element => 'customElement' in d && !!d.customElement)
    .map((declaration) => ({ module: module.path, declaration })),
);
const tags = readdirSync('src/elements').filter((tag) =>
  existsSync(`src/elements/${tag}/define.ts`),
);
const customProperties = Object.keys(json('src/core/custom-properties.json'));

describe('custom-elements.json', () => {
  it('is valid against the schema, and so is every element declaration in it', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(schema, 'cem');
    assert.ok(ajv.validate('cem', manifest), ajv.errorsText());
    const declaration = ajv.getSchema('cem#/definitions/CustomElementDeclaration')!;
    for (const { declaration: d } of elements)
      assert.ok(declaration(d), `<${d.tagName}>: ${ajv.errorsText(declaration.errors)}`);
  });

  it('describes the public elements, each in its module in dist/, and nothing internal', () => {
    assert.deepEqual(elements.map(({ declaration }) => declaration.tagName).sort(), tags.sort());
    for (const { module, declaration } of elements)
      assert.equal(module, `dist/${declaration.tagName}.js`);
    for (const module of manifest.modules) {
      assert.match(module.path, /^dist\/[^/]+\.js$/);
      assert.ok(existsSync(module.path), `${module.path} is not built`);
    }
    const text = JSON.stringify(manifest);
    assert.doesNotMatch(text, /tfr-(code-entry|recovery-key|redeem-form|step-up)\b/);
    assert.doesNotMatch(text, /src\/|reference\//);
  });

  it('lists no private or protected member', () => {
    for (const { declaration } of elements) {
      for (const member of declaration.members ?? [])
        assert.ok(
          !member.privacy || member.privacy === 'public',
          `<${declaration.tagName}>.${member.name} is ${member.privacy}`,
        );
      const names = (declaration.members ?? []).map((member) => member.name);
      for (const internal of ['state', 'flowStep', 'onFailure', 'operation', 'context'])
        assert.ok(!names.includes(internal), `<${declaration.tagName}> lists ${internal}`);
      if (declaration.tagName !== 'recovery-provider')
        for (const api of ['step', 'retry', 'client', 'strings', 'apiBase', 'supportUrl'])
          assert.ok(names.includes(api), `<${declaration.tagName}> lacks ${api}`);
    }
  });

  it('types every event with its class, which the index declares with its detail', () => {
    const index = manifest.modules.find((module) => module.path === 'dist/index.js')!;
    const eventClasses = new Map(
      (index.declarations ?? []).map((d) => [d.name, d as Cem.ClassDeclaration]),
    );
    const declarations = readFileSync('dist/types/core/events.d.ts', 'utf8');
    for (const { declaration } of elements) {
      for (const event of declaration.events ?? []) {
        assert.ok(event.name, `<${declaration.tagName}> has a nameless event`);
        const type = event.type?.text ?? '';
        assert.match(type, /^[A-Z]\w+Event$/, `${event.name} on <${declaration.tagName}>`);
        const eventClass = eventClasses.get(type);
        assert.ok(eventClass, `${type} is not declared in dist/index.js`);
        const fields = new Map(
          eventClass.members?.filter((m) => m.kind === 'field').map((m) => [m.name, m]),
        );
        assert.equal(fields.get('type')?.type?.text, `'${event.name}'`);
        assert.ok(fields.get('detail')?.type?.text, `${type} has no detail type`);
        assert.match(declarations, new RegExp(`class ${type} extends CustomEvent<`));
      }
      const events = (declaration.events ?? []).map((event) => event.name);
      if (declaration.tagName !== 'recovery-provider')
        for (const always of ['recovery-step-change', 'recovery-error'])
          assert.ok(events.includes(always), `<${declaration.tagName}> lacks ${always}`);
    }
  });

  it("documents every part of the contract, and every element's custom properties", () => {
    const documented = new Set(
      elements.flatMap(({ declaration }) => (declaration.cssParts ?? []).map((p) => p.name)),
    );
    assert.deepEqual(
      [...partNames].filter((part) => !documented.has(part)),
      [],
    );
    for (const { declaration } of elements) {
      const parts = (declaration.cssParts ?? []).map((part) => part.name);
      for (const part of parts) assert.ok((partNames as readonly string[]).includes(part), part);
      if (declaration.tagName !== 'recovery-provider')
        for (const part of ['card', 'heading', 'button', 'primary-button', 'input', 'code-input'])
          assert.ok(parts.includes(part), `<${declaration.tagName}> lacks the part ${part}`);
      assert.deepEqual(
        (declaration.cssProperties ?? []).map((property) => property.name).sort(),
        [...customProperties].sort(),
      );
    }
  });
});

describe('what is written from it, named in package.json', () => {
  const named = pkg as unknown as Record<string, unknown> & {
    exports: Record<string, string | { types: string }>;
  };

  it('names the manifest and the JetBrains web-types', () => {
    assert.equal(named.customElements, 'dist/custom-elements.json');
    assert.equal(named['web-types'], './dist/web-types.json');
    for (const file of ['web-types.json', 'vscode.html-custom-data.json', 'custom-elements.json'])
      assert.equal(named.exports[`./${file}`], `./dist/${file}`);
  });

  it('gives editors every tag, with its attributes', () => {
    const webTypes = json('dist/web-types.json');
    const vscode = json('dist/vscode.html-custom-data.json');
    assert.deepEqual(
      webTypes.contributions.html.elements.map((e: { name: string }) => e.name).sort(),
      tags.sort(),
    );
    assert.deepEqual(vscode.tags.map((t: { name: string }) => t.name).sort(), tags.sort());
    const reset = vscode.tags.find((t: { name: string }) => t.name === 'two-factor-reset');
    assert.ok(reset.attributes.some((a: { name: string }) => a.name === 'open'));
  });

  it('types every tag in React, Vue and Svelte', () => {
    for (const framework of ['react', 'vue', 'svelte']) {
      const target = named.exports[`./${framework}`];
      // React's entry also holds the wrapper components (two-factor-recovery/react).
      assert.deepEqual(target, {
        types: `./dist/types/${framework}.d.ts`,
        ...(framework === 'react' && { default: './dist/react.js' }),
      });
      const types = readFileSync(`dist/types/${framework}.d.ts`, 'utf8');
      for (const tag of tags) assert.match(types, new RegExp(`'${tag}': `), `${framework}: ${tag}`);
    }
  });
});

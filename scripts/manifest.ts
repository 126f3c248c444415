/**
 * After the analyzer (`cem analyze`, which reads every source file): writes what integrators
 * read, all from the one public manifest, so nothing about the elements is written twice:
 * - dist/custom-elements.json: the public elements, with paths into dist/;
 * - dist/types/{react,vue,svelte}.d.ts: the elements' types in each framework;
 * - dist/web-types.json (JetBrains) and dist/vscode.{html,css}-custom-data.json (VS Code);
 * - the shared steps' manifest, for their stories only (never shipped).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import {
  getVsCodeCssCustomData,
  getVsCodeHtmlCustomData,
} from 'custom-element-vs-code-integration';
import { publicEvents } from './manifest/events.js';
import { reactTypes, svelteTypes, vueTypes } from './manifest/framework-types.js';
import { internalManifest, publicManifest, type RawManifest } from './manifest/public-api.js';
import { analyzerOutput, sharedStepsManifest } from './manifest/paths.js';

const raw = JSON.parse(await readFile(analyzerOutput, 'utf8')) as RawManifest;
const manifest = publicManifest(raw, publicEvents(raw));
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const editorOptions = { hideLogs: true, hideMethodDocs: true } as const;
// The editors' generators type every declaration as an element; they read the elements alone.
const forEditors = manifest as Parameters<typeof getWebTypesData>[0];

const files: Record<string, string> = {
  'dist/custom-elements.json': json(manifest),
  [sharedStepsManifest]: json(internalManifest(raw)),
  'dist/types/react.d.ts': reactTypes(manifest),
  'dist/types/vue.d.ts': vueTypes(manifest),
  'dist/types/svelte.d.ts': svelteTypes(manifest),
  'dist/web-types.json': json(JSON.parse(getWebTypesData(forEditors, editorOptions))),
  'dist/vscode.html-custom-data.json': json(
    JSON.parse(getVsCodeHtmlCustomData(forEditors, editorOptions)),
  ),
  'dist/vscode.css-custom-data.json': json(
    JSON.parse(getVsCodeCssCustomData(forEditors, editorOptions)),
  ),
};
for (const [file, contents] of Object.entries(files)) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, contents);
  console.log(`wrote ${file}`);
}

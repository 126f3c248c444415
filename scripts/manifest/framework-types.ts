/**
 * React 19, Vue and Svelte typings of the elements, written from the public manifest so the API
 * is described once (the classes' JSDoc) and typed once (the classes themselves): every prop is
 * `Class['field']`, every listener takes the event's own class.
 */
import type * as Cem from 'custom-elements-manifest/schema';

interface Prop {
  /** The name as written in markup: an attribute's name, or a property's. */
  name: string;
  field: string;
  description: string;
}

interface ElementTypes {
  tag: string;
  className: string;
  summary: string;
  attributes: Prop[];
  properties: Prop[];
  events: { name: string; type: string; description: string }[];
}

const header = (what: string) => `/**
 * ${what}
 *
 * Generated from custom-elements.json by \`npm run manifest\`: the elements' JSDoc is the source.
 */`;

/** A JSDoc block, safe whatever the text holds. */
const doc = (text: string, indent: string) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';

const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** `recovery-step-change` → `onRecoveryStepChange`: the prop Vue compiles `@recovery-step-change` to. */
const vueHandler = (event: string) => `on${camel(event).replace(/^./, (c) => c.toUpperCase())}`;

export function elementTypes(manifest: Cem.Package): ElementTypes[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter(
      (d): d is Cem.CustomElementDeclaration & { tagName: string } =>
        d.kind === 'class' && 'tagName' in d && !!d.tagName,
    )
    .map((d) => ({
      tag: d.tagName,
      className: d.name,
      summary: d.summary ?? d.description ?? '',
      attributes: (d.attributes ?? []).map((a) => ({
        name: a.name,
        field: a.fieldName ?? camel(a.name),
        description: a.description ?? '',
      })),
      // Properties a host may set that have no attribute (objects: the client, strings).
      properties: (d.members ?? [])
        .filter(
          (m): m is Cem.CustomElementField =>
            m.kind === 'field' && !m.readonly && !('attribute' in m && m.attribute),
        )
        .map((m) => ({ name: m.name, field: m.name, description: m.description ?? '' })),
      events: (d.events ?? []).map((e) => {
        if (!e.type?.text) throw new Error(`<${d.tagName}>: event ${e.name} has no type`);
        return { name: e.name, type: e.type.text, description: e.description ?? '' };
      }),
    }));
}

const imports = (elements: ElementTypes[]) => {
  const names = new Set<string>();
  for (const element of elements) {
    names.add(element.className);
    for (const event of element.events) names.add(event.type);
  }
  return `import type {\n${[...names]
    .sort()
    .map((name) => `  ${name},\n`)
    .join('')}} from './index.js';`;
};

/** Attributes by their names, other settable properties by theirs, `on<event>` listeners. */
const domProps = (e: ElementTypes) =>
  `${doc(`The attributes, properties and events of \`<${e.tag}>\`.`, '')}export interface ${e.className}Props {\n${[
    ...[...e.attributes, ...e.properties].map(
      (p) => `${doc(p.description, '  ')}  ${key(p.name)}?: ${e.className}['${p.field}'];\n`,
    ),
    ...e.events.map(
      (ev) =>
        `${doc(ev.description, '  ')}  ${key(`on${ev.name}`)}?: (event: ${ev.type}) => void;\n`,
    ),
  ].join('')}}\n`;

export function reactTypes(manifest: Cem.Package): string {
  const elements = elementTypes(manifest);
  return `${header(
    "React 19: the elements' JSX types (`import type {} from 'two-factor-recovery/react'` once in your app, for the tags themselves), and the wrapper components of `two-factor-recovery/react`.",
  )}
import type { HTMLAttributes, RefAttributes } from 'react';
${imports(elements)}

export * from './react/index.js';

${elements.map(domProps).join('\n')}
/** Every element's own props, by tag: for a JSX runtime other than React's, extend its \`IntrinsicElements\` with it. */
export interface CustomElements {
${elements.map((e) => `  '${e.tag}': ${e.className}Props;\n`).join('')}}

type ReactProps<E, P> = P & HTMLAttributes<E> & RefAttributes<E>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (e) =>
      `${doc(e.summary, '      ')}      '${e.tag}': ReactProps<${e.className}, ${e.className}Props>;\n`,
  )
  .join('')}    }
  }
}
`;
}

export function svelteTypes(manifest: Cem.Package): string {
  const elements = elementTypes(manifest);
  return `${header(
    "Svelte 5 types of the elements: `import type {} from 'two-factor-recovery/svelte'` once in your app.",
  )}
import type { HTMLAttributes } from 'svelte/elements';
${imports(elements)}

${elements.map(domProps).join('\n')}
declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${elements
  .map(
    (e) =>
      `${doc(e.summary, '    ')}    '${e.tag}': HTMLAttributes<${e.className}> & ${e.className}Props;\n`,
  )
  .join('')}  }
}
`;
}

export function vueTypes(manifest: Cem.Package): string {
  const elements = elementTypes(manifest);
  const props = (e: ElementTypes) =>
    `${doc(`The props of \`<${e.tag}>\` in a template (\`api-base\` or \`apiBase\` alike).`, '')}export interface ${e.className}Props {\n${[
      ...[...e.attributes, ...e.properties].map(
        (p) => `${doc(p.description, '  ')}  ${key(p.field)}?: ${e.className}['${p.field}'];\n`,
      ),
      ...e.events.map(
        (ev) =>
          `${doc(ev.description, '  ')}  ${vueHandler(ev.name)}?: (event: ${ev.type}) => void;\n`,
      ),
    ].join(
      '',
    )}}\n\n${doc(`The events of \`<${e.tag}>\`, for \`@event\` in a template.`, '')}export interface ${e.className}Events {\n${e.events
      .map((ev) => `  '${ev.name}': ${ev.type};\n`)
      .join('')}}\n`;
  return `${header(
    "Vue 3.5 types of the elements (\`GlobalComponents\`): `import type {} from 'two-factor-recovery/vue'` once in your app.",
  )}
import type { EmitFn, HTMLAttributes } from 'vue';
${imports(elements)}

${elements.map(props).join('\n')}
/** A custom element as Vue's template checker sees a component: its props and the events it emits. */
type VueElement<E extends HTMLElement, Props, Events> = new () => E & {
  /** @deprecated For template type checking only: set the element's properties instead. */
  $props: HTMLAttributes & Props;
  /** @deprecated For template type checking only: the element dispatches its events itself. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map(
    (e) =>
      `${doc(e.summary, '    ')}    '${e.tag}': VueElement<${e.className}, ${e.className}Props, ${e.className}Events>;\n`,
  )
  .join('')}  }
}
`;
}

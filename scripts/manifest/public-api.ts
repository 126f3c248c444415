/**
 * From the analyzer's view of every source file to the manifest a package consumer reads: the
 * public elements only (no shared `tfr-*` steps, no reference backend, no private or protected
 * members), with module paths into dist/ and every event typed with its class.
 */
import type * as Cem from 'custom-elements-manifest/schema';

/** What the analyzer writes: the schema's shapes, with the few fields it adds. */
export type RawManifest = Cem.Package;

/** A public event: its name, the class that carries it, and that class's `detail` type. */
export interface EventInfo {
  name: string;
  className: string;
  detail: string;
  description: string;
}

/** The module every public element is defined in: `dist/<tag>.js`; the index re-exports them all. */
export const elementModule = (tag: string) => `dist/${tag}.js`;
export const indexModule = 'dist/index.js';

const isElement = (d: Cem.Declaration): d is Cem.CustomElementDeclaration & { tagName: string } =>
  d.kind === 'class' && 'customElement' in d && d.customElement === true && !!d.tagName;

/** The element classes of src/elements/<tag>/<tag>.ts: the public API. */
export function publicElements(raw: RawManifest) {
  return raw.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter(isElement)
      .filter((d) => module.path === `src/elements/${d.tagName}/${d.tagName}.ts`),
  );
}

/** The shared steps (`tfr-*` in src/core/): internal, documented for Storybook alone. */
export function sharedSteps(raw: RawManifest) {
  return raw.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter(isElement)
      .filter((d) => d.tagName.startsWith('tfr-') && module.path.startsWith('src/core/'))
      .map((declaration) => ({ module: module.path, declaration })),
  );
}

const isPublic = (member: Cem.ClassMember) =>
  (member.privacy ?? 'public') === 'public' &&
  !('static' in member && member.static) &&
  !member.name.startsWith('#') &&
  !member.name.startsWith('_');

/** A reference into a module that is not shipped (the elements' shared base class) is dropped. */
const withoutSourceReference = <T extends { inheritedFrom?: Cem.Reference }>({
  inheritedFrom,
  ...rest
}: T): Omit<T, 'inheritedFrom'> => rest;

const typeOf = (event: EventInfo): Cem.Type => ({
  text: event.className,
  references: [
    { name: event.className, module: indexModule, start: 0, end: event.className.length },
  ],
});

/**
 * One element as integrators see it: its public members and attributes, its documented events
 * (each typed with its class), parts, custom properties and slots.
 */
export function publicDeclaration(
  d: Cem.CustomElementDeclaration & { tagName: string },
  events: ReadonlyMap<string, EventInfo>,
): Cem.CustomElementDeclaration {
  const documented = (d.events ?? []).filter((event) => event.name); // the @fires entries
  const unknown = documented.filter((event) => !events.has(event.name));
  if (unknown.length)
    throw new Error(
      `<${d.tagName}> fires unknown events: ${unknown.map((e) => e.name).join(', ')}`,
    );
  return {
    kind: 'class',
    name: d.name,
    tagName: d.tagName,
    customElement: true,
    ...(d.summary && { summary: d.summary }),
    ...(d.description && { description: d.description }),
    // A superclass from a package is public; the elements' own base class is not shipped as a module.
    ...(d.superclass?.package && { superclass: d.superclass }),
    attributes: (d.attributes ?? []).map(withoutSourceReference),
    members: (d.members ?? []).filter(isPublic).map(withoutSourceReference),
    events: documented.map((event) => ({
      name: event.name,
      type: typeOf(events.get(event.name)!),
      ...(event.description && { description: event.description }),
    })),
    cssParts: d.cssParts ?? [],
    cssProperties: d.cssProperties ?? [],
    slots: d.slots ?? [],
  };
}

/** The public manifest: one module per element entry, and the index with the event classes. */
export function publicManifest(raw: RawManifest, events: readonly EventInfo[]): Cem.Package {
  const byName = new Map(events.map((event) => [event.name, event]));
  const elements = publicElements(raw).sort((a, b) => a.tagName.localeCompare(b.tagName));
  const definition = (d: { name: string; tagName: string }): Cem.CustomElementExport => ({
    kind: 'custom-element-definition',
    name: d.tagName,
    declaration: { name: d.name, module: elementModule(d.tagName) },
  });
  const elementModules: Cem.JavaScriptModule[] = elements.map((d) => ({
    kind: 'javascript-module',
    path: elementModule(d.tagName),
    description: `Defines \`<${d.tagName}>\` and exports its class.`,
    declarations: [publicDeclaration(d, byName)],
    exports: [
      { kind: 'js', name: d.name, declaration: { name: d.name, module: elementModule(d.tagName) } },
      definition(d),
    ],
  }));
  const eventClasses: Cem.ClassDeclaration[] = events.map((event) => ({
    kind: 'class',
    name: event.className,
    description: event.description || `The \`${event.name}\` event.`,
    superclass: { name: 'CustomEvent', package: 'global:' },
    members: [
      {
        kind: 'field',
        name: 'type',
        type: { text: `'${event.name}'` },
        readonly: true,
      },
      { kind: 'field', name: 'detail', type: { text: event.detail }, readonly: true },
    ],
  }));
  const index: Cem.JavaScriptModule = {
    kind: 'javascript-module',
    path: indexModule,
    description:
      'Defines every element and exports their classes, the events, the clients and the localisation entry points.',
    declarations: eventClasses,
    exports: [
      ...elements.map((d): Cem.JavaScriptExport => ({
        kind: 'js',
        name: d.name,
        declaration: { name: d.name, module: elementModule(d.tagName) },
      })),
      ...events.map((event): Cem.JavaScriptExport => ({
        kind: 'js',
        name: event.className,
        declaration: { name: event.className, module: indexModule },
      })),
      ...elements.map(definition),
    ],
  };
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [index, ...elementModules],
  };
}

/** The shared steps, public members only, for the stories of src/core/ (never shipped). */
export function internalManifest(raw: RawManifest): Cem.Package {
  return {
    schemaVersion: '2.1.0',
    modules: sharedSteps(raw).map(({ module, declaration }) => ({
      kind: 'javascript-module',
      path: module,
      declarations: [
        {
          ...declaration,
          members: (declaration.members ?? []).filter(isPublic).map(withoutSourceReference),
          events: (declaration.events ?? []).filter((event) => event.name),
        },
      ],
    })),
  };
}

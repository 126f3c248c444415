/**
 * A Vite plugin for the drop-in build: the whitespace and comments of lit's `html`, `svg` and
 * `css` templates go, which the minifier leaves (they are strings to it). What the browser
 * sees does not change:
 * - `html` and `svg`: a run of whitespace holding a line break becomes one space (HTML collapses
 *   whitespace so; there is no `<pre>` and no `<textarea>` text in the kit's templates);
 * - `css`: comments go and each run of whitespace becomes one space, none next to `{ } ; ,`.
 */
import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const tags = new Set(['html', 'svg', 'css']);

export function minifyHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1');
}

function* taggedTemplates(node: unknown): Generator<{ tag: string; quasis: Node[] }> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  const { type, tag, quasi } = node as { type?: string; tag?: Node; quasi?: Node };
  if (
    type === 'TaggedTemplateExpression' &&
    tag?.type === 'Identifier' &&
    tags.has(tag.name as string)
  )
    yield { tag: tag.name as string, quasis: quasi!.quasis as Node[] };
  for (const [key, value] of Object.entries(node))
    if (key !== 'parent' && value && typeof value === 'object') yield* taggedTemplates(value);
}

export function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return undefined;
      const magic = new MagicString(code);
      for (const { tag, quasis } of taggedTemplates(parseAst(code))) {
        for (const quasi of quasis) {
          // The raw text sits between the quasi's delimiters (`, ${, }).
          const start = quasi.start;
          const end = quasi.end;
          const raw = code.slice(start, end);
          const minified = tag === 'css' ? minifyCss(raw) : minifyHtml(raw);
          if (minified !== raw) magic.overwrite(start, end, minified);
        }
      }
      return magic.hasChanged()
        ? { code: magic.toString(), map: magic.generateMap({ hires: true }) }
        : undefined;
    },
  };
}

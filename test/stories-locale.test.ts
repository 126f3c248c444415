/**
 * Every story in a pseudo-locale, right to left, at 320 px: no English word escaped the
 * strings, nothing overflows with 40% longer words, the layout mirrors (text buttons on the
 * right content edge), and values (codes, keys, phone numbers, emails) stay left to right,
 * isolated with markup whose text is the value itself.
 */
import { english, pseudoLang } from './support/pseudo-locale.js';
import { overflowing, textButtonsOffEdge, touchingControls } from './support/layout-checks.js';
import { elementTags } from './support/element-tags.js';
import { describeStories } from './support/story-runner.js';

/** Where a value is isolated: its words are data, not strings. */
const isolated = 'bdi, [dir="ltr"]';
const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const ofKit = (element: Element) =>
  elementTags.includes(element.localName) || element.localName.startsWith('tfr-');

/** The kit's shadow roots under `root`: what its elements render (a story host's own words are not). */
function* shadowRoots(root: ParentNode): Generator<ShadowRoot> {
  for (const element of root.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    if (ofKit(element)) yield element.shadowRoot;
    yield* shadowRoots(element.shadowRoot);
  }
}

/** The English words the elements show or name, outside isolated values. */
function englishIn(canvas: HTMLElement): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(canvas)) {
    // One text for the root: a sentence may be split around a value in its own element.
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !parent.closest(`style, ${isolated}`)) text += node.textContent;
    }
    found.push(...english(text));
    for (const element of root.querySelectorAll('[aria-label], [placeholder], [title]'))
      for (const name of ['aria-label', 'placeholder', 'title'])
        found.push(...english(element.getAttribute(name) ?? ''));
  }
  return found;
}

/** Values not left to right, or carrying bidirectional control characters. */
function valuesNotLeftToRight(canvas: HTMLElement): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(canvas)) {
    for (const element of root.querySelectorAll<HTMLElement>(
      `${isolated}, input:not([type=checkbox], [type=radio])`,
    )) {
      const text = element instanceof HTMLInputElement ? element.value : element.textContent;
      if (element.localName === 'input' && element.dir !== 'ltr' && element.dir !== 'auto')
        found.push(`<input id=${element.id}> is not marked left to right`);
      else if (element.localName !== 'bdi' && getComputedStyle(element).direction !== 'ltr')
        found.push(`"${text}" is not left to right`);
      if (bidiControls.test(text ?? '')) found.push(`"${text}" has bidirectional controls`);
    }
  }
  return found;
}

/** Headings that are not right to left: the element did not take the page's direction. */
function notMirrored(canvas: HTMLElement): string[] {
  return [...shadowRoots(canvas)].flatMap((root) =>
    [...root.querySelectorAll('[data-heading]')]
      .filter((heading) => getComputedStyle(heading).direction !== 'rtl')
      .map((heading) => `heading "${heading.textContent?.trim()}" is not right to left`),
  );
}

describeStories('every story in a pseudo-locale, right to left, at 320 px', {
  prepare: (canvas) => {
    canvas.lang = pseudoLang;
    canvas.dir = 'rtl';
    canvas.style.width = '320px';
  },
  played: async (canvas, story) => {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const words = story.parameters?.ownLang ? [] : englishIn(canvas);
    const problems = [
      ...(words.length ? [`English left: ${[...new Set(words)].join(', ')}`] : []),
      ...overflowing(canvas, { edges: !story.parameters?.ownWidth }),
      ...textButtonsOffEdge(canvas),
      ...touchingControls(canvas),
      ...valuesNotLeftToRight(canvas),
      ...notMirrored(canvas),
    ];
    if (problems.length > 0) throw new Error(problems.join('\n'));
  },
});

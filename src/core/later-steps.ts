/**
 * An element's steps past its first answer come in a chunk of their own: a subclass in
 * `<tag>/<tag>.later-steps.ts`, checked by TypeScript as the element's own code, whose methods
 * are copied onto the element when the chunk arrives. The operation runner loads it with the
 * element's first call, before the request goes, so no answer can come before its step.
 * A later-steps module imports its element by type only, and lit's templates from `lit/html.js`
 * (not `lit`, which brings LitElement): otherwise the bundler can split what the main file
 * shares with it into a chunk of its own, which the main file then loads statically (the
 * bench fails on that).
 */
import { lazyChunk } from './lazy-chunk.js';

type Class = { prototype: object };

/** A later-steps module: `steps(Element)` makes the subclass. */
interface LaterStepsModule<E> {
  steps(element: E): Class;
}

/**
 * An element's `laterSteps`: fetches its later-steps module once, with its base class's later
 * steps (the shared ones), and gives `element` the subclass's methods. The subclass fills in
 * what the element leaves to it (`renderLaterStep`, the base's shared steps) and adds its own
 * methods; it overrides no method the element class itself defines, and calls no `super`.
 */
export function laterSteps<E extends Class>(
  element: E,
  load: () => Promise<LaterStepsModule<E>>,
): () => Promise<void> {
  const base = Object.getPrototypeOf(element) as { laterSteps?: () => Promise<void> };
  return lazyChunk(async () => {
    const [module] = await Promise.all([load(), base.laterSteps?.()]);
    const methods = Object.getOwnPropertyDescriptors(module.steps(element).prototype);
    for (const [name, method] of Object.entries(methods))
      if (name !== 'constructor') Object.defineProperty(element.prototype, name, method);
  });
}

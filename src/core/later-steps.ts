/**
 * An element's steps past its first answer come in a chunk of their own: a subclass in
 * `<tag>/<tag>.later-steps.ts`, checked by TypeScript as the element's own code, whose methods
 * are copied onto the element when the chunk arrives. The operation runner loads it with the
 * element's first call, before the request goes, so no answer can come before its step.
 */
import { lazyChunk } from './lazy-chunk.js';

type Class = { prototype: object };

/** An element's `laterSteps`: fetches the subclass once, and gives `element` its methods. */
export function laterSteps(element: Class, load: () => Promise<Class>): () => Promise<void> {
  return lazyChunk(async () => {
    const steps = await load();
    for (const [name, method] of Object.entries(Object.getOwnPropertyDescriptors(steps.prototype)))
      if (name !== 'constructor') Object.defineProperty(element.prototype, name, method);
  });
}

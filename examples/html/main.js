// @ts-check
// The page's script, as written: no build step. TypeScript checks it with the package's types.
import 'two-factor-recovery';
import { createMemoryClient } from 'two-factor-recovery/memory-client';

const provider = document.querySelector('recovery-provider');
const reset = document.querySelector('two-factor-reset');
const steps = document.querySelector('#steps');
if (!provider || !reset || !steps) throw new Error('the page lacks its elements');

// A property, not an attribute: with a real backend, `createHttpClient({ baseUrl })` from the
// drop-in, or simply `api-base="/api/2fa"` on the provider.
provider.client = createMemoryClient();

reset.addEventListener('recovery-step-change', (event) => {
  const item = document.createElement('li');
  item.textContent = event.detail.step;
  steps.append(item);
});

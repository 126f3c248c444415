/**
 * The admin page: `<two-factor-admin-reset>` on an HTTP client that signs in as the chosen user,
 * as a real host sends its own credentials with every request (here the demo's `X-Demo-User`).
 * `?as=<userId>` picks the user; choosing another loads the page again as them.
 */
import { createHttpClient } from '../../src/api/http-client.js';
import '../../src/elements/two-factor-admin-reset/define.js';
import { demoUserHeader } from '../../src/reference/dev-api.js';

const select = document.querySelector<HTMLSelectElement>('#admin-user')!;
const signedInAs = new URLSearchParams(location.search).get('as') ?? select.value;
select.value = signedInAs;
select.addEventListener('change', () => location.assign(`?as=${encodeURIComponent(select.value)}`));

document.querySelector('two-factor-admin-reset')!.client = createHttpClient({
  baseUrl: '/api/2fa',
  headers: { [demoUserHeader]: signedInAs },
});

/**
 * The demo's own 2FA prompt. A real site checks the code on its server; the demo compares it
 * with the demo account's current authenticator code from the development endpoints.
 */
import '../../src/elements/recovery-provider/define.js';
import '../../src/elements/two-factor-reset/define.js'; // "Authenticate a different way", under the prompt
import { createDevClient } from '../dev-client.js';

const form = document.querySelector<HTMLFormElement>('#prompt')!;
const input = form.querySelector<HTMLInputElement>('#code')!;
const result = form.querySelector<HTMLElement>('#prompt-result')!;

function say(message: string, invalid: boolean, link?: { href: string; text: string }): void {
  input.setAttribute('aria-invalid', String(invalid));
  result.replaceChildren(message);
  if (link) result.append(' ', Object.assign(document.createElement('a'), link));
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const code = input.value.replace(/[\s-]/g, '');
  if (!/^\d{6}$/.test(code)) return say('Enter the 6 digits from your authenticator app.', true);
  const { code: current } = await createDevClient().totp();
  if (current === null) {
    say('This account has no authenticator app any more.', true, {
      href: '/setup.html',
      text: 'Set up 2FA again',
    });
  } else if (code !== current) {
    say("That code isn't right. The demo controls show the current one.", true);
  } else {
    say('Signed in.', false, { href: '/account.html', text: 'Go to your account' });
  }
});

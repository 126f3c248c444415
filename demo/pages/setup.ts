/** Where the setup email's link lands: `<authenticator-setup>`, then a way on to the account. */
import '../../src/elements/authenticator-setup/define.js';
import '../../src/elements/recovery-provider/define.js';

const next = document.querySelector<HTMLElement>('#setup-next')!;
// The host decides where the user goes once everything is set up.
document.addEventListener('recovery-step-change', ({ detail }) => {
  next.hidden = detail.step !== 'done';
});

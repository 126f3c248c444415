/** The account page: `<account-protection>`, and the events a host page hears from it. */
import '../../src/elements/account-protection/define.js';
import '../../src/elements/recovery-provider/define.js';

const heard = document.querySelector<HTMLOListElement>('#heard')!;
for (const type of [
  'backup-method-changed',
  'recovery-key-generated',
  'recovery-key-acknowledged',
  'authenticator-enrolled',
  'recovery-step-change',
] as const) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    heard.prepend(item);
  });
}

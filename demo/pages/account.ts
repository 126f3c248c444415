/** Shows the demo account's 2FA status, read with the kit's own HTTP client. */
import { createHttpClient } from '../../src/api/http-client.js';

const message = document.querySelector<HTMLElement>('#status-message')!;
const list = document.querySelector<HTMLElement>('#status')!;
const field = (name: string) => list.querySelector<HTMLElement>(`[data-field="${name}"]`)!;

try {
  const status = await createHttpClient({ baseUrl: '/api/2fa' }).getStatus({});
  field('primary').textContent = status.primary
    ? (status.primary.label ?? status.primary.type)
    : 'Not set up';
  field('backup').textContent = status.backupMethod?.maskedValue ?? 'Backup method not set up';
  field('key').textContent = status.recoveryKey
    ? `Created ${new Date(status.recoveryKey.createdAt).toLocaleString()}`
    : 'None';
  message.textContent = '';
  list.hidden = false;
} catch {
  message.textContent = 'The status could not be loaded. Reload the page to try again.';
}

/** Shows the demo account's 2FA status, read with the kit's own HTTP client, and the kit's elements. */
import { createHttpClient } from '../../src/api/http-client.js';
import '../../src/elements/backup-method-manager/define.js';
import '../../src/elements/recovery-key-panel/define.js';
import '../../src/elements/recovery-provider/define.js';

const message = document.querySelector<HTMLElement>('#status-message')!;
const list = document.querySelector<HTMLElement>('#status')!;
const field = (name: string) => list.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
const client = createHttpClient({ baseUrl: '/api/2fa' });

async function showStatus(): Promise<void> {
  try {
    const status = await client.getStatus({});
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
}

await showStatus();
// The host page hears what the elements change, and keeps its own view in step.
for (const change of ['backup-method-changed', 'recovery-key-acknowledged'] as const) {
  document.addEventListener(change, () => void showStatus());
}

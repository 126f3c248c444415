/** A user's 2FA state as a list of terms: the 2FA method, the backup method and the recovery key. */
import { css, html, type TemplateResult } from 'lit';
import type { Status } from '../api/contract.js';
import { formatDate } from './format.js';
import type { Strings } from './strings/en.js';
import { renderMasked } from './readings.js';

/** "Authenticator app", "Text message" or "Voice call". */
export function methodName(t: Strings, type: NonNullable<Status['primary']>['type']): string {
  return { totp: t.methodTotp, sms: t.methodSms, voice: t.methodVoice }[type];
}

/** The rows of `status`, after any `before` (term, value) rows; "Not set up" for what is missing. */
export function renderStatusList(
  t: Strings,
  lang: string,
  { primary, backupMethod, recoveryKey }: Status,
  {
    before = [],
    primaryTerm = t.twoFactorMethod,
  }: { before?: [string, unknown][]; primaryTerm?: string } = {},
): TemplateResult {
  const method = primary && methodName(t, primary.type);
  const rows: [string, unknown][] = [
    ...before,
    [
      primaryTerm,
      !primary
        ? t.notSetUp
        : primary.label && primary.label !== method
          ? html`${method} (<bdi>${primary.label}</bdi>)`
          : method,
    ],
    [
      t.backupHeading,
      backupMethod
        ? html`${backupMethod.type === 'phone' ? t.phoneNumber : t.emailAddress}
          ${renderMasked(t, backupMethod.maskedValue, { named: true })}`
        : t.notSetUp,
    ],
    [
      t.recoveryKey,
      recoveryKey ? t.keyCreated(formatDate(lang, recoveryKey.createdAt)) : t.notSetUp,
    ],
  ];
  return html`<dl class="status">
    ${rows.map(
      ([term, value]) =>
        // Spaces between the terms and values, as anything that reads the text expects.
        html`<dt>${term}</dt>
          <dd>${value}</dd> `,
    )}
  </dl>`;
}

export const statusListStyles = css`
  .status {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_tfr-space);
  }
  .status dt {
    font-weight: 600;
  }
  .status dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* One column where two would squeeze the values. */
  @media (max-width: 24rem) {
    .status {
      grid-template-columns: 1fr;
    }
    .status dd {
      margin-bottom: 0.5rem;
    }
  }
`;

/** The `::part()` names of CONTRACT.md §3, passed on by every element from the steps inside it. */
export const partNames = [
  'card',
  'heading',
  'button',
  'primary-button',
  'input',
  'error',
  'banner',
  'code-input',
  'qr-code',
  'recovery-key',
] as const;

export const exportParts = partNames.join(', ');

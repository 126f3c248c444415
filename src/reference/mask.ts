/** How the reference backend shows a destination without giving it away. */

/** The first character as a reader sees it: a whole emoji, never half of a UTF-16 pair. */
function firstCharacter(text: string): string {
  const [first] = new Intl.Segmenter().segment(text);
  return first?.segment ?? '';
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${firstCharacter(email.slice(0, at))}•••${email.slice(at)}`;
}

/** The last four digits only: "•••• 0456". */
export function maskPhone(phone: string): string {
  return `•••• ${phone.slice(-4)}`;
}

export const maskDestination = (type: 'email' | 'phone', value: string) =>
  type === 'email' ? maskEmail(value) : maskPhone(value);

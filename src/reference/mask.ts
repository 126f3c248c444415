/** How the reference backend shows a destination without giving it away. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

/** The last four digits only: "•••• 0456". */
export function maskPhone(phone: string): string {
  return `•••• ${phone.slice(-4)}`;
}

export const maskDestination = (type: 'email' | 'phone', value: string) =>
  type === 'email' ? maskEmail(value) : maskPhone(value);

/** Times and waits in the reader's language, through Intl. */

/** `lang` if Intl takes it, else English: a page's `lang="en_US"` must not stop an element. */
function intlLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** A wait as people say it: "30 seconds", "15 minutes", "2 hours" (rounded up). */
export function formatWait(lang: string, seconds: number): string {
  const [value, unit] =
    seconds < 90
      ? [Math.max(1, Math.ceil(seconds)), 'second']
      : seconds < 90 * 60
        ? [Math.ceil(seconds / 60), 'minute']
        : [Math.ceil(seconds / 3600), 'hour'];
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value);
}

/** A time of day: "10:42 AM". */
export const formatTime = (lang: string, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { timeStyle: 'short' }).format(new Date(iso));

/** A date: "22 Nov 2026". */
export const formatDate = (lang: string, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium' }).format(new Date(iso));

/** A date and a time: "22 Nov 2026, 10:42". */
export const formatDateTime = (lang: string, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** A backend time (ISO 8601) as the device's clock shows it, given the backend's time now (ms). */
export const onDeviceClock = (iso: string, backendNow: number) =>
  new Date(Date.parse(iso) - (backendNow - Date.now())).toISOString();

/** "ABCDEFGHJKLM…" as people read and write it: "ABCD-EFGH-JKLM-…". */
export const groupKey = (key: string, separator = '-') =>
  key.match(/.{1,4}/g)?.join(separator) ?? '';

/** Counts in Arabic: the noun's form follows the number's. */
import { plural } from '../../core/strings/plural.js';

/** "the 6-digit code": the count of digits after "من", by the number's form. */
export const digitCount = (n: number) =>
  plural('ar', n, {
    one: 'رقم واحد',
    two: 'رقمين',
    few: `${n} أرقام`,
    many: `${n} رقمًا`,
    other: `${n} رقم`,
  });

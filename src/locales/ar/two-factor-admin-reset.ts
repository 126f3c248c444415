import { plural } from '../../core/strings/plural.js';
import type { adminReset } from '../../elements/two-factor-admin-reset/strings.js';

/** A count of characters after a preposition, by the number's form. */
const chars = (n: number) =>
  plural('ar', n, {
    one: 'حرف واحد',
    two: 'حرفين',
    few: `${n} أحرف`,
    many: `${n} حرفًا`,
    other: `${n} حرف`,
  });

export default {
  // <two-factor-admin-reset>
  adminHeading: 'إعادة تعيين المصادقة الثنائية',
  adminIntro:
    'ابحث عن المستخدم الذي لا يستطيع تسجيل الدخول. بعد إعادة التعيين، سيعيد إعداد المصادقة الثنائية ' +
    'في المرة القادمة التي يسجّل فيها الدخول.',
  userId: 'معرّف المستخدم',
  userIdHint: 'معرّف المستخدم، مثل عنوان بريده الإلكتروني.',
  lookUp: 'بحث',
  enterUserId: 'أدخل معرّف مستخدم.',
  userIdTooLong: (max: number) => `يتكوّن معرّف المستخدم من ${chars(max)} كحد أقصى.`,
  userNotFound: 'لا يوجد مستخدم بهذا المعرّف',
  adminForbiddenHeading: 'لا يمكنك إعادة تعيين المصادقة الثنائية',
  adminForbidden:
    'هذا الحساب غير مسموح له بالبحث عن المستخدمين أو إعادة تعيين المصادقة الثنائية الخاصة بهم. اطلب ' +
    'ذلك من أحد المسؤولين في مؤسستك.',
  reason: 'السبب',
  reasonHint: (max: number) => `سبب إعادة التعيين، للتوثيق. حتى ${chars(max)}.`,
  enterReason: 'أدخل سبب إعادة التعيين.',
  reasonTooLong: (max: number) => `اجعل السبب في حدود ${chars(max)} أو أقل.`,
  resetTwoFactor: 'إعادة تعيين المصادقة الثنائية',
  adminResetEffect:
    'سيتوقف جهاز المصادقة الثنائية ومفتاح الاسترداد الخاصان بالمستخدم عن العمل، وسيتعين عليه إعادة ' +
    'إعداد المصادقة الثنائية في المرة القادمة التي يسجّل فيها الدخول. وتبقى طريقته الاحتياطية كما هي.',
  adminConfirmHeading: (displayName: string) =>
    `هل تريد إعادة تعيين المصادقة الثنائية للمستخدم ${displayName}؟`,
  adminConfirmText:
    'سيتعين على المستخدم إعادة إعداد المصادقة الثنائية في المرة القادمة التي يسجّل فيها الدخول. لا ' +
    'يمكن التراجع عن هذا الإجراء.',
  adminDoneHeading: (displayName: string) =>
    `تمت إعادة تعيين المصادقة الثنائية للمستخدم ${displayName}`,
  adminDone: (time: string) =>
    `تمت إعادة التعيين في ${time}. أبلغنا المستخدم بأنه سيعيد إعداد المصادقة الثنائية في المرة ` +
    'القادمة التي يسجّل فيها الدخول، ثم يضيف طريقة احتياطية.',
  lookUpAnother: 'البحث عن مستخدم آخر',
} satisfies typeof adminReset;

import type { twoFactorReset } from '../../elements/two-factor-reset/strings.js';

export default {
  // <two-factor-reset>
  authenticateDifferently: 'المصادقة بطريقة أخرى',
  chooseIntro:
    'لا يمكنك استخدام تطبيق المصادقة أو الرسائل النصية أو المكالمات؟ استعد الوصول إلى حسابك باستخدام ' +
    'طريقتك الاحتياطية أو مفتاح الاسترداد.',
  useBackupMethod: 'استخدام الطريقة الاحتياطية',
  useRecoveryKey: 'استخدام مفتاح الاسترداد',
  noBackupAccess: 'لا يمكنني الوصول إلى البريد الإلكتروني أو رقم الهاتف الاحتياطي',
  verifiedHeading: 'تم التحقق من هويتك',
  verifiedIntro:
    'أزل جهاز المصادقة الثنائية لإعادة إعداد المصادقة الثنائية على الجهاز نفسه أو على جهاز جديد. أو ' +
    'أنشئ مفتاح استرداد جديدًا وسجّل الدخول به.',
  removeDeviceAndAddNew: 'إزالة الجهاز وإضافة جهاز جديد',
  deviceRemovedHeading: 'تمت إزالة الجهاز',
  deviceRemovedIntro:
    'سنرسل إليك رابطًا عبر البريد الإلكتروني لإعادة إعداد المصادقة الثنائية على الجهاز نفسه أو على ' +
    'جهاز جديد.',
  sendSetupEmail: 'إرسال بريد إعداد المصادقة الثنائية',
  emailSentHeading: 'تحقق من بريدك الإلكتروني',
  emailSent: (maskedEmail: string) =>
    `أرسلنا رسالة بريد إلكتروني إلى ${maskedEmail}. افتحها لإعادة إعداد المصادقة الثنائية.`,
  resetTip: 'نصيحة: بعد ذلك، دوّن مفتاح الاسترداد الجديد.',
  noBackupAdvice:
    'بعد أن يعيد الدعم تعيين المصادقة الثنائية وتعيد إعدادها، أعدّ طريقة احتياطية حتى تتمكن من ' +
    'إعادة تعيينها بنفسك في المرة القادمة.',
  redeemNewKeyHeading: 'سجّل الدخول بمفتاح الاسترداد الجديد',
  noBackupHeading: 'لم يتم إعداد طريقة احتياطية',
  noBackupText: 'لم تُعدّ طريقة احتياطية لحسابك',
  noAccessHeading: 'لا يمكنك الوصول إلى طريقتك الاحتياطية؟',
  lockedHeading: 'محاولات كثيرة جدًا',
  expiredHeading: 'انتهت صلاحية تسجيل الدخول',
  signInAgain: 'تسجيل الدخول مرة أخرى',
  recoveryTimeLimit: (time: string) =>
    `أمامك حتى الساعة ${time} لإكمال العملية. بعد ذلك، ستحتاج إلى تسجيل الدخول مرة أخرى.`,

  // Support guidance
  supportStillLockedOut:
    'إذا ظللت غير قادر على تسجيل الدخول، فيمكن لأحد المسؤولين التواصل مع الدعم.',
} satisfies typeof twoFactorReset;

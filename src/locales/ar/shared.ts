import { plural } from '../../core/strings/plural.js';
import { digitCount } from './counts.js';
import type { ErrorInfo, shared } from '../../core/strings/shared.js';

const attemptsLeft = (n: number) =>
  plural('ar', n, {
    zero: 'لم تتبق لك أي محاولة.',
    one: 'تبقت لك محاولة واحدة.',
    two: 'تبقت لك محاولتان.',
    few: `تبقت لك ${n} محاولات.`,
    many: `تبقت لك ${n} محاولةً.`,
    other: `تبقت لك ${n} محاولة.`,
  });

export default {
  // Everywhere
  back: 'رجوع',
  cancel: 'إلغاء',
  tryAgain: 'إعادة المحاولة',
  loading: 'جارٍ التحميل…',
  working: 'لحظة من فضلك…',
  checkingCode: 'جارٍ التحقق من الرمز…',
  sendingCode: 'جارٍ إرسال رمز…',
  contactSupport: 'التواصل مع الدعم',
  configurationHeading: 'استرداد المصادقة الثنائية غير متاح',
  configurationMessage:
    'لم تربط هذه الصفحة استرداد المصادقة الثنائية بالخادم الخاص بها. إذا كنت تدير هذا الموقع: امنح ' +
    'العنصر client أو السمة api-base، أو ضعه داخل <recovery-provider>.',

  // Code entry
  codeHeading: 'أدخل رمز التحقق',
  codeSentTo: (maskedDestination: string, codeLength: number) =>
    `أدخل الرمز المكوّن من ${digitCount(codeLength)} الذي أرسلناه إلى ${maskedDestination}.`,
  verificationCode: 'رمز التحقق',
  verify: 'تحقق',
  resendCode: 'إعادة إرسال الرمز',
  resendAvailableIn: (wait: string) => `متاح بعد ${wait}`,
  resendCountdownStarted: (wait: string) => `يمكنك طلب رمز جديد بعد ${wait}.`,
  resendReady: 'يمكنك الآن طلب رمز جديد.',
  codeResent: (maskedDestination: string) => `أرسلنا رمزًا جديدًا إلى ${maskedDestination}.`,
  codeExpiresAt: (time: string) => `تنتهي صلاحية الرمز الساعة ${time}.`,
  enterCode: (codeLength: number) => `أدخل الرمز المكوّن من ${digitCount(codeLength)}.`,
  codeDigitsOnly: 'يتكوّن الرمز من أرقام فقط.',

  // Step-up
  stepUpHeading: 'تحقق من هويتك',
  stepUpStarting: 'جارٍ تجهيز رمز…',
  stepUpTotp: 'أدخل الرمز الظاهر في تطبيق المصادقة.',
  stepUpSms: (maskedDestination: string) =>
    `أدخل الرمز الذي أرسلناه في رسالة نصية إلى ${maskedDestination}.`,
  stepUpVoice: (maskedDestination: string) =>
    `أدخل الرمز الذي قرأناه لك عندما اتصلنا بالرقم ${maskedDestination}.`,
  authenticationCode: 'رمز المصادقة',
  continue: 'متابعة',
  stepUpWaitingHeading: 'في انتظار التحقق',
  stepUpWaiting: 'أكمل التحقق من هويتك. ستتابع العملية تلقائيًا بعد ذلك.',

  // Recovery key display
  recoveryKeyHeading: 'مفتاح الاسترداد الجديد',
  recoveryKeyIntro:
    'دوّنه واحفظه في مكان آمن، فلن يظهر إلا مرة واحدة. إذا فقدت تطبيق المصادقة، يمكنك تسجيل الدخول به.',
  recoveryKeyCreated: (date: string) => `تاريخ الإنشاء: ${date}.`,
  copy: 'نسخ',
  copied: 'تم النسخ.',
  copyFailed: 'تعذّر النسخ — حدّد المفتاح',
  download: 'تنزيل',
  print: 'طباعة',
  notedDown: 'دوّنت مفتاح الاسترداد',
  confirmNotedDown: 'أكّد أنك دوّنت مفتاح الاسترداد.',
  done: 'تم',
  recoveryKeyFile: (siteName: string, groupedKey: string, date: string) =>
    `مفتاح الاسترداد — ${siteName}\n\n${groupedKey}\n\nتاريخ الإنشاء: ${date}. يعمل مرة واحدة فقط: ` +
    'سجّل الدخول به إذا فقدت تطبيق المصادقة، ثم أعد إعداد المصادقة الثنائية.\n',
  recoveryKeyFileName: (siteName: string, isoDate: string) =>
    `مفتاح الاسترداد - ${siteName} - ${isoDate}.txt`,
  defaultSiteName: 'حسابك',

  // Recovery-key sign-in
  redeemHeading: 'تسجيل الدخول باستخدام مفتاح الاسترداد',
  redeemIntro: 'أدخل مفتاح الاسترداد الذي دوّنته. لا مشكلة في المسافات والشرطات.',
  recoveryKey: 'مفتاح الاسترداد',
  signInWithRecoveryKey: 'تسجيل الدخول بمفتاح الاسترداد',
  enterRecoveryKey: 'أدخل مفتاح الاسترداد.',
  recoveryKeyCharacters: 'يتكوّن مفتاح الاسترداد من حروف وأرقام فقط.',
  recoveryKeyTooShort: 'هذا أقصر من أن يكون مفتاح استرداد. أدخله كاملًا.',
  wrongRecoveryKey: (attemptsRemaining?: number) =>
    attemptsRemaining === undefined
      ? 'مفتاح الاسترداد هذا غير صحيح.'
      : `مفتاح الاسترداد هذا غير صحيح. ${attemptsLeft(attemptsRemaining)}`,

  // <two-factor-reset>
  generateNewRecoveryKey: 'إنشاء مفتاح استرداد جديد',
  signedInHeading: 'لقد سجّلت الدخول',
  signedInIntro: 'أعد إعداد المصادقة الثنائية، ثم دوّن مفتاح الاسترداد وأعدّ طريقة احتياطية.',
  startAgain: 'البدء من جديد',

  // <backup-method-manager>
  backupHeading: 'الطريقة الاحتياطية',
  phoneNumber: 'رقم الهاتف',
  emailAddress: 'البريد الإلكتروني',
  statusFailedHeading: 'تعذّر تحميل إعدادات المصادقة الثنائية',

  // <recovery-key-panel>
  replaceKeyHeading: 'هل تريد استبدال مفتاح الاسترداد؟',
  replaceKeyText: 'يتوقف مفتاح الاسترداد الحالي عن العمل بمجرد أن تنشئ مفتاحًا جديدًا.',
  replaceRecoveryKey: 'استبدال مفتاح الاسترداد',

  // <two-factor-admin-reset>
  twoFactorMethod: 'طريقة المصادقة الثنائية',
  methodTotp: 'تطبيق المصادقة',
  methodSms: 'رسالة نصية',
  methodVoice: 'مكالمة صوتية',
  notSetUp: 'لم يتم الإعداد',
  keyCreated: (date: string) => `تاريخ الإنشاء: ${date}`,

  // Screen-reader readings
  spelledKey: (spelledGroups: string[]) => spelledGroups.join('، '),
  maskedPhoneReading: (lastDigits: string) => `رقم الهاتف المنتهي بـ ${lastDigits}`,
  maskedEndingReading: (lastDigits: string) => `المنتهي بـ ${lastDigits}`,
  maskedEmailReading: (start: string, domain: string) => `${start}…@${domain}، مخفي جزئيًا`,
  maskedReading: (shown: string) => `${shown}، مخفي جزئيًا`,

  // Support guidance
  supportNoBackupMethod:
    'لإعادة تعيين المصادقة الثنائية دون طريقة احتياطية، يجب أن يتواصل أحد المسؤولين مع الدعم.',
  supportNoBackupAccess:
    'إذا تعذّر عليك الوصول إلى بريدك الإلكتروني أو هاتفك الاحتياطي، فيجب أن يتواصل أحد المسؤولين مع ' +
    'الدعم لإعادة تعيين المصادقة الثنائية لك.',
  supportLockedOut: 'إذا كنت بحاجة إلى الدخول قبل ذلك، فيمكن لأحد المسؤولين التواصل مع الدعم.',
  askAdmin: 'اطلب من أحد المسؤولين في مؤسستك التواصل مع الدعم.',

  // Errors, by code
  errors: {
    invalid_request: 'هناك خطأ في الطلب. تحقق مما أدخلته وحاول مرة أخرى.',
    invalid_code: ({ attemptsRemaining }: ErrorInfo) =>
      attemptsRemaining === undefined
        ? 'هذا الرمز غير صحيح.'
        : `هذا الرمز غير صحيح. ${attemptsLeft(attemptsRemaining)}`,
    code_expired: 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.',
    too_many_attempts: ({ wait }: ErrorInfo) =>
      wait
        ? `محاولات خاطئة كثيرة جدًا. حاول مرة أخرى بعد ${wait}.`
        : 'محاولات خاطئة كثيرة جدًا. ابدأ من جديد أو تواصل مع الدعم.',
    rate_limited: ({ wait }: ErrorInfo) =>
      wait
        ? `طلبات كثيرة جدًا. حاول مرة أخرى بعد ${wait}.`
        : 'طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.',
    no_backup_method: 'لم يتم إعداد طريقة احتياطية',
    same_as_primary:
      'يجب أن تختلف الطريقة الاحتياطية عن رقم الهاتف أو البريد الإلكتروني الذي تستخدمه بالفعل.',
    same_as_current: 'هذه هي طريقتك الاحتياطية بالفعل. أدخل طريقة مختلفة أو أبقها كما هي.',
    invalid_destination: 'لا يمكننا إرسال رمز إلى رقم الهاتف أو البريد الإلكتروني هذا.',
    forbidden: 'هذا الحساب غير مسموح له بتنفيذ هذا الإجراء.',
    step_up_required: 'تحقق من هويتك للمتابعة.',
    unauthorized: 'انتهت صلاحية تسجيل الدخول. سجّل الدخول مرة أخرى.',
    not_found: 'لم يعد هذا متاحًا. ابدأ من جديد.',
    recovery_expired: 'انتهت صلاحية تسجيل الدخول. سجّل الدخول مرة أخرى.',
    network: 'يتعذّر الوصول إلى الخادم. تحقق من اتصالك بالإنترنت وحاول مرة أخرى.',
    timeout: 'استغرق الخادم وقتًا طويلًا للرد. حاول مرة أخرى.',
    bad_response: 'تعذّر فهم رد الخادم. حاول مرة أخرى.',
    server: 'حدث خطأ في الخادم. حاول مرة أخرى.',
    unknown: 'حدث خطأ ما. حاول مرة أخرى.',
  },
} satisfies typeof shared;

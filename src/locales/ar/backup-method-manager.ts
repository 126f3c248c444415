import type { backupMethodManager } from '../../elements/backup-method-manager/strings.js';

export default {
  // Everywhere
  chunkLoadFailed: 'لم يتم تحميل جزء من هذه الصفحة. تحقق من اتصالك بالإنترنت وحاول مرة أخرى.',

  // <backup-method-manager>
  backupNotSetUp: 'لم يتم إعداد طريقة احتياطية',
  backupWhy:
    'بدون طريقة احتياطية، إذا فقدت تطبيق المصادقة، فسيتعين على أحد المسؤولين التواصل مع الدعم ' +
    'لإعادة تعيين المصادقة الثنائية لك. أما مع طريقة احتياطية، فيمكنك إعادة تعيينها بنفسك.',
  setUpBackupMethod: 'إعداد طريقة احتياطية',
  backupNone: 'لم تُعدّ طريقة احتياطية.',
  manageBackupMethod: 'إدارة الطريقة الاحتياطية',
  changeBackupMethod: 'تغيير الطريقة الاحتياطية',
  oneBackupMethod: 'يمكنك امتلاك طريقة احتياطية واحدة فقط، وأي طريقة جديدة تحل محل هذه الطريقة.',
  chooseChangeHeading: 'اختر طريقة احتياطية',
  backupChooseIntro:
    'أضف رقم هاتف أو عنوان بريد إلكتروني يمكننا إرسال رمز إليه إذا تعذّر عليك استخدام تطبيق المصادقة.',
  backupReplaces: (maskedValue: string) => `ستحل طريقتك الاحتياطية الجديدة محل ${maskedValue}.`,
  backupTip:
    'نصيحة: اختر طريقة ستظل متاحة لك إذا فقدت جهازك. على سبيل المثال، إذا فقدت هاتفك، فلن تتمكن من ' +
    'تلقي رسالة نصية عليه.',
  sendCode: 'إرسال الرمز',
  chooseMethod: 'اختر رقم هاتف أو عنوان بريد إلكتروني.',
  enterPhone: 'أدخل رقم هاتف.',
  enterEmail: 'أدخل عنوان بريد إلكتروني.',
  phoneHint: 'ابدأ بعلامة + ورمز البلد، مثل +44 7700 900123.',
  phoneHintCountry: (country: string) =>
    `ابدأ بعلامة + ورمز البلد، أو أدخل رقمًا من ${country} كما تطلبه هناك.`,
  phoneInternational: 'أدخل الرقم مع رمز البلد، بدءًا بعلامة +، مثل +44 7700 900123.',
  phoneInvalid: 'لا يمكننا إرسال رسالة نصية إلى هذا الرقم. تحقق منه ومن رمز البلد.',
  emailInvalid: 'أدخل عنوان بريد إلكتروني، مثل name@example.com.',
  backupSavedHeading: 'تم حفظ الطريقة الاحتياطية',
  backupSaved: (maskedValue: string, type: 'phone' | 'email') =>
    `طريقتك الاحتياطية الآن هي ${type === 'phone' ? 'رقم الهاتف' : 'عنوان البريد الإلكتروني'} ` +
    `${maskedValue}. إذا تعذّر عليك استخدام تطبيق المصادقة، يمكنك إعادة تعيين المصادقة الثنائية بها.`,
} satisfies typeof backupMethodManager;

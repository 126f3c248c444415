import { digitCount } from './counts.js';
import type { authenticatorSetup } from '../../elements/authenticator-setup/strings.js';

export default {
  // <authenticator-setup>
  setupHeading: 'إعداد تطبيق المصادقة',
  replaceAppHeading: 'هل تريد إعداد تطبيق مصادقة جديد؟',
  replaceAppText: (current: string) =>
    `تظل طريقة المصادقة الثنائية الحالية (${current}) تعمل إلى أن تتحقق من التطبيق الجديد، ثم تتوقف ` +
    'عن العمل.',
  keptHeading: 'لم يتغير شيء',
  keptText: 'تظل المصادقة الثنائية كما هي.',
  setUpNewApp: 'إعداد تطبيق جديد',
  scanIntro: 'امسح رمز QR هذا باستخدام تطبيق المصادقة.',
  qrCodeLabel: 'رمز QR لتطبيق المصادقة',
  qrCodeLoading: 'جارٍ تحميل رمز QR…',
  qrCodeFailed: 'لم يتم تحميل رمز QR. يمكنك إدخال المفتاح أدناه بدلًا من ذلك، أو المحاولة مرة أخرى.',
  manualKeyIntro: 'لا يمكنك المسح؟ أدخل هذا المفتاح في التطبيق بدلًا من ذلك:',
  whichApps:
    'يعمل أي تطبيق مصادقة ينشئ رموزًا مستندة إلى الوقت، مثل Google Authenticator أو Microsoft ' +
    'Authenticator أو Authy أو 1Password.',
  enterAppCode: (digits: number) =>
    `ثم أدخل الرمز المكوّن من ${digitCount(digits)} الذي يعرضه التطبيق.`,
  enrollmentRestarted: 'انتهت صلاحية عملية الإعداد هذه، لذا إليك رمز QR جديد. امسحه مرة أخرى.',
  authenticatorReadyHeading: 'تم إعداد تطبيق المصادقة',
  backupNext:
    'بعد ذلك، أضف طريقة احتياطية حتى تتمكن من إعادة تعيين المصادقة الثنائية بنفسك إذا فقدت جهازك.',
  skipForNow: 'تخطي الآن',
  makingKey: 'جارٍ إنشاء مفتاح الاسترداد…',
  haveKey: (date: string) =>
    `لديك بالفعل مفتاح استرداد أنشأته في ${date}، ولا يزال يعمل مع تطبيق المصادقة الجديد.`,
  setupDoneHeading: 'تم إعداد المصادقة الثنائية',
  setupDone: 'في المرة القادمة التي تسجّل فيها الدخول، أدخل الرمز الظاهر في تطبيق المصادقة.',
} satisfies typeof authenticatorSetup;

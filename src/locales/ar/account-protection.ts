import type { accountProtection } from '../../elements/account-protection/strings.js';

export default {
  // <account-protection>
  protectHeading: 'احمِ حسابك',
  protectedFully: 'حسابك محمي بالمصادقة الثنائية وطريقة احتياطية ومفتاح استرداد.',
  protectionMissing: 'أكمل حماية حسابك:',
  missingTwoFactor: 'أعدّ المصادقة الثنائية.',
  missingBackupMethod:
    'أعدّ طريقة احتياطية حتى تتمكن من إعادة تعيين المصادقة الثنائية بنفسك إذا فقدت جهازك.',
  missingRecoveryKey: 'أنشئ مفتاح استرداد حتى تتمكن من تسجيل الدخول إذا فقدت جهازك.',
  twoFactorDevice: 'جهاز المصادقة الثنائية',
  replaceDevice: 'استبدال جهاز المصادقة الثنائية',
  setUpTwoFactor: 'إعداد المصادقة الثنائية',
} satisfies typeof accountProtection;

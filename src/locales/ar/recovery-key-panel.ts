import type { recoveryKeyPanel } from '../../elements/recovery-key-panel/strings.js';

export default {
  // <recovery-key-panel>
  keyCreatedOn: (date: string) => `أنشأت مفتاح الاسترداد في ${date}.`,
  keyExplained: 'إذا فقدت تطبيق المصادقة، يمكنك تسجيل الدخول به. وأي مفتاح جديد يحل محله.',
  noKeyHeading: 'لا يوجد مفتاح استرداد بعد',
  noKeyYet: 'ليس لديك مفتاح استرداد بعد.',
  noKeyWhy:
    'إذا فقدت تطبيق المصادقة ولم تتمكن من استخدام طريقتك الاحتياطية، فإن مفتاح الاسترداد هو سبيلك ' +
    'للعودة إلى حسابك. أنشئ مفتاحًا واحفظه في مكان آمن.',
} satisfies typeof recoveryKeyPanel;

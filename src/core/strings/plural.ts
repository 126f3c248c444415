/** The form of a phrase for a count, by the language's plural rules (Arabic has six forms). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const plural = (lang: string, count: number, forms: PluralForms): string =>
  forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;

/**
 * The shipped locales against the English tables: every key and error code, the same
 * parameters, every plural form of each language, no bidirectional control characters, the
 * glossary's terms used consistently, fr-CA only overriding fr, and each language's chunk within
 * 1.7× the English words' size (minified, brotli). Each check is a function that lists problems,
 * and the last block feeds each one a broken table to show it can fail.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { transformSync } from 'esbuild';
import { shared } from '../../src/core/strings/shared.js';
import type { TableName } from '../../src/core/strings/tables.js';
import { accountProtection } from '../../src/elements/account-protection/strings.js';
import { authenticatorSetup } from '../../src/elements/authenticator-setup/strings.js';
import { backupMethodManager } from '../../src/elements/backup-method-manager/strings.js';
import { recoveryKeyPanel } from '../../src/elements/recovery-key-panel/strings.js';
import { adminReset } from '../../src/elements/two-factor-admin-reset/strings.js';
import { twoFactorReset } from '../../src/elements/two-factor-reset/strings.js';
import ar from '../../src/locales/ar/index.js';
import de from '../../src/locales/de/index.js';
import es from '../../src/locales/es/index.js';
import frCA from '../../src/locales/fr-CA/index.js';
import fr from '../../src/locales/fr/index.js';

type Table = Record<string, unknown>;
type Tables = Record<TableName, Table>;

const root = fileURLToPath(new URL('../../', import.meta.url));

const english: Tables = {
  shared,
  'two-factor-reset': twoFactorReset,
  'backup-method-manager': backupMethodManager,
  'recovery-key-panel': recoveryKeyPanel,
  'authenticator-setup': authenticatorSetup,
  'two-factor-admin-reset': adminReset,
  'account-protection': accountProtection,
};
const tableNames = Object.keys(english) as TableName[];

/** The English tables' source files, and a locale's, by table. */
const englishFiles: Record<TableName, string> = {
  shared: 'src/core/strings/shared.ts',
  'two-factor-reset': 'src/elements/two-factor-reset/strings.ts',
  'backup-method-manager': 'src/elements/backup-method-manager/strings.ts',
  'recovery-key-panel': 'src/elements/recovery-key-panel/strings.ts',
  'authenticator-setup': 'src/elements/authenticator-setup/strings.ts',
  'two-factor-admin-reset': 'src/elements/two-factor-admin-reset/strings.ts',
  'account-protection': 'src/elements/account-protection/strings.ts',
};
const localeFile = (lang: string, table: TableName) => `src/locales/${lang}/${table}.ts`;

/** The locales that must have every key, and the one that only overrides its language. */
const complete = { fr, de, es, ar } as Record<string, Tables>;
const regional = { 'fr-CA': { base: 'fr', tables: frCA as Tables } };

/** A table's entries, the error messages as "errors.<code>". */
function entries(table: Table): [string, unknown][] {
  const { errors, ...rest } = table as Table & { errors?: Table };
  return [
    ...Object.entries(rest),
    ...Object.entries(errors ?? {}).map(([code, value]): [string, unknown] => [
      `errors.${code}`,
      value,
    ]),
  ];
}

/** Arguments to call each English function with: the values an element passes. */
const samples: Record<string, unknown[][]> = {
  codeSentTo: [
    ['<masked-address>', 6],
    ['<masked-number>', 8],
  ],
  resendAvailableIn: [['<wait>']],
  resendCountdownStarted: [['<wait>']],
  codeResent: [['<masked-address>']],
  codeExpiresAt: [['<time>'], ['1:05'], ['10:42']],
  enterCode: [[6], [8]],
  stepUpSms: [['<masked-number>']],
  stepUpVoice: [['<masked-number>']],
  recoveryKeyCreated: [['<date>']],
  recoveryKeyFile: [['<site>', '<KEY1-KEY2>', '<date>']],
  recoveryKeyFileName: [['<site>', '<iso-date>']],
  wrongRecoveryKey: [[undefined], [0], [1], [2], [3], [11], [100]],
  keyCreated: [['<date>']],
  'errors.invalid_code': [[{}], [{ attemptsRemaining: 1 }], [{ attemptsRemaining: 3 }]],
  'errors.too_many_attempts': [[{}], [{ wait: '<wait>' }]],
  'errors.rate_limited': [[{}], [{ wait: '<wait>' }]],
  emailSent: [['<masked-address>']],
  recoveryTimeLimit: [['<time>'], ['1:05']],
  backupReplaces: [['<masked-value>']],
  phoneHintCountry: [['<country>']],
  backupSaved: [
    ['<masked-number>', 'phone'],
    ['<masked-address>', 'email'],
  ],
  keyCreatedOn: [['<date>']],
  replaceAppText: [['<method>']],
  enterAppCode: [[6]],
  haveKey: [['<date>']],
  userIdTooLong: [[64], [254]],
  reasonHint: [[500]],
  reasonTooLong: [[500]],
  adminConfirmHeading: [['<display-name>']],
  adminDoneHeading: [['<display-name>']],
  adminDone: [['<date-time>']],
  spelledKey: [[['A B C D', 'E F G H']]],
  maskedPhoneReading: [['<digits>']],
  maskedEndingReading: [['<digits>']],
  maskedEmailReading: [['<start>', '<domain>']],
  maskedReading: [['<shown>']],
};

/** What a function entry says for each sample, or the problems with it. */
function outputs(key: string, fn: (...args: unknown[]) => unknown, problems: string[]): string[] {
  const said: string[] = [];
  for (const args of samples[key] ?? []) {
    let text: unknown;
    try {
      text = fn(...args);
    } catch (error) {
      problems.push(`${key}(${JSON.stringify(args)}) throws: ${String(error)}`);
      continue;
    }
    if (typeof text !== 'string' || !text.trim()) {
      problems.push(`${key}(${JSON.stringify(args)}) says nothing`);
      continue;
    }
    if (/undefined|NaN|\[object|\bnull\b/.test(text)) {
      problems.push(`${key}(${JSON.stringify(args)}) leaks a value: ${text}`);
    }
    // Values arrive formatted: they are shown as they came, never reworded.
    for (const value of args.flatMap((arg) =>
      typeof arg === 'object' && arg ? Object.values(arg) : [arg],
    )) {
      if (typeof value === 'string' && value.startsWith('<') && !text.includes(value)) {
        problems.push(`${key}(${JSON.stringify(args)}) drops ${value}: ${text}`);
      }
    }
    said.push(text);
  }
  return said;
}

/** (a) Every English key, error code included, and nothing else; functions take the same parameters and say something. */
function completenessProblems(tables: Tables): string[] {
  const problems: string[] = [];
  for (const name of tableNames) {
    const theirs = new Map(entries(tables[name] ?? {}));
    const ours = new Map(entries(english[name]));
    for (const [key, value] of ours) {
      const where = `${name}: ${key}`;
      if (!theirs.has(key)) {
        problems.push(`${where} is missing`);
        continue;
      }
      const translated = theirs.get(key);
      if (typeof value !== typeof translated) {
        problems.push(`${where} is a ${typeof translated}, English a ${typeof value}`);
      } else if (typeof value === 'function' && typeof translated === 'function') {
        if (value.length !== translated.length) {
          problems.push(`${where} takes ${translated.length} parameters, English ${value.length}`);
        }
        outputs(key, translated as (...args: unknown[]) => unknown, problems);
        if (!samples[key]?.length) problems.push(`${where} has no sample arguments in this test`);
      } else if (typeof translated !== 'string' || !translated.trim()) {
        problems.push(`${where} is empty`);
      }
    }
    for (const key of theirs.keys()) {
      if (!ours.has(key)) problems.push(`${name}: ${key} is not an English key`);
    }
  }
  return problems;
}

/** Every string a set of tables shows, by "table: key", functions called with each sample. */
function texts(tables: Tables): Map<string, string> {
  const all = new Map<string, string>();
  const ignored: string[] = [];
  for (const name of tableNames) {
    for (const [key, value] of entries(tables[name] ?? {})) {
      const said =
        typeof value === 'function'
          ? outputs(key, value as (...args: unknown[]) => unknown, ignored)
          : [String(value)];
      all.set(`${name}: ${key}`, said.join('\n'));
    }
  }
  return all;
}

/** A region's tables on top of its language's, as the elements merge them. */
function layered(base: Tables, region: Tables): Tables {
  const merged = {} as Tables;
  for (const name of tableNames) {
    const { errors: baseErrors, ...baseRest } = base[name] as Table & { errors?: Table };
    const { errors: regionErrors, ...regionRest } = (region[name] ?? {}) as Table & {
      errors?: Table;
    };
    merged[name] = { ...baseRest, ...regionRest };
    if (baseErrors || regionErrors) merged[name].errors = { ...baseErrors, ...regionErrors };
  }
  return merged;
}

// (b) Plurals

/** Counts Intl puts in `category` for `lang`, the first few. */
function countsIn(lang: string, category: Intl.LDMLPluralRule, howMany = 2): number[] {
  const rules = new Intl.PluralRules(lang);
  const found: number[] = [];
  for (const n of [...Array(1001).keys(), 1_000_000, 2_000_000]) {
    if (rules.select(n) === category) found.push(n);
    if (found.length === howMany) break;
  }
  return found;
}

const categoriesOf = (lang: string) =>
  new Intl.PluralRules(lang).resolvedOptions().pluralCategories as Intl.LDMLPluralRule[];

/** The strings that take a count of attempts. */
const attemptStrings: [string, (tables: Tables, n: number) => string][] = [
  ['wrongRecoveryKey', (tables, n) => (tables.shared.wrongRecoveryKey as (n: number) => string)(n)],
  [
    'errors.invalid_code',
    (tables, n) =>
      (
        (tables.shared.errors as Table).invalid_code as (info: {
          attemptsRemaining: number;
        }) => string
      )({ attemptsRemaining: n }),
  ],
];

/** The word for "attempt" each category must use, so a form is right and not only different. */
const attemptForms: Record<string, Partial<Record<Intl.LDMLPluralRule, RegExp>>> = {
  fr: { one: /\btentative\.$/, many: /\bde tentatives\.$/, other: /\d tentatives\.$/ },
  de: { one: /\bVersuch\.$/, other: /\bVersuche\.$/ },
  es: { one: /\bqueda \d+ intento\.$/, many: /\bde intentos\.$/, other: /quedan \d+ intentos\.$/ },
  ar: {
    zero: /أي محاولة/,
    one: /محاولة واحدة/,
    two: /محاولتان/,
    few: /\d+ محاولات/,
    many: /\d+ محاولةً/,
    other: /\d+ محاولة\./,
  },
};

/**
 * Each category of `lang` gives its own form (the count written as "#"), the same form for two
 * counts in one category, and the word that category needs.
 */
function pluralProblems(
  lang: string,
  tables: Tables,
  strings: [string, (tables: Tables, n: number) => string][],
  categories: Intl.LDMLPluralRule[],
  forms: Partial<Record<Intl.LDMLPluralRule, RegExp>> = {},
): string[] {
  const problems: string[] = [];
  for (const [name, say] of strings) {
    const byCategory = new Map<string, Intl.LDMLPluralRule>();
    for (const category of categories) {
      const counts = countsIn(lang, category);
      if (!counts.length) {
        problems.push(`${lang}: no count found for "${category}"`);
        continue;
      }
      const shapes = counts.map((n) => say(tables, n).replaceAll(String(n), '#'));
      if (new Set(shapes).size > 1) {
        problems.push(
          `${lang} ${name}: "${category}" counts ${counts} differ: ${shapes.join(' | ')}`,
        );
      }
      const expected = forms[category];
      if (expected && !expected.test(say(tables, counts[0]!))) {
        problems.push(`${lang} ${name}(${counts[0]}) ("${category}") should match ${expected}`);
      }
      const seen = byCategory.get(shapes[0]!);
      if (seen) {
        problems.push(`${lang} ${name}: "${category}" says the same as "${seen}": ${shapes[0]}`);
      }
      byCategory.set(shapes[0]!, category);
    }
  }
  return problems;
}

// (c) Bidirectional control characters

const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function bidiProblems(all: Map<string, string>): string[] {
  return [...all]
    .filter(([, text]) => bidiControls.test(text))
    .map(([where]) => `${where} has a bidirectional control character`);
}

// (d) Glossary

interface Term {
  /** Where the English says it. */
  english: RegExp;
  /** The chosen term, inflections allowed. */
  chosen: RegExp;
  /** As the glossary writes it. */
  glossary: string;
  /** Competing synonyms that must not appear anywhere. */
  not?: RegExp;
}

const signIn = /\bsign(?:ed|ing|s)?[- ]in\b/i;
const glossaries: Record<string, Term[]> = {
  fr: [
    {
      english: /backup method/i,
      chosen: /méthodes? de secours/i,
      glossary: 'méthode de secours',
      not: /méthodes? de (?:sauvegarde|récupération)|options? de secours/i,
    },
    {
      english: /recovery key/i,
      chosen: /clés? de récupération/i,
      glossary: 'clé de récupération',
      not: /clés? de secours/i,
    },
    {
      english: /verification code/i,
      chosen: /code de vérification/i,
      glossary: 'code de vérification',
      not: /code de confirmation/i,
    },
    {
      english: /2-factor authentication/i,
      chosen: /authentification à deux facteurs/i,
      glossary: 'authentification à deux facteurs',
      not: /double authentification|deux étapes|\b2FA\b/i,
    },
    {
      english: /\b2FA\b|two-factor/i,
      chosen: /A2F|authentification à deux facteurs/,
      glossary: 'A2F',
    },
    {
      english: /authenticator/i,
      chosen: /application d['’]authentification/i,
      glossary: "application d'authentification",
      not: /authentificateur/i,
    },
    {
      english: signIn,
      chosen: /connect|connexion/i,
      glossary: 'se connecter',
      not: /s['’]identifier|ouvrir une session/i,
    },
  ],
  de: [
    {
      english: /backup method/i,
      chosen: /Backup-Methode/,
      glossary: 'Backup-Methode',
      not: /Ersatzmethode|Sicherungsmethode|Alternativmethode|Backupmethode/i,
    },
    {
      english: /recovery key/i,
      // A soft hyphen lets it break on a narrow screen.
      chosen: /Wiederherstellungs\u00ad?schlüssel/,
      glossary: 'Wiederherstellungsschlüssel',
      not: /Notfallschlüssel|Recovery-Schlüssel|Wiederherstellungscode/i,
    },
    {
      english: /verification code/i,
      chosen: /Bestätigungscode/,
      glossary: 'Bestätigungscode',
      not: /Verifizierungscode|Prüfcode|Sicherheitscode/i,
    },
    {
      english: /2-factor authentication/i,
      chosen: /Zwei-Faktor-Authentifizierung/,
      glossary: 'Zwei-Faktor-Authentifizierung',
      not: /Authentisierung|zweistufig|in zwei Schritten/i,
    },
    {
      english: /\b2FA\b|two-factor/i,
      chosen: /2FA|Zwei-Faktor-Authentifizierung/,
      glossary: '2FA',
    },
    {
      english: /authenticator/i,
      chosen: /Authenticator-App/,
      glossary: 'Authenticator-App',
      not: /Authentifizierungs-?App|Authentifikator/i,
    },
    { english: signIn, chosen: /meld/i, glossary: 'anmelden', not: /einlogg|\bLogin\b/i },
  ],
  es: [
    {
      english: /backup method/i,
      chosen: /métodos? de respaldo/i,
      glossary: 'método de respaldo',
      not: /método (?:alternativo|de reserva|de copia de seguridad|de recuperación)/i,
    },
    {
      english: /recovery key/i,
      chosen: /claves? de recuperación/i,
      glossary: 'clave de recuperación',
      not: /llaves? de recuperación|código de recuperación/i,
    },
    {
      english: /verification code/i,
      chosen: /código de verificación/i,
      glossary: 'código de verificación',
      not: /código de confirmación/i,
    },
    {
      english: /2-factor authentication/i,
      chosen: /autenticación de dos factores/i,
      glossary: 'autenticación de dos factores',
      not: /dos pasos|doble factor|verificación en dos/i,
    },
    {
      english: /\b2FA\b|two-factor/i,
      chosen: /2FA|autenticación de dos factores/,
      glossary: '2FA',
    },
    {
      english: /authenticator/i,
      chosen: /aplicación de autenticación/i,
      glossary: 'aplicación de autenticación',
      not: /app de autenticación|aplicación autenticadora/i,
    },
    { english: signIn, chosen: /sesión/i, glossary: 'iniciar sesión', not: /loguea|ingres[ae]/i },
  ],
  ar: [
    {
      english: /backup method/i,
      chosen: /طريق\S*\s+(?:ال)?احتياطي/,
      glossary: 'الطريقة الاحتياطية',
      not: /وسيلة احتياطية|أسلوب احتياطي|طريقة بديلة/,
    },
    {
      english: /recovery key/i,
      chosen: /مفتاح\S*\s+(?:ال|لل)?استرداد/,
      glossary: 'مفتاح الاسترداد',
      not: /مفتاح الاستعادة|مفتاح الاسترجاع|رمز الاسترداد/,
    },
    {
      english: /verification code/i,
      chosen: /رمز التحقق/,
      glossary: 'رمز التحقق',
      not: /رمز التأكيد|كود/,
    },
    {
      english: /2-factor authentication|\b2FA\b|two-factor/i,
      chosen: /المصادقة الثنائية/,
      glossary: 'المصادقة الثنائية',
      not: /التحقق بخطوتين|ذات العاملين|ثنائية العامل|\b2FA\b/,
    },
    {
      english: /authenticator/i,
      chosen: /تطبيق\S*\s+(?:ال|لل)?مصادقة/,
      glossary: 'تطبيق المصادقة',
      not: /تطبيق الموثق|تطبيق التحقق/,
    },
    { english: signIn, chosen: /الدخول/, glossary: 'تسجيل الدخول', not: /الولوج/ },
  ],
  /** On top of fr's: what Canada says differently, checked on fr and fr-CA merged. */
  'fr-CA': [
    { english: /\bemail\b/i, chosen: /courriel/i, glossary: 'courriel', not: /e-?mail/i },
    {
      english: /\btexts?\b|text message/i,
      chosen: /texto/i,
      glossary: 'texto',
      not: /\bSMS\b/,
    },
    {
      english: /contact support/i,
      chosen: /soutien technique/i,
      glossary: 'soutien technique',
      not: /l['’]assistance/i,
    },
    { english: /\bscan\b/i, chosen: /balay/i, glossary: 'balayer', not: /scann/i },
  ],
};

/** Where the English uses a term, the translation uses the chosen one, and no synonym anywhere. */
function glossaryProblems(lang: string, tables: Tables, terms: Term[]): string[] {
  const problems: string[] = [];
  const ours = texts(english);
  const theirs = texts(tables);
  for (const term of terms) {
    for (const [where, source] of ours) {
      const translated = theirs.get(where) ?? '';
      // Brand names are not the term: "Google Authenticator".
      const said = source.replace(/(?:Google|Microsoft) Authenticator/g, '');
      if (term.english.test(said) && !term.chosen.test(translated)) {
        problems.push(`${lang} ${where}: "${term.glossary}" expected in: ${translated}`);
      }
    }
    if (!term.not) continue;
    for (const [where, translated] of theirs) {
      if (term.not.test(translated)) {
        problems.push(
          `${lang} ${where}: a synonym of "${term.glossary}" (${term.not}): ${translated}`,
        );
      }
    }
  }
  return problems;
}

// Narrow screens

/** The longest run of letters a line cannot break, in a 320 px card's heading. */
const longestUnbreakable = 20;

/**
 * Words longer than that with no break (space, hyphen, soft hyphen, slash, dash): they would
 * overflow a 320 px card. The recovery-key file and its name are not on screen.
 */
function longWordProblems(tables: Tables): string[] {
  const problems: string[] = [];
  for (const [where, text] of texts(tables)) {
    if (/: recoveryKeyFile(Name)?$/.test(where)) continue;
    for (const word of text.split(/[\s\-\u00ad/–—]+/)) {
      if (!word.startsWith('<') && word.length > longestUnbreakable) {
        problems.push(`${where}: "${word}" cannot break; add a soft hyphen (\\u00ad)`);
      }
    }
  }
  return problems;
}

// (e) A region overrides its language

function subsetProblems(base: Tables, region: Tables): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(region) as TableName[]) {
    const known = new Set(entries(base[name] ?? {}).map(([key]) => key));
    for (const [key] of entries(region[name] ?? {})) {
      if (!known.has(key)) problems.push(`${name}: ${key} is not in the base language`);
    }
  }
  return problems;
}

// Size

/** Source files minified as a build would, together, brotli-compressed: bytes. */
function brotliSize(sources: string[]): number {
  const code = sources
    .map((source) => transformSync(source, { loader: 'ts', minify: true, charset: 'utf8' }).code)
    .join('\n');
  return brotliCompressSync(Buffer.from(code), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
}

const read = (file: string) => readFileSync(join(root, file), 'utf8');
const englishSize = brotliSize(tableNames.map((name) => read(englishFiles[name])));

/** Every file under a folder. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('shipped locales', () => {
  it('the test has sample arguments for every English function, and English passes its own checks', () => {
    assert.deepEqual(completenessProblems(english), []);
    for (const [where, text] of texts(english)) assert.ok(text.trim(), `${where} says something`);
  });

  for (const [lang, tables] of Object.entries(complete)) {
    describe(lang, () => {
      it('has every English key and error code, nothing more, with the same parameters', () => {
        assert.deepEqual(completenessProblems(tables), []);
      });

      it('gives every plural category its own, correct form', () => {
        const categories = categoriesOf(lang);
        assert.deepEqual(
          pluralProblems(lang, tables, attemptStrings, categories, attemptForms[lang]),
          [],
        );
        assert.deepEqual(
          categories.filter((category) => !attemptForms[lang]?.[category]),
          [],
          'the test knows the word for each category',
        );
      });

      it('has no bidirectional control characters', () => {
        assert.deepEqual(bidiProblems(texts(tables)), []);
      });

      it('has no word too long to break in a 320 px card', () => {
        assert.deepEqual(longWordProblems(tables), []);
      });

      it("uses the glossary's terms, and no synonym", () => {
        assert.deepEqual(glossaryProblems(lang, tables, glossaries[lang]!), []);
        const glossary = read(`src/locales/${lang}/GLOSSARY.md`);
        for (const term of glossaries[lang]!) {
          assert.ok(glossary.includes(term.glossary), `GLOSSARY.md names "${term.glossary}"`);
        }
      });

      it('is at most 1.7× the English words, minified and brotli-compressed', (t) => {
        const size = brotliSize(tableNames.map((name) => read(localeFile(lang, name))));
        t.diagnostic(
          `${lang}: ${size} B, English ${englishSize} B (${(size / englishSize).toFixed(2)}×)`,
        );
        assert.ok(size <= 1.7 * englishSize, `${size} B > 1.7 × ${englishSize} B`);
      });
    });
  }

  // Arabic numbers also choose the noun's form: "6 أرقام", "11 رقمًا", "100 رقم".
  it('ar: counts of digits and characters take the form of their number', () => {
    const count = (table: TableName, key: string, before: unknown[] = []) =>
      [
        `${table}: ${key}`,
        (tables: Tables, n: number) =>
          (tables[table][key] as (...args: unknown[]) => string)(...before, n),
      ] as [string, (tables: Tables, n: number) => string];
    const strings = [
      count('shared', 'codeSentTo', ['<masked>']),
      count('shared', 'enterCode'),
      count('authenticator-setup', 'enterAppCode'),
      count('two-factor-admin-reset', 'userIdTooLong'),
      count('two-factor-admin-reset', 'reasonHint'),
      count('two-factor-admin-reset', 'reasonTooLong'),
    ];
    assert.deepEqual(
      pluralProblems('ar', complete.ar!, strings, ['one', 'two', 'few', 'many', 'other']),
      [],
    );
  });

  for (const [lang, { base, tables }] of Object.entries(regional)) {
    describe(lang, () => {
      const merged = layered(complete[base]!, tables);

      it(`overrides only keys ${base} has, with the same parameters`, () => {
        assert.deepEqual(subsetProblems(complete[base]!, tables), []);
        assert.deepEqual(completenessProblems(merged), []);
      });

      it(`says at least something differently from ${base}`, () => {
        assert.ok(tableNames.some((name) => entries(tables[name] ?? {}).length > 0));
      });

      it('has no bidirectional control characters', () => {
        assert.deepEqual(bidiProblems(texts(merged)), []);
      });

      it('has no word too long to break in a 320 px card', () => {
        assert.deepEqual(longWordProblems(merged), []);
      });

      it(`uses ${base}'s terms and its own where it differs, and no synonym`, () => {
        assert.deepEqual(
          glossaryProblems(lang, merged, [...glossaries[base]!, ...glossaries[lang]!]),
          [],
        );
        const glossary = read(`src/locales/${lang}/GLOSSARY.md`);
        for (const term of glossaries[lang]!) {
          assert.ok(glossary.includes(term.glossary), `GLOSSARY.md names "${term.glossary}"`);
        }
      });

      it('is at most 1.7× the English words, minified and brotli-compressed', () => {
        const size = brotliSize(tableNames.map((name) => read(localeFile(lang, name))));
        assert.ok(size <= 1.7 * englishSize, `${size} B > 1.7 × ${englishSize} B`);
      });
    });
  }

  it('no locale file has a bidirectional control character', () => {
    const offending = filesUnder('src/locales').filter((file) => bidiControls.test(read(file)));
    assert.deepEqual(offending, []);
  });
});

describe('the locale checks catch', () => {
  /** fr, with one table changed. */
  const broken = (table: TableName, change: (copy: Table) => void): Tables => {
    const copy = { ...fr } as Tables;
    copy[table] = { ...copy[table], errors: { ...(copy[table].errors as Table) } };
    if (!(fr as Tables)[table].errors) delete copy[table].errors;
    change(copy[table]);
    return copy;
  };

  it('a missing key, a missing error code, an extra key, a string for a function', () => {
    assert.match(
      completenessProblems(broken('shared', (t) => delete t.verify)).join(),
      /verify is missing/,
    );
    assert.match(
      completenessProblems(broken('shared', (t) => delete (t.errors as Table).server)).join(),
      /errors\.server is missing/,
    );
    assert.match(
      completenessProblems(broken('account-protection', (t) => (t.extra = 'x'))).join(),
      /extra is not an English key/,
    );
    assert.match(
      completenessProblems(broken('shared', (t) => (t.codeResent = 'Code renvoyé.'))).join(),
      /codeResent is a string/,
    );
  });

  it('a different arity, an empty result, a dropped value', () => {
    assert.match(
      completenessProblems(broken('shared', (t) => (t.codeSentTo = (m: string) => m))).join(),
      /takes 1 parameters, English 2/,
    );
    assert.match(
      completenessProblems(broken('shared', (t) => (t.keyCreated = (_date: string) => ' '))).join(),
      /says nothing/,
    );
    assert.match(
      completenessProblems(
        broken('shared', (t) => (t.keyCreated = (_date: string) => 'Créée.')),
      ).join(),
      /drops <date>/,
    );
  });

  it('a plural form missing or wrong', () => {
    const oneForm = broken('shared', (t) => {
      t.wrongRecoveryKey = (n?: number) => `Il vous reste ${n} tentatives.`;
    });
    const problems = pluralProblems(
      'fr',
      oneForm,
      attemptStrings,
      categoriesOf('fr'),
      attemptForms.fr,
    );
    assert.match(problems.join(), /says the same as/);
    assert.match(problems.join(), /\("one"\) should match/);
    const arabicTwoAsOther = { ...ar } as Tables;
    arabicTwoAsOther.shared = {
      ...arabicTwoAsOther.shared,
      wrongRecoveryKey: (n?: number) => `تبقت لك ${n} محاولة.`,
    };
    assert.notDeepEqual(
      pluralProblems('ar', arabicTwoAsOther, attemptStrings, categoriesOf('ar'), attemptForms.ar),
      [],
    );
  });

  it('a bidirectional control character', () => {
    const marked = broken('shared', (t) => (t.verify = 'Vérifier\u200f'));
    assert.match(bidiProblems(texts(marked)).join(), /shared: verify/);
  });

  it('a synonym, and a missing term', () => {
    const synonym = broken('shared', (t) => (t.backupHeading = 'Méthode de sauvegarde'));
    assert.match(
      glossaryProblems('fr', synonym, glossaries.fr!).join(),
      /synonym of "méthode de secours"/,
    );
    const missing = broken('shared', (t) => (t.recoveryKey = 'Clé'));
    assert.match(
      glossaryProblems('fr', missing, glossaries.fr!).join(),
      /"clé de récupération" expected/,
    );
    const french = layered(fr as Tables, {} as Tables);
    assert.match(glossaryProblems('fr-CA', french, glossaries['fr-CA']!).join(), /courriel/);
  });

  it('a word too long for a narrow screen', () => {
    const long = { ...de, shared: { ...de.shared, recoveryKey: 'Wiederherstellungsschlüssel' } };
    assert.match(longWordProblems(long as Tables).join(), /shared: recoveryKey/);
  });

  it('a regional key its language does not have', () => {
    const extra = { ...frCA, shared: { ...frCA.shared, madeUp: 'x' } } as Tables;
    assert.match(subsetProblems(fr as Tables, extra).join(), /madeUp is not in the base language/);
  });

  it('a chunk past the budget', () => {
    const padding = Array.from({ length: 4000 }, (_, i) => `'${(i * 7919).toString(36)}'`).join(
      ',',
    );
    const size = brotliSize([read(localeFile('fr', 'shared')), `export const pad = [${padding}];`]);
    assert.ok(size > 1.7 * englishSize);
  });
});

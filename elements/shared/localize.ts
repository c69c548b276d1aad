import type { configureLocalization } from '@lit/localize/init/runtime.js';
import { warnOnce } from './dev.js';

/** The locale the strings are written in. */
export const SOURCE_LOCALE = 'en';

/** The locales shipped besides the source. */
export const TARGET_LOCALES: readonly string[] = Object.freeze(['ja']);

type Runtime = ReturnType<typeof configureLocalization>;

let runtime: Runtime | null | undefined;

/*
 * Why lazily: configuring @lit/localize installs its message function for
 * the whole page, which a module must not do merely by being imported.
 * Until the first `setLocale`, `msg()` answers the English source. And
 * why imported on demand: the runtime that loads translations and looks
 * messages up is needed only then, so a page that stays in English never
 * loads it.
 */
async function getRuntime(): Promise<Runtime | null> {
  if (runtime !== undefined) {
    return runtime;
  }

  const { configureLocalization } =
    await import('@lit/localize/init/runtime.js');
  // Another call may have configured it while this one waited.
  if (runtime !== undefined) {
    return runtime;
  }

  try {
    runtime = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: TARGET_LOCALES,
      loadLocale: async (locale) => {
        if (locale === 'ja') {
          return import('../locales/ja.js');
        }
        throw new RangeError(`org-user-kit: no translations for ${locale}`);
      },
    });
  } catch {
    // The page's own code configured @lit/localize already, and it can be
    // configured once only: the elements then follow the page's locale.
    runtime = null;
    warnOnce(
      'localize-taken',
      '@lit/localize was configured by the page, so setLocale() of the ' +
        'kit does nothing; the page chooses the locale.',
    );
  }
  return runtime;
}

/**
 * The shipped locale that best matches a BCP 47 tag: `'ja-JP'` gives
 * `'ja'`; a language not shipped gives English.
 */
export function matchLocale(tag: string): string {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return TARGET_LOCALES.includes(language) ? language : SOURCE_LOCALE;
}

/**
 * Switches every element of the kit to a locale and resolves once their
 * strings have loaded and they re-render. Accepts any BCP 47 tag
 * (`navigator.language` will do) and uses the best shipped match; resolves
 * with the locale chosen, `'en'` or `'ja'`.
 *
 * @example
 * ```ts
 * import { setLocale } from 'org-user-kit/elements';
 * await setLocale('ja');
 * ```
 */
export async function setLocale(tag: string): Promise<string> {
  const locale = matchLocale(tag);
  const active = await getRuntime();
  if (!active) {
    return getLocale();
  }

  await active.setLocale(locale);
  return active.getLocale();
}

/**
 * The active locale of the elements: `'en'` until `setLocale` chose
 * another. Dates and numbers are formatted for it too.
 */
export function getLocale(): string {
  return runtime ? runtime.getLocale() : SOURCE_LOCALE;
}

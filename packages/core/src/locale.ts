/**
 * The languages reqlint speaks to its reader in. A message is written natively
 * in each; which one a reader gets is chosen at the edge (CLI, plugin, language
 * server), never in a rule.
 */
export type Locale = 'ru' | 'en'

export const locales: readonly Locale[] = ['ru', 'en']

export function isLocale(value: unknown): value is Locale {
  return value === 'ru' || value === 'en'
}

/**
 * The locale a POSIX environment asks for, by the usual precedence
 * (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): `ru_RU.UTF-8` → `ru`. Anything
 * else that is set (`C`, `en_US`, `de_DE`) → `en`, the language every reader of a
 * technical tool can be assumed to read; nothing set → undefined. The
 * environment is passed in: core reads no process state.
 */
export function localeFromEnvironment(environment: Readonly<Record<string, string | undefined>>): Locale | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = environment[name]
    if (value === undefined || value === '') continue
    return /^ru(?:[_.@-]|$)/iu.test(value) ? 'ru' : 'en'
  }
  return undefined
}

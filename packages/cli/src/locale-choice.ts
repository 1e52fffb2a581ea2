/**
 * Which locale the command speaks in when no document decides: `--locale`,
 * then the configuration's `locale` once it is read, then the environment
 * (LC_ALL, LC_MESSAGES, LANG), then English. The reader's explicit choice comes
 * first; before any configuration or document is read, the environment is the
 * only sign of the language the person at the terminal reads.
 *
 * Nothing of @reqlint/core is loaded until the environment is asked for
 * ({@link LocaleChoice.readEnvironment}): `--version` stays as fast as it was.
 */
import type {Locale} from '@reqlint/core/i18n'

export class LocaleChoice {
  /** `--locale`. */
  readonly flag: Locale | undefined
  /** The configuration's `locale`, set by the command that reads the configuration. */
  config: Locale | undefined
  private readonly env: Readonly<Record<string, string | undefined>>
  private fromEnvironment: Locale | undefined
  private environmentRead = false

  constructor(flag: Locale | undefined, env: Readonly<Record<string, string | undefined>>) {
    this.flag = flag
    this.env = env
  }

  /** Reads the environment's locale; call before {@link locale} is needed. */
  async readEnvironment(): Promise<this> {
    if (!this.environmentRead) {
      const {localeFromEnvironment} = await import('@reqlint/core/i18n')
      this.fromEnvironment = localeFromEnvironment(this.env)
      this.environmentRead = true
    }
    return this
  }

  /** The environment's locale, once read. */
  get environment(): Locale | undefined {
    return this.fromEnvironment
  }

  get locale(): Locale {
    return this.flag ?? this.config ?? this.fromEnvironment ?? 'en'
  }
}

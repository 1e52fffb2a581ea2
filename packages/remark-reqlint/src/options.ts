/**
 * The plugin's options, checked once when the plugin is attached. A problem is
 * not thrown (that would crash a whole docs build or `remark` run on one typo):
 * it is kept and reported as a fatal message on every file the plugin sees.
 */
import {fileURLToPath} from 'node:url'
import {isLocale, resolveSetting, RuleSettingError, rules, type Glossary, type Locale, type RuleSetting, type SectionScopes, type Severity} from '@reqlint/core'

/** A severity as reqlint writes it, or as remark-lint does (`on`, `0`–`2`, `true`/`false`). */
export type SeverityInput = Severity | 'on' | 0 | 1 | 2 | boolean

/** A rule's setting: a severity, or a severity with the rule's options. */
export type RuleSettingInput = SeverityInput | readonly [SeverityInput, Record<string, unknown>?]

/** A glossary file: a path (relative to `file.cwd`), a `file:` URL string or a `URL`; or a built-in glossary's name, `reqlint:crm.ru`. */
export type GlossaryPath = string | URL

export interface Options {
  /**
   * A glossary file, several to merge (in order), or a glossary already loaded
   * with `@reqlint/core`. Relative paths are resolved against the working
   * directory of the file (`file.cwd`: where `remark` runs), not against the
   * configuration file. Default: reqlint's built-in CRM glossary.
   */
  readonly glossary?: GlossaryPath | readonly GlossaryPath[] | Glossary | null | undefined
  /** Per rule id: a severity, or `[severity, options]`. Unlisted rules keep their defaults. */
  readonly rules?: Readonly<Record<string, RuleSettingInput>> | null | undefined
  /** The language of the prose: `ru`, `en`, or `auto` (default: from the letters of the document). */
  readonly language?: 'ru' | 'en' | 'auto' | null | undefined
  /**
   * Which headings hold requirements and which sections to skip, on top of the built-in lists:
   * `{requirements: ['Требования к*'], skip: ['Обзор рынка']}` (see docs/requirements-model.md).
   */
  readonly sections?: {readonly requirements?: readonly string[]; readonly skip?: readonly string[]} | null | undefined
  /**
   * Warn about disable comments that silence nothing (`unused-directive`), as
   * the CLI's `--report-unused-disable-directives` does. Default: false.
   */
  readonly reportUnusedDisableDirectives?: boolean | null | undefined
  /**
   * The language of the messages: `ru` or `en`. Default: the document's language
   * (`language`, or what its letters say), as the CLI's default.
   */
  readonly locale?: Locale | null | undefined
}

/** Where the glossary comes from, once the options are checked. */
export type GlossarySource =
  | {readonly type: 'builtin'}
  | {readonly type: 'object'; readonly glossary: Glossary}
  | {readonly type: 'files'; readonly files: readonly string[]}

export interface Settings {
  readonly glossary: GlossarySource
  readonly rules: Readonly<Record<string, RuleSetting>> | undefined
  readonly language: 'ru' | 'en' | 'auto' | undefined
  readonly sections?: SectionScopes
  readonly reportUnusedDisableDirectives: boolean
  readonly locale?: Locale
}

export type Checked = {readonly ok: true; readonly settings: Settings} | {readonly ok: false; readonly reason: string}

const knownKeys = ['glossary', 'rules', 'language', 'locale', 'sections', 'reportUnusedDisableDirectives']

/** Checks and normalises the options; never throws. */
export function checkOptions(options: unknown): Checked {
  try {
    return {ok: true, settings: settings(options)}
  } catch (error) {
    if (error instanceof OptionError || error instanceof RuleSettingError) {
      return {ok: false, reason: `Invalid remark-reqlint options: ${error.message}`}
    }
    throw error
  }
}

class OptionError extends Error {}

function settings(options: unknown): Settings {
  if (options === undefined || options === null) return {glossary: {type: 'builtin'}, rules: undefined, language: undefined, reportUnusedDisableDirectives: false}
  if (typeof options !== 'object' || Array.isArray(options)) {
    const hint = typeof options === 'string' ? ` (a glossary path goes in \`{"glossary": ${JSON.stringify(options)}}\`)` : ''
    throw new OptionError(`expected an object with \`glossary\`, \`rules\` or \`language\`, not ${describe(options)}${hint}`)
  }
  const record = options as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!knownKeys.includes(key)) {
      throw new OptionError(`unknown option \`${key}\` (expected one of: ${knownKeys.join(', ')})`)
    }
  }
  const scopes = sections(record.sections)
  const chosen = locale(record.locale)
  return {
    glossary: glossarySource(record.glossary),
    rules: ruleSettings(record.rules),
    language: language(record.language),
    reportUnusedDisableDirectives: flag(record.reportUnusedDisableDirectives, 'reportUnusedDisableDirectives'),
    ...(scopes ? {sections: scopes} : {}),
    ...(chosen ? {locale: chosen} : {})
  }
}

function sections(value: unknown): SectionScopes | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) throw new OptionError(`\`sections\` must be an object with \`requirements\` and \`skip\`, not ${describe(value)}`)
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (key !== 'requirements' && key !== 'skip') throw new OptionError(`\`sections\`: unknown key \`${key}\` (expected requirements or skip)`)
  }
  const list = (key: 'requirements' | 'skip'): string[] => {
    const items = record[key]
    if (items === undefined || items === null) return []
    if (!Array.isArray(items) || items.some((item) => typeof item !== 'string' || item.trim() === '')) {
      throw new OptionError(`\`sections.${key}\` must be a list of headings, not ${describe(items)}`)
    }
    return items as string[]
  }
  return {requirements: list('requirements'), skip: list('skip')}
}

function glossarySource(value: unknown): GlossarySource {
  if (value === undefined || value === null) return {type: 'builtin'}
  if (typeof value === 'string' || value instanceof URL) return {type: 'files', files: [glossaryPath(value)]}
  if (Array.isArray(value)) {
    if (value.length === 0) throw new OptionError('`glossary` is an empty list (leave it out to use the built-in glossary)')
    return {type: 'files', files: value.map((item: unknown) => glossaryPath(item))}
  }
  if (isGlossary(value)) return {type: 'object', glossary: value}
  const hint =
    typeof value === 'object' && value !== null && 'terms' in value
      ? '; glossary content cannot be written inline: put it in a YAML, JSON or CSV file and give its path'
      : ''
  throw new OptionError(
    `\`glossary\` must be a file path, a list of file paths or a glossary loaded with @reqlint/core, not ${describe(value)}${hint}`
  )
}

function glossaryPath(value: unknown): string {
  if (value instanceof URL || (typeof value === 'string' && value.startsWith('file:'))) {
    const url = value instanceof URL ? value : parseUrl(value)
    if (url.protocol !== 'file:') throw new OptionError(`\`glossary\`: only \`file:\` URLs can be read, not \`${url.href}\``)
    try {
      return fileURLToPath(url)
    } catch (error) {
      // A remote host (`file://host/…`) or an encoded slash (`%2F`) has no local path: Node says why.
      throw new OptionError(`\`glossary\`: \`${url.href}\` is not a local file path (${(error as Error).message})`)
    }
  }
  if (typeof value !== 'string') throw new OptionError(`\`glossary\`: expected a file path, not ${describe(value)}`)
  if (value.trim() === '') throw new OptionError('`glossary`: empty file path')
  return value
}

/** `value` as a URL (`URL.parse` is newer than the Node versions reqlint supports). */
function parseUrl(value: string): URL {
  try {
    return new URL(value)
  } catch {
    throw new OptionError(`\`glossary\`: \`${value}\` is not a valid URL`)
  }
}

/** The shape of a loaded glossary (`Glossary` of @reqlint/core). */
function isGlossary(value: unknown): value is Glossary {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Record<keyof Glossary, unknown>>
  const ambiguous = candidate.ambiguous as {add?: unknown; remove?: unknown} | undefined
  return (
    (candidate.language === 'ru' || candidate.language === 'en') &&
    Array.isArray(candidate.entries) &&
    Array.isArray(candidate.abbreviations) &&
    typeof candidate.builtinAbbreviations === 'boolean' &&
    typeof ambiguous === 'object' &&
    ambiguous !== null &&
    Array.isArray(ambiguous.add) &&
    Array.isArray(ambiguous.remove) &&
    Array.isArray(candidate.files)
  )
}

function ruleSettings(value: unknown): Record<string, RuleSetting> | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new OptionError(`\`rules\` must be an object of rule ids, not ${describe(value)}`)
  }
  const result: Record<string, RuleSetting> = {}
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    const rule = rules.find((item) => item.id === id)
    if (!rule) {
      throw new OptionError(`\`rules\`: unknown rule \`${id}\` (rules: ${rules.map((item) => item.id).join(', ')})`)
    }
    const normalised = ruleSetting(id, setting)
    resolveSetting(rule, normalised)
    result[id] = normalised
  }
  return result
}

function ruleSetting(id: string, setting: unknown): RuleSetting {
  if (Array.isArray(setting)) {
    if (setting.length === 0 || setting.length > 2) {
      throw new OptionError(`rule \`${id}\`: expected a severity or \`[severity, options]\`, not an array of ${setting.length}`)
    }
    const options: unknown = setting[1]
    const severity = severityOf(id, setting[0])
    if (options === undefined) return [severity]
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw new OptionError(`rule \`${id}\`: options must be an object, not ${describe(options)}`)
    }
    return [severity, options as Record<string, unknown>]
  }
  return severityOf(id, setting)
}

function severityOf(id: string, value: unknown): Severity {
  switch (value) {
    case 'off':
    case 0:
    case false:
      return 'off'
    case 'warn':
    case 'on':
    case 1:
    case true:
      return 'warn'
    case 'error':
    case 2:
      return 'error'
    default:
      throw new OptionError(`rule \`${id}\`: unknown severity ${describe(value)} (expected off, warn or error)`)
  }
}

function language(value: unknown): Settings['language'] {
  if (value === undefined || value === null) return undefined
  if (value === 'ru' || value === 'en' || value === 'auto') return value
  throw new OptionError(`\`language\` must be \`ru\`, \`en\` or \`auto\`, not ${describe(value)}`)
}

function locale(value: unknown): Locale | undefined {
  if (value === undefined || value === null) return undefined
  if (isLocale(value)) return value
  throw new OptionError(`\`locale\` must be \`ru\` or \`en\`, not ${describe(value)}`)
}

function flag(value: unknown, name: string): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'boolean') return value
  throw new OptionError(`\`${name}\` must be \`true\` or \`false\`, not ${describe(value)}`)
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `\`${JSON.stringify(value)}\``
  if (Array.isArray(value)) return 'an array'
  if (value === null) return '`null`'
  if (typeof value === 'object') return 'an object'
  return `\`${String(value)}\``
}

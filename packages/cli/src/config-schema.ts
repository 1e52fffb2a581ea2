/**
 * The configuration's schema: a plain value (from JSON, YAML or a JS module)
 * checked key by key. Every problem is a DataError at the place of the
 * offending key or value, which the file's reader supplies through a locator:
 * YAML and JSON know their positions, a JS module's value does not (1:1).
 */
import {coreMessage, DataError, isLocale, resolveSetting, RuleSettingError, rules, type Locale, type Message, type RuleSetting, type Severity, type Subject} from '@reqlint/core/lint'
import {cliMessage} from './texts.js'

export type ConfigLanguage = 'ru' | 'en' | 'auto'

export interface ConfigOverride {
  /** Globs relative to the configuration file's directory. */
  readonly files: readonly string[]
  readonly rules: Readonly<Record<string, RuleSetting>> | undefined
  /** Paths relative to the configuration file's directory. */
  readonly glossary: readonly string[] | undefined
  readonly language: ConfigLanguage | undefined
}

/** Which headings hold requirements and which sections to skip (the requirements model's scopes). */
export interface ConfigSections {
  readonly requirements: readonly string[]
  readonly skip: readonly string[]
}

export interface Config {
  readonly glossary: readonly string[] | undefined
  readonly sections: ConfigSections | undefined
  readonly rules: Readonly<Record<string, RuleSetting>> | undefined
  readonly language: ConfigLanguage | undefined
  /** The language reqlint speaks to the reader in; undefined: each document's language (errors: the environment's). */
  readonly locale: Locale | undefined
  readonly ignorePatterns: readonly string[]
  readonly overrides: readonly ConfigOverride[]
}

export type ConfigPath = ReadonlyArray<string | number>

/** Where a key (`part: 'key'`) or a value sits in the file, 1-based. */
export type Locator = (at: ConfigPath, part: 'key' | 'value') => {line: number; column: number}

export const topKeys = ['glossary', 'rules', 'language', 'locale', 'sections', 'ignorePatterns', 'overrides'] as const
export const overrideKeys = ['files', 'rules', 'glossary', 'language'] as const
const languages: readonly ConfigLanguage[] = ['ru', 'en', 'auto']
const severities: readonly Severity[] = ['off', 'warn', 'error']

/** Told the configuration's `locale` as soon as it is known to be valid, before the other keys are checked. */
export type LocaleListener = (locale: Locale) => void

export function validateConfig(value: unknown, file: string, locate: Locator, onLocale?: LocaleListener): Config {
  const fail = (at: ConfigPath, part: 'key' | 'value', problem: Message): never => {
    const {line, column} = locate(at, part)
    throw new DataError(file, line, column, problem)
  }
  /** A key's path as the messages write it: `overrides[0].files`. */
  const path = (at: ConfigPath): string => at.map((segment) => (typeof segment === 'number' ? `[${segment}]` : segment)).join('.').replace(/\.\[/g, '[')
  const key = (at: ConfigPath): Subject => ({kind: 'key', key: path(at)})

  const record = (at: ConfigPath, value: unknown, subject: Subject, allowed: readonly string[]): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(at, 'value', cliMessage('config-expected-mapping', {subject}))
    const object = value as Record<string, unknown>
    for (const name of Object.keys(object)) {
      if (!allowed.includes(name)) fail([...at, name], 'key', cliMessage('config-unknown-key', {key: name, subject, allowed}))
    }
    return object
  }

  const strings = (at: ConfigPath, value: unknown, allowEmpty: boolean): string[] => {
    const list = typeof value === 'string' ? [value] : value
    if (!Array.isArray(list)) return fail(at, 'value', coreMessage('expected-strings', {subject: key(at)}))
    if (list.length === 0 && !allowEmpty) fail(at, 'value', cliMessage('config-empty-list', {key: path(at)}))
    return list.map((item: unknown, index) => {
      const itemAt = typeof value === 'string' ? at : [...at, index]
      if (typeof item !== 'string' || item.trim() === '') fail(itemAt, 'value', coreMessage('expected-non-empty-string', {subject: key(itemAt)}))
      return item as string
    })
  }

  const language = (at: ConfigPath, value: unknown): ConfigLanguage | undefined => {
    if (value === undefined) return undefined
    if (typeof value !== 'string' || !languages.includes(value as ConfigLanguage)) {
      fail(at, 'value', cliMessage('config-unknown-language', {value: JSON.stringify(value), key: path(at)}))
    }
    return value as ConfigLanguage
  }

  const locale = (at: ConfigPath, value: unknown): Locale | undefined => {
    if (value === undefined) return undefined
    if (!isLocale(value)) fail(at, 'value', cliMessage('config-unknown-locale', {value: JSON.stringify(value)}))
    return value as Locale
  }

  const ruleSettings = (at: ConfigPath, value: unknown): Record<string, RuleSetting> | undefined => {
    if (value === undefined) return undefined
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(at, 'value', cliMessage('config-rules-mapping', {key: path(at)}))
    }
    const settings: Record<string, RuleSetting> = {}
    for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
      const rule = rules.find((item) => item.id === id)
      if (!rule) return fail([...at, id], 'key', cliMessage('config-unknown-rule', {rule: id, rules: rules.map((item) => item.id)}))
      const settingAt = [...at, id]
      const tuple = Array.isArray(setting)
      const severity: unknown = tuple ? (setting as unknown[])[0] : setting
      const options: unknown = tuple ? (setting as unknown[])[1] : undefined
      if (tuple && ((setting as unknown[]).length === 0 || (setting as unknown[]).length > 2)) {
        fail(settingAt, 'value', cliMessage('config-rule-shape', {rule: id}))
      }
      const severityAt = tuple ? [...settingAt, 0] : settingAt
      if (typeof severity !== 'string' || !severities.includes(severity as Severity)) {
        fail(severityAt, 'value', cliMessage('config-rule-severity', {rule: id, severity: JSON.stringify(severity) ?? 'undefined'}))
      }
      const optionsAt = [...settingAt, 1]
      if (options !== undefined && typeof options === 'object' && options !== null && !Array.isArray(options)) {
        // Point at the first unknown option itself; resolveSetting says the same, without a place.
        const known = Object.keys(rule.defaultOptions as object)
        const unknown = Object.keys(options).find((key) => !known.includes(key))
        if (unknown !== undefined) {
          try {
            resolveSetting(rule, [severity as Severity, options as Record<string, unknown>])
          } catch (error) {
            if (error instanceof RuleSettingError) fail([...optionsAt, unknown], 'key', error.problem)
            throw error
          }
        }
      }
      const normalized: RuleSetting = options === undefined ? (severity as Severity) : [severity as Severity, options as Record<string, unknown>]
      try {
        resolveSetting(rule, normalized)
      } catch (error) {
        if (error instanceof RuleSettingError) fail(options === undefined ? settingAt : optionsAt, 'value', error.problem)
        throw error
      }
      settings[id] = normalized
    }
    return settings
  }

  // The reader decides what an empty file means (YAML: every default; JSON and modules: an error).
  // `locale` first: a configuration that says `locale: ru` has its other mistakes reported in Russian.
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && isLocale((value as Record<string, unknown>).locale)) {
    onLocale?.((value as Record<string, unknown>).locale as Locale)
  }
  const top = record([], value, {kind: 'configuration'}, topKeys)
  const overrides: ConfigOverride[] = []
  if (top.overrides !== undefined) {
    if (!Array.isArray(top.overrides)) fail(['overrides'], 'value', cliMessage('config-overrides-list', {}))
    ;(top.overrides as unknown[]).forEach((item, index) => {
      const at = ['overrides', index]
      const override = record(at, item, key(at), overrideKeys)
      if (override.files === undefined) fail(at, 'value', cliMessage('config-override-needs-files', {key: path(at)}))
      overrides.push({
        files: strings([...at, 'files'], override.files, false),
        rules: ruleSettings([...at, 'rules'], override.rules),
        glossary: override.glossary === undefined ? undefined : strings([...at, 'glossary'], override.glossary, false),
        language: language([...at, 'language'], override.language)
      })
    })
  }
  let sections: ConfigSections | undefined
  if (top.sections !== undefined) {
    const scopes = record(['sections'], top.sections, {kind: 'key', key: 'sections'}, ['requirements', 'skip'])
    sections = {
      requirements: scopes.requirements === undefined ? [] : strings(['sections', 'requirements'], scopes.requirements, true),
      skip: scopes.skip === undefined ? [] : strings(['sections', 'skip'], scopes.skip, true)
    }
  }
  return {
    glossary: top.glossary === undefined ? undefined : strings(['glossary'], top.glossary, false),
    sections,
    rules: ruleSettings(['rules'], top.rules),
    language: language(['language'], top.language),
    locale: locale(['locale'], top.locale),
    ignorePatterns: top.ignorePatterns === undefined ? [] : strings(['ignorePatterns'], top.ignorePatterns, true),
    overrides
  }
}

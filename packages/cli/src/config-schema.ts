/**
 * The configuration's schema, written with core's schema combinators (the ones
 * glossaries and the built-in data use) over a plain value — from JSON, YAML or
 * a JS module — read as a {@link PlainSource}. Every problem is a DataError at
 * the place of the offending key or value, which the file's reader supplies
 * through a locator: YAML and JSON know their positions, a JS module's value
 * does not (1:1). The configuration words its problems itself (`config-*` in
 * texts.ts): its leaves are the configuration's own, strict about types (a
 * number is no file name) and keeping strings as written.
 */
import {coreMessage, isLocale, resolveSetting, RuleSettingError, rules, type Locale, type RuleSetting, type Severity, type Subject} from '@reqlint/core/lint'
import {list, object, optional, PlainSource, record, type Locator, type MappingProblems, type PlainValue, type Schema, type ValuePath, type ValueSource} from '@reqlint/core/schema'
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

export type ConfigPath = ValuePath

export type {Locator}

export const topKeys = ['glossary', 'rules', 'language', 'locale', 'sections', 'ignorePatterns', 'overrides'] as const
export const overrideKeys = ['files', 'rules', 'glossary', 'language'] as const
const languages: readonly ConfigLanguage[] = ['ru', 'en', 'auto']
const severities: readonly Severity[] = ['off', 'warn', 'error']

/** Told the configuration's `locale` as soon as it is known to be valid, before the other keys are checked. */
export type LocaleListener = (locale: Locale) => void

type ConfigSchema<T> = Schema<T, PlainValue>

/** How the configuration's mappings word their refusals. */
const mappings: MappingProblems = {
  notMapping: (subject) => cliMessage('config-expected-mapping', {subject}),
  unknownKey: (key, subject, allowed) => cliMessage('config-unknown-key', {key, subject, allowed})
}

/** A key's path as the messages write it (`overrides[0].files`): the subject's. */
function pathOf(subject: Subject): string {
  return subject.kind === 'key' ? subject.key : ''
}

/** A list's item, by its path: `glossary[1]`. */
function itemOf(index: number, list: Subject): Subject {
  return {kind: 'key', key: `${pathOf(list)}[${index}]`}
}

/** A string or a list of strings, each non-empty and kept as written; an empty list only when `allowEmpty`. */
function strings(allowEmpty: boolean): ConfigSchema<string[]> {
  return (source, node, subject) => {
    const single = typeof node?.value === 'string'
    const items = single ? [node!] : source.items(node)
    if (!items) return source.fail(node, coreMessage('expected-strings', {subject}))
    if (items.length === 0 && !allowEmpty) source.fail(node, cliMessage('config-empty-list', {key: pathOf(subject)}))
    return items.map((item, index) => {
      if (typeof item.value !== 'string' || item.value.trim() === '') source.fail(item, coreMessage('expected-non-empty-string', {subject: single ? subject : itemOf(index, subject)}))
      return item.value as string
    })
  }
}

const language: ConfigSchema<ConfigLanguage> = (source, node, subject) => {
  const value = node?.value
  if (typeof value !== 'string' || !languages.includes(value as ConfigLanguage)) source.fail(node, cliMessage('config-unknown-language', {value: JSON.stringify(value), key: pathOf(subject)}))
  return value as ConfigLanguage
}

const locale: ConfigSchema<Locale> = (source, node) => {
  const value = node?.value
  if (!isLocale(value)) source.fail(node, cliMessage('config-unknown-locale', {value: JSON.stringify(value)}))
  return value as Locale
}

type RuleDefinition = (typeof rules)[number]

/** A rule's id, at its key: one of the rules. */
function ruleOf(source: ValueSource<PlainValue>, key: PlainValue): RuleDefinition {
  const id = key.value as string
  const rule = rules.find((item) => item.id === id)
  if (!rule) return source.fail(key, cliMessage('config-unknown-rule', {rule: id, rules: rules.map((item) => item.id)}))
  return rule
}

/**
 * A rule's setting: a severity, or `[severity, options]` with the options the rule
 * takes (checked by the engine's own resolveSetting, as a run would).
 */
function ruleSetting(rule: RuleDefinition): ConfigSchema<RuleSetting> {
  const fail = (source: ValueSource<PlainValue>, node: PlainValue | null | undefined, error: unknown): never => {
    if (error instanceof RuleSettingError) source.fail(node, error.problem)
    throw error
  }
  return (source, node) => {
    const tuple = source.items(node)
    if (tuple && (tuple.length === 0 || tuple.length > 2)) source.fail(node, cliMessage('config-rule-shape', {rule: rule.id}))
    const severityNode = tuple ? tuple[0] : node
    const severity = severityNode?.value
    if (typeof severity !== 'string' || !severities.includes(severity as Severity)) {
      source.fail(severityNode, cliMessage('config-rule-severity', {rule: rule.id, severity: JSON.stringify(severity) ?? 'undefined'}))
    }
    const optionsNode = tuple?.[1]
    const options = optionsNode?.value
    if (options !== undefined && typeof options === 'object' && options !== null && !Array.isArray(options)) {
      // Point at the first unknown option itself; resolveSetting says the same, without a place.
      const known = Object.keys(rule.defaultOptions as object)
      const unknown = [...(source.entries(optionsNode) ?? [])].find((entry) => !known.includes(entry.key.value as string))
      if (unknown !== undefined) {
        try {
          resolveSetting(rule, [severity as Severity, options as Record<string, unknown>])
        } catch (error) {
          fail(source, unknown.key, error)
        }
      }
    }
    const setting: RuleSetting = options === undefined ? (severity as Severity) : [severity as Severity, options as Record<string, unknown>]
    try {
      resolveSetting(rule, setting)
    } catch (error) {
      fail(source, options === undefined ? node : optionsNode, error)
    }
    return setting
  }
}

/** Rule ids to their settings, in the order written. */
const ruleSettings: ConfigSchema<Record<string, RuleSetting>> = (source, node, subject) => {
  const settings = record(ruleSetting, {key: ruleOf, notMapping: () => cliMessage('config-rules-mapping', {key: pathOf(subject)})})
  return Object.fromEntries(settings(source, node, subject).map(([rule, setting]) => [rule.id, setting]))
}

const override = object<ConfigOverride, PlainValue>(
  {files: strings(false), rules: optional(ruleSettings), glossary: optional(strings(false)), language: optional(language)},
  {problems: mappings, required: {key: 'files', problem: (subject) => cliMessage('config-override-needs-files', {key: pathOf(subject)})}}
)

const sections = object<ConfigSections, PlainValue>({requirements: optional(strings(true), []), skip: optional(strings(true), [])}, {problems: mappings})

/** The keys in the order messages list them (`topKeys`); read overrides first, as the first problem found is the one reported. */
const configuration = object<Config, PlainValue>(
  {
    glossary: optional(strings(false)),
    rules: optional(ruleSettings),
    language: optional(language),
    locale: optional(locale),
    sections: optional(sections),
    ignorePatterns: optional(strings(true), []),
    overrides: optional(list(override, itemOf, () => cliMessage('config-overrides-list', {})), [])
  },
  {problems: mappings, readOrder: ['overrides', 'sections', 'glossary', 'rules', 'language', 'locale', 'ignorePatterns']}
)

export function validateConfig(value: unknown, file: string, locate: Locator, onLocale?: LocaleListener): Config {
  // The reader decides what an empty file means (YAML: every default; JSON and modules: an error).
  // `locale` first: a configuration that says `locale: ru` has its other mistakes reported in Russian.
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && isLocale((value as Record<string, unknown>).locale)) {
    onLocale?.((value as Record<string, unknown>).locale as Locale)
  }
  const source = new PlainSource(file, value, locate)
  const read = configuration(source, source.root, {kind: 'configuration'})
  return {
    glossary: read.glossary,
    sections: read.sections,
    rules: read.rules,
    language: read.language,
    locale: read.locale,
    ignorePatterns: read.ignorePatterns,
    overrides: read.overrides
  }
}

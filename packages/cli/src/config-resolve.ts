/**
 * The settings that apply to one file: the configuration, then each override
 * whose `files` match it (in order, later wins), then the command line
 * (`--glossary` replaces every glossary, `--rule` sets one rule's severity).
 * A severity alone keeps the options an earlier layer gave the rule, as ESLint does.
 */
import path from 'node:path'
import {builtinGlossaryName, isBuiltinGlossaryName, resolveSetting, rules, type Locale, type RuleSetting, type Severity} from '@reqlint/core/lint'
import type {LoadedConfig} from './config-files.js'
import type {ConfigLanguage, ConfigSections} from './config-schema.js'
import {displayPath, toPosix} from './files.js'
import {UsageError} from './io.js'
import {cliMessage} from './texts.js'

export interface FileSettings {
  /** Absolute glossary paths or built-in names (`reqlint:crm.ru`), merged in order; undefined: the built-in glossary. */
  readonly glossary: readonly string[] | undefined
  readonly rules: Readonly<Record<string, RuleSetting>>
  readonly language: ConfigLanguage | undefined
  /**
   * The language reqlint speaks to the reader in — findings, hints, the summary:
   * `--locale`, else the configuration's `locale`; undefined: each document's
   * own language (the people who read a Russian document's findings are its authors).
   */
  readonly locale?: Locale
  /**
   * The language of problems with the file itself (unreadable, binary, refused by
   * the parser), which arise before its language is known: {@link locale}, else
   * the environment's (LC_ALL, LC_MESSAGES, LANG), else English.
   */
  readonly problemLocale?: Locale
  /** The configuration's `sections`: headings that hold requirements and sections to skip. */
  readonly sections?: ConfigSections
  /** `--report-unused-disable-directives`. */
  readonly reportUnusedDisableDirectives: boolean
}

export interface CommandLineSettings {
  /** Absolute paths; empty: as configured. */
  readonly glossary: readonly string[]
  readonly rules: Readonly<Record<string, Severity>>
  readonly reportUnusedDisableDirectives?: boolean
  /** `--locale`. */
  readonly locale?: Locale
  /** The environment's locale (LC_ALL, LC_MESSAGES, LANG), for problems before a document's language is known. */
  readonly environmentLocale?: Locale
}

export class ConfigResolver {
  readonly loaded: LoadedConfig | undefined
  private readonly commandLine: CommandLineSettings
  private readonly matchers: ReadonlyArray<(relative: string) => boolean>

  /** The resolver for a run; picomatch is loaded only for a configuration with overrides. */
  static async create(loaded: LoadedConfig | undefined, commandLine: CommandLineSettings): Promise<ConfigResolver> {
    const overrides = loaded?.config.overrides ?? []
    if (overrides.length === 0) return new ConfigResolver(loaded, commandLine, [])
    const {default: picomatch} = await import('picomatch')
    return new ConfigResolver(
      loaded,
      commandLine,
      overrides.map((override) => picomatch(override.files.map(anchor), {dot: true}))
    )
  }

  private constructor(loaded: LoadedConfig | undefined, commandLine: CommandLineSettings, matchers: ReadonlyArray<(relative: string) => boolean>) {
    this.loaded = loaded
    this.commandLine = commandLine
    this.matchers = matchers
  }

  /** The settings for `file` (absolute), and which overrides applied. */
  resolve(file: string): {settings: FileSettings; overrides: number[]} {
    const config = this.loaded?.config
    const directory = this.loaded?.directory ?? ''
    let glossary = config?.glossary?.map((item) => resolveGlossary(directory, item))
    let language = config?.language
    let ruleSettings: Record<string, RuleSetting> = {...config?.rules}
    const applied: number[] = []
    if (this.loaded && config) {
      const relative = toPosix(path.relative(directory, file))
      const inside = relative !== '' && !relative.startsWith('../') && !path.isAbsolute(relative)
      config.overrides.forEach((override, index) => {
        if (!inside || !this.matchers[index]!(relative)) return
        applied.push(index)
        if (override.glossary) glossary = override.glossary.map((item) => resolveGlossary(directory, item))
        if (override.language) language = override.language
        for (const [id, setting] of Object.entries(override.rules ?? {})) ruleSettings[id] = layer(ruleSettings[id], setting)
      })
    }
    for (const [id, severity] of Object.entries(this.commandLine.rules)) ruleSettings[id] = layer(ruleSettings[id], severity)
    if (this.commandLine.glossary.length > 0) glossary = [...this.commandLine.glossary]
    ruleSettings = Object.fromEntries(Object.entries(ruleSettings).sort(([a], [b]) => a.localeCompare(b)))
    const sections = config?.sections
    const reportUnusedDisableDirectives = this.commandLine.reportUnusedDisableDirectives === true
    const locale = this.commandLine.locale ?? config?.locale
    const problemLocale = locale ?? this.commandLine.environmentLocale ?? 'en'
    return {
      settings: {glossary, rules: ruleSettings, language, ...(locale ? {locale} : {}), problemLocale, reportUnusedDisableDirectives, ...(sections ? {sections} : {})},
      overrides: applied
    }
  }

  /**
   * What `--print-config` shows: every rule with its effective severity and
   * options, the glossary files and the language; paths relative to `cwd`.
   * `mergeOrder` is every glossary file the glossary was merged from, bases
   * first (what `extends` brought in): each overrides those before it.
   */
  describe(file: string, cwd: string, mergeOrder: readonly string[]): object {
    const {settings, overrides} = this.resolve(file)
    const relative = (item: string): string => displayPath(cwd, item)
    return {
      file: relative(file),
      configFile: this.loaded ? relative(this.loaded.file) : null,
      overrides: overrides.map((index) => this.loaded!.config.overrides[index]!.files),
      glossary: settings.glossary ? settings.glossary.map(relative) : [builtinGlossaryName],
      glossaryMergeOrder: mergeOrder.map(relative),
      language: settings.language ?? 'auto',
      // null: each document's findings in its own language.
      locale: settings.locale ?? null,
      ...(settings.sections ? {sections: settings.sections} : {}),
      rules: Object.fromEntries(
        rules.map((rule) => {
          const {severity, ruleOptions} = resolveSetting(rule, settings.rules[rule.id])
          return [rule.id, Object.keys(ruleOptions as object).length === 0 ? severity : [severity, ruleOptions]]
        })
      )
    }
  }
}

/** A glossary reference written in `base`: a path resolved against it, or a built-in glossary's name (`reqlint:crm.ru`) as it is. */
export function resolveGlossary(base: string, reference: string): string {
  return isBuiltinGlossaryName(reference) ? reference : path.resolve(base, reference)
}

/**
 * A glob as .gitignore reads one: without a slash it matches the file name at
 * any depth («*.en.md»); with one, from the configuration's directory (a
 * leading `/` only anchors). picomatch's own `basename` option is not used: it
 * breaks patterns with slashes given in a list.
 */
function anchor(pattern: string): string {
  if (pattern.startsWith('/')) return pattern.slice(1)
  return pattern.includes('/') ? pattern : `**/${pattern}`
}

/** A setting over an earlier one: a bare severity keeps the earlier options. */
function layer(earlier: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  if (typeof next === 'string' && earlier !== undefined && typeof earlier !== 'string' && earlier[1] !== undefined) return [next, earlier[1]]
  return next
}

/** `--rule id:severity`, checked against the rules. */
export function parseRuleFlags(flags: readonly string[]): Record<string, Severity> {
  const settings: Record<string, Severity> = {}
  for (const flag of flags) {
    const separator = flag.lastIndexOf(':')
    const id = separator === -1 ? flag : flag.slice(0, separator)
    const severity = separator === -1 ? '' : flag.slice(separator + 1)
    if (!rules.some((item) => item.id === id)) {
      throw new UsageError(cliMessage('rule-flag-unknown', {flag, rule: id, rules: rules.map((item) => item.id)}))
    }
    if (severity !== 'off' && severity !== 'warn' && severity !== 'error') throw new UsageError(cliMessage('rule-flag-severity', {flag}))
    settings[id] = severity
  }
  return settings
}

/** The key that identifies equal settings: files with the same key share a glossary and cache stamp. */
export function settingsKey(settings: FileSettings): string {
  return JSON.stringify([
    settings.glossary ?? null,
    settings.rules,
    settings.language ?? null,
    settings.sections ?? null,
    settings.reportUnusedDisableDirectives,
    settings.locale ?? null,
    settings.problemLocale ?? null
  ])
}

/**
 * What a rule is: a typed definition — id, docs URL, message templates in both
 * locales, an options schema, whether it fixes — and a check that reports
 * findings as data. {@link defineRule} makes one, as typescript-eslint's
 * `createRule` does: the message ids a check may report are the keys of its
 * `messages`, and its options have the types their schema gives them.
 */
import {rulesDocs} from './docs-location.js'
import type {Analysis} from './analysis.js'
import type {Span} from './location.js'
import type {Localized, MessageRef, MessageValue, Template, TextResolver} from './message.js'

export type Severity = 'off' | 'warn' | 'error'

/** A replacement of a source range, applied by the CLI's `--fix`. */
export interface Fix {
  readonly span: Span
  readonly text: string
}

/** A related place (the dominant name's first use, a definition) with what it is. */
export interface Related<MessageId extends string = string> extends MessageRef<MessageId> {
  readonly span: Span
}

/** One problem a rule found, as data: the text is made at the edge, in the reader's locale. */
export interface Finding<MessageId extends string = string> extends MessageRef<MessageId> {
  readonly span: Span
  /** The source text at `span`. */
  readonly actual: string
  /** What to write instead, best first. */
  readonly expected?: readonly string[]
  /** How to fix it (a message of the same rule), shown by reporters that show notes. */
  readonly note?: MessageRef<MessageId>
  readonly related?: Related<MessageId>
  readonly fix?: Fix
  /**
   * `warn` for a finding that asks rather than asserts (is this one concept or two?):
   * it is reported as a warning even when its rule is set to `error`.
   */
  readonly severity?: 'warn'
}

/** Whether a placeholder's text is a name: no spaces, punctuation of the syntax or `#`. */
type IsName<Text extends string> = Text extends '' ? false : Text extends `${string}${' ' | ',' | '#' | '{' | '}' | '='}${string}` ? false : true

/** What opens a plural branch's text (`one {…}`, `=1 {…}`): its braces hold text, not a name. */
type BranchKey = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other' | `=${number}`

/**
 * The names a template text fills, as a union of string literals: `{abbreviation}`
 * and the count of `{uses, plural, …}`, in plural branches too. A brace right after
 * a branch key opens the branch's text.
 */
export type PlaceholderNames<Text extends string> = Text extends `${infer Before}{${infer After}`
  ?
      | (Before extends `${string}${BranchKey} `
          ? never
          : After extends `${infer Head}}${string}`
          ? IsName<Head> extends true
            ? Head
            : After extends `${infer Count},${string}`
              ? IsName<Count> extends true
                ? Count
                : never
              : never
          : never)
      | PlaceholderNames<After>
  : never

/** The data a message takes: a value for each name its templates fill, in either locale. */
export type DataOf<T extends Template> = [PlaceholderNames<T['en']> | PlaceholderNames<T['ru']>] extends [never]
  ? {readonly data?: Readonly<Record<string, never>>}
  : {readonly data: {readonly [Name in PlaceholderNames<T['en']> | PlaceholderNames<T['ru']>]: MessageValue}}

/** A message of `Messages` with the data its templates fill: what a typed rule reports. */
export type TypedMessage<Messages extends Readonly<Record<string, Template>>> = {
  [Id in keyof Messages & string]: {readonly messageId: Id} & DataOf<Messages[Id]>
}[keyof Messages & string]

/** A finding as a typed rule reports it: each message id with exactly the data its templates fill. */
export type TypedFinding<Messages extends Readonly<Record<string, Template>>> = Omit<Finding, 'messageId' | 'data' | 'note' | 'related'> &
  TypedMessage<Messages> & {
    readonly note?: TypedMessage<Messages>
    readonly related?: {readonly span: Span} & TypedMessage<Messages>
  }

/** One option of a rule: its default, and how a value given in a configuration is read. */
export interface OptionSpec<T> {
  readonly default: T
  /** The value as the rule gets it, or what is wrong with it (`name` is the option's). */
  read(value: unknown, name: string): {readonly value: T} | {readonly problem: Localized}
}

export type OptionsSchema = Readonly<Record<string, OptionSpec<unknown>>>

/** The options a schema describes, typed. */
export type OptionsOf<Schema extends OptionsSchema> = {readonly [Name in keyof Schema]: Schema[Name] extends OptionSpec<infer T> ? T : never}

export interface RuleContext<Options, Messages extends Readonly<Record<string, Template>>> {
  readonly analysis: Analysis
  readonly options: Options
  report(finding: TypedFinding<Messages>): void
}

/** What {@link defineRule} takes. */
export interface RuleDefinition<Schema extends OptionsSchema, Messages extends Readonly<Record<string, Template>>> {
  /** ASCII kebab-case: remark-message-control comments accept only `[A-Za-z0-9_-]`. */
  readonly id: string
  /** What the rule checks, one sentence in each locale. */
  readonly description: Template
  readonly defaultSeverity: Exclude<Severity, 'off'>
  readonly fixable: boolean
  /** Per message id, its template in each locale; a report may name only these, with the data they fill. */
  readonly messages: Messages
  /** The prose of the rule's data files by key, for the `{text: key}` values of its findings' data. */
  readonly texts?: TextResolver
  readonly options: Schema
  check(context: RuleContext<OptionsOf<Schema>, Messages>): void
}

/** A rule as the engine, the CLI and the docs see it: its options checked and typed inside. */
export interface Rule {
  readonly id: string
  /** What the rule checks, in English (as {@link descriptions} has it). */
  readonly description: string
  /** What the rule checks, one sentence in each locale. */
  readonly descriptions: Template
  /** Where its documentation is ({@link ruleUrl}). */
  readonly url: string
  readonly defaultSeverity: Exclude<Severity, 'off'>
  readonly fixable: boolean
  readonly messages: Readonly<Record<string, Template>>
  /** The prose of the rule's data files by key (`{text: key}` in a finding's data). */
  readonly texts?: TextResolver
  readonly defaultOptions: Readonly<Record<string, unknown>>
  /** What is wrong with options given over the defaults (unknown names aside), in both languages, or undefined. */
  validateOptions(options: Readonly<Record<string, unknown>>): Localized | undefined
  /** Runs the check with options given over the defaults; throws a TypeError on options {@link validateOptions} refuses. */
  check(analysis: Analysis, options: Readonly<Record<string, unknown>>, report: (finding: Finding) => void): void
}

export function defineRule<Schema extends OptionsSchema, const Messages extends Readonly<Record<string, Template>>>(definition: RuleDefinition<Schema, Messages>): Rule {
  const names = Object.keys(definition.options)
  const defaults = Object.fromEntries(names.map((name) => [name, definition.options[name]!.default]))
  const read = (given: Readonly<Record<string, unknown>>): {options: OptionsOf<Schema>} | {problem: Localized} => {
    const options: Record<string, unknown> = {}
    for (const name of names) {
      const spec = definition.options[name]!
      if (!(name in given) || given[name] === undefined) {
        options[name] = spec.default
        continue
      }
      const result = spec.read(given[name], name)
      if ('problem' in result) return {problem: result.problem}
      options[name] = result.value
    }
    // Each value was read by its own spec, which is what OptionsOf says of it.
    return {options: options as OptionsOf<Schema>}
  }
  return {
    id: definition.id,
    description: definition.description.en,
    descriptions: definition.description,
    url: ruleUrl(definition.id),
    defaultSeverity: definition.defaultSeverity,
    fixable: definition.fixable,
    messages: definition.messages,
    ...(definition.texts ? {texts: definition.texts} : {}),
    defaultOptions: defaults,
    validateOptions(options) {
      const result = read(options)
      return 'problem' in result ? result.problem : undefined
    },
    check(analysis, given, report) {
      const result = read(given)
      if ('problem' in result) throw new TypeError(`rule \`${definition.id}\`: ${result.problem.en}`)
      // A typed finding is a finding; TypeScript cannot see it through the conditional `DataOf` of a still
      // generic `Messages` (each concrete rule's reports are checked against its own templates).
      const typedReport = report as unknown as (finding: TypedFinding<Messages>) => void
      definition.check({analysis, options: result.options, report: typedReport})
    }
  }
}

/** The option kinds the rules take. */
export const option = {
  boolean(defaultValue: boolean): OptionSpec<boolean> {
    return {
      default: defaultValue,
      read: (value, name) => (typeof value === 'boolean' ? {value} : {problem: {en: `\`${name}\` must be true or false`, ru: `\`${name}\` должен быть true или false`}})
    }
  },
  oneOf<const Value extends string>(values: readonly Value[], defaultValue: NoInfer<Value>): OptionSpec<Value> {
    return {
      default: defaultValue,
      read: (value, name) =>
        values.includes(value as Value)
          ? {value: value as Value}
          : {problem: {en: `\`${name}\` must be ${values.map((item) => `"${item}"`).join(' or ')}`, ru: `\`${name}\` может быть только ${values.map((item) => `"${item}"`).join(' или ')}`}}
    }
  },
  /** A list of strings; with `allowed`, only those (a function, for lists read from data on first use). */
  list<const Value extends string>(
    defaultValue: readonly NoInfer<Value>[],
    problems: {readonly notList: Localized; readonly unknown?: (item: string, allowed: readonly string[]) => Localized},
    allowed?: () => readonly Value[]
  ): OptionSpec<readonly Value[]> {
    return {
      default: defaultValue,
      read(value) {
        if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return {problem: problems.notList}
        const items = value as string[]
        if (!allowed) return {value: items as Value[]}
        const known = allowed()
        const unknown = items.find((item) => !known.includes(item as Value))
        if (unknown !== undefined) return {problem: problems.unknown ? problems.unknown(unknown, known) : problems.notList}
        return {value: items as Value[]}
      }
    }
  }
}

/**
 * Where a rule's documentation is, as messages link to it: its page in the
 * installed @reqlint/core, which ships `docs/rules/<id>.md` (copied from the
 * repository's `docs/rules/` at build), as a `file:` URL. It is the page of the
 * version that made the message, and it opens offline; a web address would be
 * invented (reqlint has no site) or show another version's page.
 */
export function ruleUrl(id: string): string {
  return new URL(`${id}.md`, rulesDocs).href
}

/** Text for a message's data: on one line, whatever line breaks the source has (templates add the quotes). */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ')
}

/**
 * The one declarative schema for every file reqlint reads as data — glossaries,
 * the built-in data and the configuration: a mapping's keys, strings, booleans,
 * lists and choices, each refused with a localized problem at the line and
 * column of the offending value.
 *
 * A schema reads its values through a {@link ValueSource}: the YAML reader's
 * nodes (glossaries and the built-in data, `yaml-reader.ts`), or plain values
 * with a locator (a configuration from JSON, YAML or a JS module,
 * `plain-source.ts`). The combinators are the same over both; a file kind's own
 * leaves (the configuration's severities, a word list's spelling) are schemas
 * too, written against the same interface.
 *
 * Why not a schema library (zod, valibot, ajv): they check plain values, after
 * the nodes and their places are gone, and word their problems themselves. We
 * need the value's place and our own texts, in Russian and English, byte for
 * byte; and the YAML reader's refusals (aliases, merge keys, tags, nesting)
 * happen on the nodes. Mapping a library's issue paths back onto nodes and its
 * issue codes onto our messages would be more code than these combinators.
 */
import {coreMessage} from './problem-texts.js'
import {tokenOf, type Message, type Subject} from './texts.js'

/** What a scalar holds. */
export type ScalarValue = string | number | boolean | null

/**
 * One entry of a mapping: its key and its value, each a value of the source
 * (null: YAML's `key:` with no value; undefined: a plain key that holds nothing,
 * read as absent).
 */
export interface SourceEntry<N> {
  readonly key: N
  readonly value: N | null | undefined
}

/**
 * Where a schema reads values from, `N` being the source's handle on one value
 * (a YAML node, a plain value at its path). Each accessor answers undefined when
 * the value is not of its kind, and the schema words the refusal.
 */
export interface ValueSource<N> {
  /** The file, as messages name it. */
  readonly file: string
  /** A scalar's value; undefined for a list, a mapping, or no value. */
  scalar(node: N | null | undefined): ScalarValue | undefined
  /** A list's items. */
  items(node: N | null | undefined): readonly N[] | undefined
  /** A mapping's entries, in the file's order. */
  entries(node: N | null | undefined): Iterable<SourceEntry<N>> | undefined
  /** A key name the source refuses in a mapping of named keys (YAML's merge key `<<`), with why. */
  keyProblem?(name: string): Message | undefined
  /** Refuses `node` with `problem`, at its place. */
  fail(node: N | null | undefined, problem: Message): never
  /** Line and column of a value, for places kept in a model. */
  where(node: N | null | undefined): {line: number; column: number}
}

/**
 * Reads one value (undefined: the key is absent, null: `key:` with no value) as
 * a `T`, or refuses it through the source. `subject` is what messages call it.
 * A schema that only uses the {@link ValueSource} interface works over any source
 * (`N` unknown); one that needs the source's own values (a YAML node's place, a
 * plain value as written) names its `N`.
 *
 * Written as a method's type, whose parameters compare both ways: a combinator
 * (`object`, `list`…) takes fields written for one source and is read from that
 * source, but TypeScript cannot infer `N` back through a mapping's fields.
 */
export type Schema<T, N = unknown> = {read(source: ValueSource<N>, node: N | null | undefined, subject: Subject): T}['read']

/** A non-empty string (a number is read as its text), trimmed. */
export const string: Schema<string> = (source, node, subject) => {
  const value = source.scalar(node)
  if (typeof value !== 'string' && typeof value !== 'number') return source.fail(node, coreMessage('expected-string', {subject}))
  const text = String(value).trim()
  if (text === '') source.fail(node, coreMessage('expected-non-empty-string', {subject}))
  return text
}

export const boolean: Schema<boolean> = (source, node, subject) => {
  const value = source.scalar(node)
  if (typeof value !== 'boolean') return source.fail(node, coreMessage('expected-boolean', {subject}))
  return value
}

/** A string or a list of strings, each with its value (for the places a model keeps); absent or null: none. */
export function strings<N>(source: ValueSource<N>, node: N | null | undefined, subject: Subject): Array<{value: string; node: N}> {
  if (node === null || node === undefined) return []
  if (source.scalar(node) !== undefined) return [{value: string(source, node, subject), node}]
  const items = source.items(node)
  if (!items) return source.fail(node, coreMessage('expected-strings', {subject}))
  const item: Subject = subject.kind === 'key' ? {kind: 'item', key: subject.key} : subject
  return items.map((each) => ({value: string(source, each, item), node: each}))
}

/** A string or a list of strings, as values; absent: none. */
export const words: Schema<string[]> = (source, node, subject) => strings(source, node, subject).map((item) => item.value)

/** What a list's item is called: one subject for every item, or one by its index (`overrides[0]`). */
export type ItemSubject = Subject | ((index: number, list: Subject) => Subject)

/**
 * A list (absent or null: empty), each item read by `item` and called `itemSubject`
 * (by default the list's subject). Anything else is `notList` (by default «expected a list»).
 */
export function list<T, N>(item: Schema<T, N>, itemSubject?: ItemSubject, notList: (subject: Subject) => Message = (subject) => coreMessage('expected-list', {subject})): Schema<T[], N> {
  return (source, node, subject) => {
    if (node === null || node === undefined) return []
    const items = source.items(node)
    if (!items) return source.fail(node, notList(subject))
    return items.map((each, index) => item(source, each, typeof itemSubject === 'function' ? itemSubject(index, subject) : (itemSubject ?? subject)))
  }
}

/** One of `values`; anything else is `problem(value)` at the value. */
export function oneOf<T extends string>(values: readonly T[], problem: (value: string) => Message): Schema<T> {
  return (source, node, subject) => {
    const value = string(source, node, subject)
    if (!(values as readonly string[]).includes(value)) return source.fail(node, problem(value))
    return value as T
  }
}

/** `schema`, or `fallback` when the key is absent (`key:` with no value still goes to `schema`). */
export function optional<T, N>(schema: Schema<T, N>): Schema<T | undefined, N>
export function optional<T, F, N>(schema: Schema<T, N>, fallback: F): Schema<T | F, N>
export function optional<T, F, N>(schema: Schema<T, N>, fallback?: F): Schema<T | F | undefined, N> {
  return (source, node, subject) => (node === undefined ? fallback : schema(source, node, subject))
}

/** `schema`, then `check` on its value: `fail` refuses the value with a problem. */
export function refine<T, U, N>(schema: Schema<T, N>, check: (value: T, fail: (problem: Message) => never, node: N | null | undefined) => U): Schema<U, N> {
  return (source, node, subject) => check(schema(source, node, subject), (problem) => source.fail(node, problem), node)
}

/** A mapping's field: its schema, and the subject its messages use when it is not the key's path. */
export type Field<T, N = unknown> = Schema<T, N> | {readonly schema: Schema<T, N>; readonly subject: Subject}

type Fields<T, N> = {readonly [K in keyof T]: Field<T[K], N>}

/** How a mapping refuses a value that is no mapping, and a key it does not know. */
export interface MappingProblems {
  readonly notMapping: (subject: Subject) => Message
  readonly unknownKey: (key: string, subject: Subject, allowed: readonly string[]) => Message
}

/** The data files' words (glossaries, the built-in data). */
const dataProblems: MappingProblems = {
  notMapping: (subject) => coreMessage('expected-mapping', {subject}),
  unknownKey: (key, subject, allowed) => coreMessage('unknown-key', {key: tokenOf(key), subject, allowed})
}

export interface ObjectOptions<K extends string> {
  /** The order the fields are read in (by default the fields'): the first problem found is the one reported. */
  readonly readOrder?: readonly K[]
  /** A key the mapping must have: refused at the mapping, after its keys are checked and before any field is read. */
  readonly required?: {readonly key: K; readonly problem: (subject: Subject) => Message}
  /** How it words its refusals (by default as the data files do). */
  readonly problems?: MappingProblems
}

/**
 * A mapping with only these keys, each read by its field's schema (an absent
 * key's value is undefined). A field's messages call it by its path: the
 * mapping's own key path and the field's name (`sections.skip`), or the name
 * alone under a mapping that is not a key (the file, an entry). The keys are
 * listed (in messages) in the order of `fields`; every key is checked before any
 * field is read.
 */
export function object<T, N = unknown>(fields: Fields<T, N>, options: ObjectOptions<keyof T & string> = {}): Schema<T, N> {
  const names = Object.keys(fields) as Array<keyof T & string>
  const {readOrder = names, required, problems = dataProblems} = options
  return (source, node, subject) => {
    const values = namedEntries(source, node, subject, problems, names)
    if (required && values.get(required.key) === undefined) source.fail(node, required.problem(subject))
    const result = {} as T
    for (const name of readOrder) {
      const field = fields[name] as Field<T[typeof name], N>
      const read = typeof field === 'function' ? field : field.schema
      const fieldSubject: Subject = typeof field === 'function' ? {kind: 'key', key: subject.kind === 'key' ? `${subject.key}.${name}` : name} : field.subject
      result[name] = read(source, values.get(name), fieldSubject)
    }
    return result
  }
}

/** A key's name: a string, or refused. */
function stringKey<N>(source: ValueSource<N>, key: N, subject: Subject): string {
  const name = source.scalar(key)
  if (typeof name !== 'string') return source.fail(key, coreMessage('expected-string-key', {subject}))
  return name
}

/** A mapping's values by key name, each key a string the source accepts and one of `allowed`, checked in the file's order. */
function namedEntries<N>(source: ValueSource<N>, node: N | null | undefined, subject: Subject, problems: MappingProblems, allowed: readonly string[]): Map<string, N | null | undefined> {
  const entries = source.entries(node)
  if (!entries) return source.fail(node, problems.notMapping(subject))
  const values = new Map<string, N | null | undefined>()
  for (const {key, value} of entries) {
    const name = stringKey(source, key, subject)
    const refused = source.keyProblem?.(name)
    if (refused) source.fail(key, refused)
    if (!allowed.includes(name)) source.fail(key, problems.unknownKey(name, subject, allowed))
    values.set(name, value)
  }
  return values
}

export interface RecordOptions<K, N> {
  /** The keys it may have (by default any), refused as {@link object} refuses an unknown key. */
  readonly keys?: readonly string[]
  /** Reads a key, at the key (by default: its name, a string). */
  readonly key?: (source: ValueSource<N>, key: N, subject: Subject) => K
  /** How it refuses a value that is no mapping (by default as the data files do). */
  readonly notMapping?: (subject: Subject) => Message
}

/**
 * A mapping whose keys are data (rule ids, words and their forms), read entry
 * by entry in the file's order: the key by `options.key`, then its value by the
 * schema `value` gives for that key (called as the mapping is).
 */
export function record<K, T, N>(value: (key: K) => Schema<T, N>, options: RecordOptions<K, N> = {}): Schema<Array<[K, T]>, N> {
  const {notMapping = dataProblems.notMapping} = options
  return (source, node, subject) => {
    if (options.keys) namedEntries(source, node, subject, {...dataProblems, notMapping}, options.keys)
    const entries = source.entries(node)
    if (!entries) return source.fail(node, notMapping(subject))
    const result: Array<[K, T]> = []
    for (const entry of entries) {
      const key = options.key ? options.key(source, entry.key, subject) : (stringKey(source, entry.key, subject) as K)
      result.push([key, value(key)(source, entry.value, subject)])
    }
    return result
  }
}

/** Reads a whole file's root by `schema`, called `subject`. */
export function readRoot<T, N>(source: ValueSource<N> & {readonly root: N | null}, schema: Schema<T, N>, subject: Subject): T {
  return schema(source, source.root, subject)
}

// `@reqlint/core/schema` is this module: the combinators, and the source for plain values.
export {PlainSource, type Locator, type PlainValue, type ValuePath} from './plain-source.js'

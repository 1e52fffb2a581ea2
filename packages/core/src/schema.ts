/**
 * A small declarative schema over the located values of {@link YamlReader}:
 * a mapping's keys, strings, booleans, lists and choices, each refused with a
 * localized problem at the line and column of the offending node. Glossaries
 * and the built-in data describe their shape with it instead of walking the
 * YAML nodes by hand.
 *
 * Why not a schema library (zod, valibot, ajv): they check plain values, after
 * the nodes and their places are gone, and word their problems themselves. We
 * need the node's place and our own texts, in Russian and English, byte for
 * byte; and the reader's refusals (aliases, merge keys, tags, nesting) happen on
 * the nodes. Mapping a library's issue paths back onto nodes and its issue codes
 * onto our messages would be more code than these combinators.
 */
import type {Node} from 'yaml'
import type {Message, Subject} from './texts.js'
import type {YamlReader} from './yaml-reader.js'

/**
 * Reads one node (undefined: the key is absent, null: `key:` with no value) as
 * a `T`, or refuses it through the reader. `subject` is what messages call it.
 */
export type Schema<T> = (reader: YamlReader, node: Node | null | undefined, subject: Subject) => T

/** A non-empty string (a number is read as its text), trimmed. */
export const string: Schema<string> = (reader, node, subject) => reader.string(node, subject)

export const boolean: Schema<boolean> = (reader, node, subject) => reader.boolean(node, subject)

/** A string or a list of strings, each with its node (for the places a model keeps); absent: none. */
export const strings: Schema<Array<{value: string; node: Node}>> = (reader, node, subject) => reader.strings(node, subject)

/** A string or a list of strings, as values; absent: none. */
export const words: Schema<string[]> = (reader, node, subject) => reader.strings(node, subject).map((item) => item.value)

/** A list (absent: empty), each item read by `item` and called `itemSubject` (by default the list's subject). */
export function list<T>(item: Schema<T>, itemSubject?: Subject): Schema<T[]> {
  return (reader, node, subject) => reader.list(node, subject).map((each) => item(reader, each, itemSubject ?? subject))
}

/** One of `values`; anything else is `problem(value)` at the value. */
export function oneOf<T extends string>(values: readonly T[], problem: (value: string) => Message): Schema<T> {
  return (reader, node, subject) => {
    const value = reader.string(node, subject)
    if (!(values as readonly string[]).includes(value)) return reader.fail(node, problem(value))
    return value as T
  }
}

/** `schema`, or `fallback` when the key is absent (`key:` with no value still goes to `schema`). */
export function optional<T>(schema: Schema<T>): Schema<T | undefined>
export function optional<T, F>(schema: Schema<T>, fallback: F): Schema<T | F>
export function optional<T, F>(schema: Schema<T>, fallback?: F): Schema<T | F | undefined> {
  return (reader, node, subject) => (node === undefined ? fallback : schema(reader, node, subject))
}

/** `schema`, then `check` on its value: `fail` refuses the node with a problem. */
export function refine<T, U>(schema: Schema<T>, check: (value: T, fail: (problem: Message) => never, node: Node | null | undefined) => U): Schema<U> {
  return (reader, node, subject) => check(schema(reader, node, subject), (problem) => reader.fail(node, problem), node)
}

/** A mapping's field: its schema, and the subject its messages use when it is not the key's path. */
export type Field<T> = Schema<T> | {readonly schema: Schema<T>; readonly subject: Subject}

type Fields<T> = {readonly [K in keyof T]: Field<T[K]>}

/**
 * A mapping with only these keys, each read by its field's schema (an absent
 * key's node is undefined). A field's messages call it by its path: the
 * mapping's own key path and the field's name (`sections.skip`), or the name
 * alone under a mapping that is not a key (the file, an entry). The keys are
 * listed (in messages) in the order of `fields`, and read in `readOrder` (by
 * default the same): the first problem found is the one reported.
 */
export function object<T>(fields: Fields<T>, readOrder?: ReadonlyArray<keyof T & string>): Schema<T> {
  const names = Object.keys(fields) as Array<keyof T & string>
  return (reader, node, subject) => {
    const entries = reader.map(node, subject, names)
    const result = {} as T
    for (const name of readOrder ?? names) {
      const field = fields[name] as Field<T[typeof name]>
      const read = typeof field === 'function' ? field : field.schema
      const fieldSubject: Subject = typeof field === 'function' ? {kind: 'key', key: subject.kind === 'key' ? `${subject.key}.${name}` : name} : field.subject
      result[name] = read(reader, entries.get(name)?.value, fieldSubject)
    }
    return result
  }
}

/** Reads a whole file's root by `schema`, called `subject`. */
export function readRoot<T>(reader: YamlReader, schema: Schema<T>, subject: Subject): T {
  return schema(reader, reader.root, subject)
}

/**
 * Plain values — JSON or YAML as parsed, a JS module's export — as a
 * {@link ValueSource}: each value with its path from the root, placed by a
 * locator where the file has positions (YAML, JSON) and at its start where it
 * has none (a JS module).
 */
import {DataError} from './data-error.js'
import type {ScalarValue, SourceEntry, ValueSource} from './schema.js'
import type {Message} from './texts.js'

/** A value's path from the root: keys and list indexes. */
export type ValuePath = ReadonlyArray<string | number>

/** Where a key (`part: 'key'`) or a value sits in the file, 1-based. */
export type Locator = (at: ValuePath, part: 'key' | 'value') => {line: number; column: number}

/** One plain value at its path; a mapping's key is a value too (its name), placed at the key. */
export interface PlainValue {
  readonly value: unknown
  readonly path: ValuePath
  readonly isKey?: true
}

const start: Locator = () => ({line: 1, column: 1})

export class PlainSource implements ValueSource<PlainValue> {
  readonly file: string
  readonly root: PlainValue
  private readonly locate: Locator

  /** `value` read from `file`; without a locator every problem is placed at the file's start. */
  constructor(file: string, value: unknown, locate: Locator = start) {
    this.file = file
    this.root = {value, path: []}
    this.locate = locate
  }

  scalar(node: PlainValue | null | undefined): ScalarValue | undefined {
    const value = node?.value
    return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined
  }

  items(node: PlainValue | null | undefined): readonly PlainValue[] | undefined {
    if (!node || !Array.isArray(node.value)) return undefined
    return node.value.map((value: unknown, index) => ({value, path: [...node.path, index]}))
  }

  /** A key whose value is undefined (a JS module's `{files: undefined}`) holds nothing: its value reads as absent. */
  entries(node: PlainValue | null | undefined): Iterable<SourceEntry<PlainValue>> | undefined {
    const value = node?.value
    if (!node || typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    return Object.entries(value).map(([name, each]: [string, unknown]) => {
      const path = [...node.path, name]
      return {key: {value: name, path, isKey: true}, value: each === undefined ? undefined : {value: each, path}}
    })
  }

  fail(node: PlainValue | null | undefined, problem: Message): never {
    const {line, column} = this.where(node)
    throw new DataError(this.file, line, column, problem)
  }

  where(node: PlainValue | null | undefined): {line: number; column: number} {
    return node ? this.locate(node.path, node.isKey ? 'key' : 'value') : {line: 1, column: 1}
  }
}

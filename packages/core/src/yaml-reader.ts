/**
 * Strict reading of YAML (and JSON, which YAML 1.2 contains) into plain values,
 * with the source place of every value kept for error messages.
 */
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node} from 'yaml'
import {DataError} from './data-error.js'

/** Files above this size are refused before parsing: a glossary is text, not a data dump. */
export const maxDataBytes = 8 * 1024 * 1024

export class YamlReader {
  readonly file: string
  private readonly lines = new LineCounter()
  readonly root: Node | null

  constructor(file: string, text: string) {
    this.file = file
    if (text.length > maxDataBytes) {
      throw new DataError(file, 1, 1, `file is larger than ${maxDataBytes / 1024 / 1024} MB`)
    }
    const document = parseDocument(text, {
      lineCounter: this.lines,
      prettyErrors: false,
      uniqueKeys: true,
      // Plain data only: no custom tags, no merge keys.
      customTags: [],
      merge: false,
      schema: 'core'
    })
    const problem = document.errors[0]
    if (problem) {
      const [line, column] = this.place(problem.pos[0])
      throw new DataError(file, line, column, problem.message.split('\n')[0] ?? 'invalid YAML')
    }
    this.root = document.contents as Node | null
  }

  place(offset: number): [number, number] {
    const point = this.lines.linePos(offset)
    return [point.line, point.col]
  }

  fail(node: Node | null | undefined, reason: string): never {
    const offset = node?.range?.[0] ?? 0
    const [line, column] = this.place(offset)
    throw new DataError(this.file, line, column, reason)
  }

  /** The entries of a mapping, with only `allowed` keys. */
  map(node: Node | null | undefined, what: string, allowed: readonly string[]): Map<string, {key: Node; value: Node | null}> {
    if (!isMap(node)) this.fail(node, `expected ${what} to be a mapping`)
    const result = new Map<string, {key: Node; value: Node | null}>()
    for (const pair of node.items) {
      const key = pair.key as Node
      if (!isScalar(key) || typeof key.value !== 'string') this.fail(key, `expected a string key in ${what}`)
      const name = key.value
      if (!allowed.includes(name)) {
        this.fail(key, `unknown key \`${name}\` in ${what} (expected one of: ${allowed.join(', ')})`)
      }
      result.set(name, {key, value: (pair.value as Node | null) ?? null})
    }
    return result
  }

  string(node: Node | null | undefined, what: string): string {
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      this.fail(node, `expected ${what} to be a string`)
    }
    const value = String(node.value).trim()
    if (value === '') this.fail(node, `expected ${what} to be a non-empty string`)
    return value
  }

  boolean(node: Node | null | undefined, what: string): boolean {
    if (!isScalar(node) || typeof node.value !== 'boolean') this.fail(node, `expected ${what} to be true or false`)
    return node.value
  }

  /** A string or a list of strings, each with its node. */
  strings(node: Node | null | undefined, what: string): Array<{value: string; node: Node}> {
    if (node === null || node === undefined) return []
    if (isScalar(node)) return [{value: this.string(node, what), node}]
    if (!isSeq(node)) this.fail(node, `expected ${what} to be a string or a list of strings`)
    return node.items.map((item) => ({value: this.string(item as Node, `each item of ${what}`), node: item as Node}))
  }

  list(node: Node | null | undefined, what: string): Node[] {
    if (node === null || node === undefined) return []
    if (!isSeq(node)) this.fail(node, `expected ${what} to be a list`)
    return node.items as Node[]
  }

  /** Line and column of a node, for places kept in the model. */
  where(node: Node | null | undefined): {line: number; column: number} {
    const [line, column] = this.place(node?.range?.[0] ?? 0)
    return {line, column}
  }
}

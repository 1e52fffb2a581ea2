/**
 * Reading a configuration file's data: JSON or YAML, strictly, with a locator
 * for the places of problems. A module of its own, imported only when there is
 * a configuration file to read, so that a run without one loads neither the
 * yaml package nor @reqlint/core's glossary reader. Its imports are static: in
 * the CLI's bundle (scripts/bundle-cli.js) a dynamic `import('yaml')` of the
 * package's CommonJS build would see only a default export.
 */
import {YamlReader} from '@reqlint/core'
import {coreMessage, DataError} from '@reqlint/core/lint'
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node} from 'yaml'
import type {Locator} from './config-schema.js'

/**
 * JSON or YAML (JSON is YAML 1.2), with a locator over the parsed document for
 * error places.
 */
export function readData(file: string, text: string): {value: unknown; locate: Locator} {
  // The glossary reader's checks first (size, nesting depth, tags, one document): a configuration
  // nested 20,000 deep must be refused, not crash the YAML composer.
  new YamlReader(file, text)
  const lines = new LineCounter()
  // The same strict reading as glossaries: no duplicate keys, no custom tags or merge keys.
  const document = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true, customTags: [], merge: false, schema: 'core'})
  const place = (offset: number): {line: number; column: number} => {
    const point = lines.linePos(offset)
    return {line: point.line, column: point.col}
  }
  const problem = document.errors[0]
  if (problem) {
    const {line, column} = place(problem.pos[0])
    throw new DataError(file, line, column, coreMessage('yaml-syntax', {code: problem.code, message: problem.message.split('\n')[0] ?? 'invalid YAML'}))
  }
  const locate: Locator = (at, part) => {
    let node = document.contents as Node | null
    let offset = node?.range?.[0] ?? 0
    for (const [index, segment] of at.entries()) {
      const last = index === at.length - 1
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
        if (!pair) break
        const key = pair.key as Node
        if (last && part === 'key') return place(key.range?.[0] ?? offset)
        node = (pair.value as Node | null) ?? null
        // `key:` with no value: the key is the best place.
        offset = node?.range?.[0] ?? key.range?.[0] ?? offset
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined
        if (!item) break
        node = item
        offset = item.range?.[0] ?? offset
      } else {
        break
      }
    }
    return place(offset)
  }
  return {value: document.toJS(), locate}
}

/**
 * Adding an abbreviation, or a name of a term, to a project glossary in YAML.
 * The yaml library's Document API finds the list or the entry and where its
 * items end; the change is one insertion there, so every other byte of the file (its
 * comments, quoting, padding) stays as written, which re-printing the whole
 * document would not guarantee. A missing list is added at the file's end.
 */
import {isMap, isScalar, isSeq, parseDocument, type Node} from 'yaml'

/** A replacement of `text.slice(start, end)`. */
export interface TextChange {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Whether a glossary file can be edited here: YAML only (a JSON or CSV glossary would lose its format). */
export function editableGlossary(file: string): boolean {
  return /\.ya?ml$/iu.test(file)
}

/**
 * The change to `text` (a glossary's YAML) that lists `abbreviation` as known
 * without a definition; undefined when it is listed already or the file is not
 * a mapping with a list there (the glossary check reports such a file anyway).
 */
export function addAbbreviation(text: string, abbreviation: string): TextChange | undefined {
  const document = parseDocument(text)
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined
  const pair = document.contents.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === 'abbreviations')
  if (!pair) return appendAtEnd(text, `abbreviations: [${yamlScalar(abbreviation)}]\n`)
  const list = pair.value as Node | null
  if (!isSeq(list)) return undefined
  if (list.items.some((entry) => isScalar(entry) && String(entry.value) === abbreviation)) return undefined
  return appendToList(text, list, yamlScalar(abbreviation))
}

/** Where a name goes in a glossary entry: one more name for the concept, or a name to avoid. */
export type NameRole = 'synonyms' | 'avoid'

/**
 * The change to `text` that lists `name` under `role` in the entry whose `term`
 * is `term`, adding the entry at the end of `terms` when there is none (and
 * `terms` itself when the file has no terms yet). Undefined when the entry
 * already lists the name in either role, or the file is not a glossary of that
 * shape (a mapping; `terms` a list of mappings).
 */
export function addName(text: string, term: string, name: string, role: NameRole): TextChange | undefined {
  const document = parseDocument(text)
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined
  const terms = document.contents.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === 'terms')
  const entryText = (indent: string): string => `${indent}- term: ${yamlScalar(term)}\n${indent}  ${role}: [${yamlScalar(name)}]`
  if (!terms) return appendAtEnd(text, `terms:\n${entryText('  ')}\n`)
  const list = terms.value as Node | null
  if (!isSeq(list)) return undefined
  // A name may belong to one entry only (the glossary check refuses the file otherwise): nothing is
  // offered for a name the glossary has, nor for a term it lists as another entry's synonym.
  const named = namesOf(list)
  if (named.has(name) || (named.has(term) && !list.items.some((item) => isMap(item) && scalarAt(item, 'term') === term))) return undefined
  const entry = list.items.find((item) => isMap(item) && scalarAt(item, 'term') === term)
  if (!entry) {
    // A new entry after the last one, indented as the first entry's dash.
    if (list.flow || list.items.length === 0) return undefined
    const indent = ' '.repeat(Math.max(0, dashIndent(text, list.items[0] as Node)))
    return insertAfterLine(text, list.items.at(-1) as Node, entryText(indent))
  }
  if (!isMap(entry)) return undefined
  const listed = (key: NameRole): boolean => {
    const names = entry.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value as Node | null | undefined
    return isSeq(names) && names.items.some((item) => isScalar(item) && String(item.value) === name)
  }
  if (listed('synonyms') || listed('avoid')) return undefined
  const existing = entry.items.find((pair) => isScalar(pair.key) && pair.key.value === role)
  if (existing) {
    const names = existing.value as Node | null
    return isSeq(names) ? appendToList(text, names, yamlScalar(name)) : undefined
  }
  // A new key after the entry's last line, indented as its `term:` key.
  if (entry.flow) return undefined
  const termKey = entry.items[0]?.key as Node | undefined
  if (!termKey?.range) return undefined
  const keyIndent = termKey.range[0] - (text.lastIndexOf('\n', termKey.range[0] - 1) + 1)
  return insertAfterLine(text, entry, `${' '.repeat(keyIndent)}${role}: [${yamlScalar(name)}]`)
}

/**
 * The change to `text` that declares `names` different concepts (`distinct`),
 * so that reqlint never reports them as two names of one. A new `distinct`
 * list of groups when the file has none; undefined when the pair is declared
 * already or `distinct` is one flat group (`distinct: [A, B]`), which a second
 * group cannot join without rewriting it.
 */
export function addDistinct(text: string, names: readonly [string, string]): TextChange | undefined {
  const document = parseDocument(text)
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined
  const group = `[${names.map(yamlScalar).join(', ')}]`
  const pair = document.contents.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === 'distinct')
  if (!pair) return appendAtEnd(text, `distinct:\n  - ${group}\n`)
  const list = pair.value as Node | null
  if (!isSeq(list) || list.items.some((item) => !isSeq(item))) return undefined
  const declared = list.items.some((item) => {
    const values = isSeq(item) ? item.items.map((value) => (isScalar(value) ? String(value.value) : '')) : []
    return names.every((name) => values.includes(name))
  })
  return declared ? undefined : appendToList(text, list, group)
}

/** Every term, synonym and avoided name of a `terms` list. */
function namesOf(list: Node): Set<string> {
  const names = new Set<string>()
  if (!isSeq(list)) return names
  for (const item of list.items) {
    if (!isMap(item)) continue
    for (const pair of item.items) {
      if (!isScalar(pair.key)) continue
      const value = pair.value as Node | null
      if (pair.key.value === 'term' && isScalar(value)) names.add(String(value.value))
      if ((pair.key.value === 'synonyms' || pair.key.value === 'avoid') && isSeq(value)) {
        for (const entry of value.items) if (isScalar(entry)) names.add(String(entry.value))
      }
    }
  }
  return names
}

function scalarAt(map: Node, key: string): string | undefined {
  if (!isMap(map)) return undefined
  const value = map.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value
  return isScalar(value) ? String(value.value) : undefined
}

/** `addition` (whole lines) at the end of the file, on a line of its own. */
function appendAtEnd(text: string, addition: string): TextChange {
  const separator = text === '' || text.endsWith('\n') ? '' : '\n'
  return {start: text.length, end: text.length, text: `${separator}${addition}`}
}

/** One more item in a YAML list: inside the brackets of a flow list, on a new line of a block list. */
function appendToList(text: string, list: Node, item: string): TextChange | undefined {
  if (!isSeq(list) || !list.range) return undefined
  const last = list.items.at(-1) as Node | undefined
  if (list.flow) {
    // `[ГОСТ, РФ]` → `[ГОСТ, РФ, ПМИ]`; `[]` → `[ПМИ]`.
    if (last?.range) return {start: last.range[1], end: last.range[1], text: `, ${item}`}
    const opening = text.indexOf('[', list.range[0])
    return opening === -1 ? undefined : {start: opening + 1, end: opening + 1, text: item}
  }
  if (!last?.range) return undefined
  // A block list: a new line after the last item's line, indented as the first item's dash.
  return insertAfterLine(text, last, `${' '.repeat(Math.max(0, dashIndent(text, list.items[0] as Node)))}- ${item}`)
}

/** The column of the dash before a block list's item. */
function dashIndent(text: string, item: Node): number {
  const dash = text.lastIndexOf('-', item.range![0])
  return dash - (text.lastIndexOf('\n', dash) + 1)
}

/**
 * `line` as a new line after the line where `node`'s value ends. The end is the
 * value's (`range[1]`), not the node's with its trailing comment and blank
 * lines, so a comment after the value stays on its line.
 */
function insertAfterLine(text: string, node: Node, line: string): TextChange | undefined {
  if (!node.range) return undefined
  const lineEnd = text.indexOf('\n', Math.max(node.range[0], node.range[1] - 1))
  const at = lineEnd === -1 ? text.length : lineEnd
  return {start: at, end: at, text: `\n${line}`}
}

/**
 * A name as a YAML scalar: plain when it can be (words of letters, digits and
 * `._/+-`, single spaces between them: nothing YAML reads as syntax in a flow
 * list), else double-quoted (JSON's quoting is YAML's).
 */
function yamlScalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N}._/+-]*(?: [\p{L}\p{N}._/+-]+)*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|~)$/iu.test(value) ? value : JSON.stringify(value)
}

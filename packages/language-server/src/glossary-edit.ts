/**
 * Adding an abbreviation to a project glossary in YAML. The yaml library's
 * Document API finds the top-level `abbreviations` list and where its items
 * end; the change is one insertion there, so every other byte of the file (its
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
  const item = yamlScalar(abbreviation)
  const pair = document.contents.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === 'abbreviations')
  if (!pair) {
    const separator = text === '' || text.endsWith('\n') ? '' : '\n'
    return {start: text.length, end: text.length, text: `${separator}abbreviations: [${item}]\n`}
  }
  const list = pair.value as Node | null
  if (!isSeq(list) || !list.range) return undefined
  if (list.items.some((entry) => isScalar(entry) && String(entry.value) === abbreviation)) return undefined
  const last = list.items.at(-1) as Node | undefined
  if (list.flow) {
    // `[ГОСТ, РФ]` → `[ГОСТ, РФ, ПМИ]`; `[]` → `[ПМИ]`.
    if (last?.range) return {start: last.range[1], end: last.range[1], text: `, ${item}`}
    const opening = text.indexOf('[', list.range[0])
    return opening === -1 ? undefined : {start: opening + 1, end: opening + 1, text: item}
  }
  if (!last?.range) return undefined
  // A block list: a new line after the last item's line, indented as the first item's dash.
  const firstItem = list.items[0] as Node
  const firstStart = firstItem.range![0]
  const dash = text.lastIndexOf('-', firstStart)
  const indent = dash - (text.lastIndexOf('\n', dash) + 1)
  const lineEnd = text.indexOf('\n', last.range[1])
  const at = lineEnd === -1 ? text.length : lineEnd
  return {start: at, end: at, text: `\n${' '.repeat(Math.max(0, indent))}- ${item}`}
}

/** An abbreviation as a YAML scalar: plain when it can be, else double-quoted (JSON's quoting is YAML's). */
function yamlScalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N}._/+-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|~)$/iu.test(value) ? value : JSON.stringify(value)
}

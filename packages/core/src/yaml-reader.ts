/**
 * Strict reading of YAML (and JSON, which YAML 1.2 contains) into plain values,
 * with the source place of every value kept for error messages.
 */
import {Composer, isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, type CST, type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions} from 'yaml'
import {DataError, maxDataBytes, refuseLargeData} from './data-error.js'
import {coreMessage} from './problem-texts.js'
import {tokenOf, type Message, type Subject} from './texts.js'

export {maxDataBytes}

/**
 * How deep lists and mappings may nest. The YAML composer recurses once a level
 * and overflows the stack at about a thousand; a glossary nests five deep.
 */
export const maxNesting = 100

const options: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: false,
  uniqueKeys: true,
  // Plain data only: no custom tags, no merge keys, and the YAML 1.1 tags
  // (`!!binary`, `!!set`, `!!timestamp`…) left unresolved so that they are refused too.
  customTags: [],
  merge: false,
  resolveKnownTags: false,
  schema: 'core'
}

export class YamlReader {
  readonly file: string
  private readonly text: string
  private readonly lines = new LineCounter()
  readonly root: Node | null

  constructor(file: string, text: string) {
    this.file = file
    this.text = text
    refuseLargeData(file, text)
    const document = this.compose()
    const problem = document.errors[0]
    if (problem) {
      const [line, column] = this.place(problem.pos[0])
      throw new DataError(file, line, column, coreMessage('yaml-syntax', {code: problem.code, message: syntaxProblem(problem.message)}))
    }
    this.refuseTags(document)
    this.root = document.contents as Node | null
  }

  /**
   * What `parseDocument` does, with the nesting bounded while the text is read:
   * the parser keeps its open collections on a stack (it does not recurse), so a
   * file nested too deep is refused where the list or mapping too many opens,
   * before the composer recurses and before the rest of the file is even lexed.
   */
  private compose(): Document.Parsed {
    const parser = new Parser(this.lines.addNewLine)
    const composer = new Composer(options)
    const [document, second] = [...composer.compose(this.tokens(parser), true, this.text.length)]
    // After the first document's own errors, as `parseDocument` reports it.
    if (second) document!.errors.push(new YAMLParseError([second.range[0], second.range[1]], 'MULTIPLE_DOCS', 'a second YAML document: a file holds one'))
    return document!
  }

  /** The parser's tokens, refusing the file once more than {@link maxNesting} collections are open. */
  private *tokens(parser: Parser): Generator<CST.Token> {
    this.lines.addNewLine(0)
    for (const lexeme of new Lexer().lex(this.text)) {
      yield* parser.next(lexeme)
      if (parser.stack.length > maxNesting) {
        const collections = parser.stack.filter(isCollection)
        if (collections.length > maxNesting) {
          const [line, column] = this.place(collections.at(-1)!.offset)
          throw new DataError(this.file, line, column, coreMessage('nested-too-deep', {levels: maxNesting}))
        }
      }
    }
    yield* parser.end()
  }

  /**
   * A tag the core schema does not know (`!foo`, `!!js/function`, `!!binary`)
   * would be read as a plain string or an odd value; it is an error instead.
   */
  private refuseTags(document: Document.Parsed): void {
    const unknown = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED')
    if (!unknown) return
    const [line, column] = this.place(unknown.pos[0])
    const tag = this.text.slice(unknown.pos[0], unknown.pos[1])
    throw new DataError(this.file, line, column, coreMessage('yaml-tag', {tag}))
  }

  place(offset: number): [number, number] {
    const point = this.lines.linePos(offset)
    return [point.line, point.col]
  }

  /**
   * Refuses `node`. No accessor takes an alias (it is no scalar, list or
   * mapping), so every alias the reader reaches ends here, and is refused as
   * such: expanding one copies a node, or a «billion laughs» of them.
   */
  fail(node: Node | null | undefined, problem: Message): never {
    const offset = node?.range?.[0] ?? 0
    const [line, column] = this.place(offset)
    throw new DataError(this.file, line, column, isAlias(node) ? coreMessage('yaml-alias', {alias: node.source}) : problem)
  }

  /** The entries of a mapping, with only `allowed` keys. */
  map(node: Node | null | undefined, subject: Subject, allowed: readonly string[]): Map<string, {key: Node; value: Node | null}> {
    if (!isMap(node)) this.fail(node, coreMessage('expected-mapping', {subject}))
    const result = new Map<string, {key: Node; value: Node | null}>()
    for (const pair of node.items) {
      const key = pair.key as Node
      if (!isScalar(key) || typeof key.value !== 'string') this.fail(key, coreMessage('expected-string-key', {subject}))
      const name = key.value
      if (name === '<<') this.fail(key, coreMessage('yaml-merge-key', {}))
      if (!allowed.includes(name)) {
        this.fail(key, coreMessage('unknown-key', {key: tokenOf(name), subject, allowed}))
      }
      result.set(name, {key, value: (pair.value as Node | null) ?? null})
    }
    return result
  }

  string(node: Node | null | undefined, subject: Subject): string {
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      this.fail(node, coreMessage('expected-string', {subject}))
    }
    const value = String(node.value).trim()
    if (value === '') this.fail(node, coreMessage('expected-non-empty-string', {subject}))
    return value
  }

  boolean(node: Node | null | undefined, subject: Subject): boolean {
    if (!isScalar(node) || typeof node.value !== 'boolean') this.fail(node, coreMessage('expected-boolean', {subject}))
    return node.value
  }

  /** A string or a list of strings, each with its node. */
  strings(node: Node | null | undefined, subject: Subject): Array<{value: string; node: Node}> {
    if (node === null || node === undefined) return []
    if (isScalar(node)) return [{value: this.string(node, subject), node}]
    if (!isSeq(node)) this.fail(node, coreMessage('expected-strings', {subject}))
    const item: Subject = subject.kind === 'key' ? {kind: 'item', key: subject.key} : subject
    return node.items.map((each) => ({value: this.string(each as Node, item), node: each as Node}))
  }

  list(node: Node | null | undefined, subject: Subject): Node[] {
    if (node === null || node === undefined) return []
    if (!isSeq(node)) this.fail(node, coreMessage('expected-list', {subject}))
    return node.items as Node[]
  }

  /** Line and column of a node, for places kept in the model. */
  where(node: Node | null | undefined): {line: number; column: number} {
    const [line, column] = this.place(node?.range?.[0] ?? 0)
    return {line, column}
  }
}

/**
 * The first line of the YAML parser's message, without the source it may end
 * with (a block scalar header's «extra characters» are the rest of the line).
 */
function syntaxProblem(message: string): string {
  return (message.split('\n')[0] ?? 'invalid YAML').replace(/^(Block scalar header includes extra characters): .*$/su, '$1')
}

/** Whether a token of the parser's stack is a list or a mapping (rather than a document or scalar). */
function isCollection(token: CST.Token): token is CST.BlockMap | CST.BlockSequence | CST.FlowCollection {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection'
}

/**
 * Strict reading of YAML (and JSON, which YAML 1.2 contains) into located
 * nodes, with the source place of every value kept for error messages.
 */
import {Composer, isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, type CST, type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions} from 'yaml'
import {DataError, maxDataBytes, refuseLargeData} from './data-error.js'
import {coreMessage} from './problem-texts.js'
import type {Schema, ScalarValue, SourceEntry, ValueSource} from './schema.js'
import type {Message} from './texts.js'

export {maxDataBytes}

/** A schema over YAML nodes: one that keeps nodes (for places) or looks at them itself. */
export type YamlSchema<T> = Schema<T, Node>

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

/**
 * A YAML (or JSON) file read strictly, as the {@link ValueSource} that schemas
 * read glossaries and the built-in data from: its nodes, with their places.
 */
export class YamlReader implements ValueSource<Node> {
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

  scalar(node: Node | null | undefined): ScalarValue | undefined {
    return isScalar(node) ? (node.value as ScalarValue) : undefined
  }

  items(node: Node | null | undefined): readonly Node[] | undefined {
    return isSeq(node) ? (node.items as Node[]) : undefined
  }

  entries(node: Node | null | undefined): Iterable<SourceEntry<Node>> | undefined {
    return isMap(node) ? node.items.map((pair) => ({key: pair.key as Node, value: (pair.value as Node | null) ?? null})) : undefined
  }

  /** A merge key would copy another mapping's keys in: refused, as aliases are. */
  keyProblem(name: string): Message | undefined {
    return name === '<<' ? coreMessage('yaml-merge-key', {}) : undefined
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

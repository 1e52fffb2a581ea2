/**
 * Large documents are parsed in chunks (markdown.ts). The chunked parse must be
 * the whole-document parse: same tree, same positions, same findings. Here on
 * documents made for it; markdown-corpus.test.ts (robustness project) holds
 * every Markdown file of fixtures/ and ../shared/corpus to the same.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import type {Paragraph} from 'mdast'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {builtinGlossary, ChunkCache, lint, parseMarkdown} from '@reqlint/core'
import '@reqlint/core/mdx'
import {chunkBoundaries, defaultChunkSize, linkDefinitions, linkDefinitionsFor, wholeDocumentSize} from '../src/markdown.js'
import {findings, generated, stripRoot} from './markdown-documents.js'

/** Literal autolinks of every kind, where they are links and where they are not. */
const autolinks = [
  'Сайт www.example.com, адрес https://example.com/путь?q=1). и http://x.y.',
  'Почта user.name+tag@example.co.uk и mailto:info@example.org, xmpp:me@chat.example/ресурс.',
  'Не ссылки: wwwexample.com, a_www.example.com, user@localhost, x@y.1, @@, http://, WWW.EXAMPLE.COM.',
  '[Ссылка www.inside.com](https://outer.example) и [ref user@in.ref][r] и ![alt www.img.com](i.png).',
  '*www.em.example* **a@b.example** ~~https://del.example~~ `code www.code.example` user&#64;ref.example',
  '| www.cell.example | a@cell.example |\n|---|---|\n| https://row.example | текст |',
  '> цитата с www.quote.example\n> и mail@quote.example',
  '[r]: https://r.example'
].join('\n\n')

describe('the parser configured once', () => {
  const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
  const remarkMdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
  // A fifth of the generated document has each construct and many chunks; the whole of it is in the corpus test.
  for (const [name, text] of [['generated', generated(8)], ['autolinks', autolinks]] as const) {
    it(`gives remark's tree (remark-parse, remark-gfm, remark-frontmatter): ${name}`, () => {
      expect(stripRoot(parseMarkdown(text, {chunkSize: Number.POSITIVE_INFINITY}))).toEqual(JSON.parse(JSON.stringify(remark.parse(text).children)))
    })
  }

  it("gives remark's tree with remark-mdx for MDX", () => {
    const text = `import {X} from './x.js'\n\n# Заголовок {1 + 1}\n\n<X prop="www.jsx.example">текст www.in.jsx</X> и {/* lint ignore */} a@b.example\n\n${autolinks}\n`
    expect(stripRoot(parseMarkdown(text, {mdx: true}))).toEqual(JSON.parse(JSON.stringify(remarkMdxParser.parse(text).children)))
  })

  it('makes links of the literal autolinks, and only of them', () => {
    const links: string[] = []
    const collect = (node: {type: string; url?: string; children?: unknown[]}): void => {
      if (node.type === 'link') links.push(node.url!)
      for (const child of node.children ?? []) collect(child as typeof node)
    }
    collect(parseMarkdown(autolinks))
    expect(links).toEqual([
      'http://www.example.com',
      'https://example.com/путь?q=1',
      'http://x.y',
      'mailto:user.name+tag@example.co.uk',
      'mailto:info@example.org',
      // GFM takes an xmpp: resource of ASCII letters only, and `a_www.` for a start.
      'mailto:me@chat.example',
      'http://www.example.com',
      'http://WWW.EXAMPLE.COM',
      'https://outer.example',
      'http://www.em.example',
      'mailto:a@b.example',
      'https://del.example',
      'mailto:user@ref.example',
      'http://www.cell.example',
      'mailto:a@cell.example',
      'https://row.example',
      'http://www.quote.example',
      'mailto:mail@quote.example'
    ])
  })
})

describe('chunked parsing', () => {
  it('cuts the generated document into many chunks', () => {
    expect(chunkBoundaries(generated(8), 300).ends.length).toBeGreaterThan(30)
  })

  it('cuts a long tight list between its items, and joins it back', () => {
    const text = Array.from({length: 2000}, (_, item) => `- пункт ${item} с ТЗ\n`).join('')
    const {ends, inList} = chunkBoundaries(text, 1000)
    expect(ends.length).toBeGreaterThan(30)
    expect(inList.size).toBe(ends.length - 1)
    expect(stripRoot(parseMarkdown(text, {chunkSize: 1000}))).toEqual(stripRoot(parseMarkdown(text, {chunkSize: Number.POSITIVE_INFINITY})))
  })

  it('gives the whole-document tree and findings: generated', () => {
    const text = generated(8)
    expect(stripRoot(parseMarkdown(text, {chunkSize: 300}))).toEqual(stripRoot(parseMarkdown(text, {chunkSize: Number.POSITIVE_INFINITY})))
    expect(findings(text, 300)).toEqual(findings(text, Number.POSITIVE_INFINITY))
  })
})

describe('link reference definitions in a chunked parse', () => {
  it('resolve in every chunk, also with the destination on the next line', () => {
    const text = 'См. [ГОСТ 34][] и [регламент].\n\n' + 'Абзац.\n\n'.repeat(60) + '[гост 34]:\n  https://example.org/gost\n\n[регламент]: https://example.org/r\n'
    expect(chunkBoundaries(text, 64).ends.length).toBeGreaterThan(1)
    const first = parseMarkdown(text, {chunkSize: 64}).children[0]
    expect(first).toMatchObject({type: 'paragraph', children: [{type: 'text'}, {type: 'linkReference', identifier: 'гост 34'}, {type: 'text'}, {type: 'linkReference', identifier: 'регламент'}, {type: 'text'}]})
    expect(stripRoot(parseMarkdown(text, {chunkSize: 64}))).toEqual(stripRoot(parseMarkdown(text, {chunkSize: Number.POSITIVE_INFINITY})))
  })

  it('resolve a definition in a block quote or a list item', () => {
    const text = 'См. [цитата] и [пункт].\n\n' + 'Абзац.\n\n'.repeat(60) + '> [цитата]: https://example.org/q\n\n1. [пункт]: https://example.org/i\n'
    const first = parseMarkdown(text, {chunkSize: 64}).children[0]
    expect(first).toMatchObject({type: 'paragraph', children: [{type: 'text'}, {type: 'linkReference', identifier: 'цитата'}, {type: 'text'}, {type: 'linkReference', identifier: 'пункт'}, {type: 'text'}]})
    expect(stripRoot(parseMarkdown(text, {chunkSize: 64}))).toEqual(stripRoot(parseMarkdown(text, {chunkSize: Number.POSITIVE_INFINITY})))
  })
})

describe('the link reference definitions a chunk is given', () => {
  const definitions = linkDefinitions(
    '[a]: https://a.example\n\n[B  c]:\n  https://bc.example\n\n[не нужна]: https://unused.example\n\n> [A]: https://second-a.example\n'
  )

  it('are those of the labels it names, as micromark matches labels, each label\'s in document order', () => {
    // A label may run over a line end, be written in another case, name an image; an escaped bracket opens none.
    const chunk = 'См. [текст][A], ![рис.][b\nC] и [неизвестно]; \\[не нужна\\] — не ссылка.'
    expect(linkDefinitionsFor(chunk, definitions)).toBe('[a]: https://a.example\n\n[B  c]:\n  https://bc.example\n\n[A]: https://second-a.example')
  })

  it('are none for a chunk that names no defined label: a definition no chunk uses is not copied', () => {
    expect(linkDefinitionsFor('Абзац без ссылок, [неизвестно] и [^a].', definitions)).toBe('')
    expect(linkDefinitionsFor('[a]', linkDefinitions('Определений нет.'))).toBe('')
  })

  it('resolve a reference in the default chunks whose definition is in another chunk: its label is no prose', () => {
    // The label has a Cyrillic «а»: left as text, it would be a mixed-script word.
    const text = 'Система должна быстро хранить журнал по [регламенту][reglаment].\n\n' + 'Система должна вести журнал.\n\n'.repeat(400) + '[reglаment]: https://example.org/r\n'
    expect(text.length).toBeGreaterThan(wholeDocumentSize)
    expect(chunkBoundaries(text, defaultChunkSize).ends.length).toBe(3)
    const found = (document: string): string[] =>
      lint(document, {glossary: builtinGlossary()}).findings.map((finding) => `${finding.ruleId} ${finding.place.start.line}:${finding.place.start.column} ${finding.actual}`)
    expect(found(text)).toEqual(['ambiguous-wording 1:16 быстро'])
    expect(found(text.replace(/\[regl.ment\]: .*\n/u, ''))).toEqual(['ambiguous-wording 1:16 быстро', 'mixed-script 1:54 reglаment'])
  })
})

describe('footnote definitions in a chunked parse', () => {
  // A reference resolves only when its label is defined somewhere in the document, before it or after it.
  const text =
    'Система должна хранить журнал[^1], копии[^Note], архив[^a\\]b] и отчёт[^цитата] в срок[^быстро]; [^нет] не определена.\n\n' +
    'Абзац.\n\n'.repeat(60) +
    '[^1]: Первая сноска.\n\n[^note]:\n    Вторая, с отступом.\n\n[^a\\]b]: Метка с экранированной скобкой.\n\n' +
    '> [^цитата]: Сноска в цитате.\n\n- [^быстро]: Сноска в пункте списка.\n'
  const references = (root: ReturnType<typeof parseMarkdown>): unknown[] =>
    (root.children[0] as Paragraph).children.map((node) => (node.type === 'footnoteReference' ? `[^${node.label}]` : node.type === 'text' ? node.value : node.type))

  it('resolve a reference whose definition is in a later chunk, in a block quote or a list item, whatever its label', () => {
    expect(chunkBoundaries(text, 64).ends.length).toBeGreaterThan(5)
    const expected = ['Система должна хранить журнал', '[^1]', ', копии', '[^Note]', ', архив', '[^a]b]', ' и отчёт', '[^цитата]', ' в срок', '[^быстро]', '; [^нет] не определена.']
    expect(references(parseMarkdown(text, {chunkSize: Number.POSITIVE_INFINITY}))).toEqual(expected)
    expect(references(parseMarkdown(text, {chunkSize: 64}))).toEqual(expected)
    expect(stripRoot(parseMarkdown(text, {chunkSize: 64}))).toEqual(stripRoot(parseMarkdown(text, {chunkSize: Number.POSITIVE_INFINITY})))
  })

  it('give the whole-document findings, none inside a reference\'s label', () => {
    const chunked = findings(text, 64)
    expect(chunked).toEqual(findings(text, Number.POSITIVE_INFINITY))
    const label = text.indexOf('[^быстро]')
    expect(chunked.filter((finding) => /^\S+ (\d+)-/u.exec(finding)![1] === String(label + 2))).toEqual([])
  })
})

describe('a document that ends inside a fenced code or HTML block, parsed in chunks', () => {
  // The definitions a chunk is given must not become part of a block the document leaves open.
  for (const end of ['```text\nкод [x] и [^1]\n', '<!-- открытый комментарий [x] [^1]\n']) {
    it(`gives the whole-document tree: ${JSON.stringify(end.slice(0, 7))}…`, () => {
      const text = 'См. [x] и сноску[^1].\n\n' + 'Абзац.\n\n'.repeat(60) + '[x]: https://example.org/x\n\n[^1]: Сноска.\n\n' + end
      expect(stripRoot(parseMarkdown(text, {chunkSize: 64}))).toEqual(stripRoot(parseMarkdown(text, {chunkSize: Number.POSITIVE_INFINITY})))
    })
  }
})

describe('a byte order mark at the start of what is parsed', () => {
  // micromark skips it and counts from the character after it; parseMarkdown counts it, whole or in chunks.
  const text = '\uFEFF# Заголовок\n\nТекст про Crm.\n\n' + 'Абзац.\n\n'.repeat(50)
  const places = (root: ReturnType<typeof parseMarkdown>): unknown[] =>
    root.children.slice(0, 2).map((node) => [node.type, node.position?.start, node.position?.end])

  it('is counted in every position: offsets and the first line\'s columns', () => {
    expect(places(parseMarkdown(text))).toEqual([
      ['heading', {line: 1, column: 2, offset: 1}, {line: 1, column: 13, offset: 12}],
      ['paragraph', {line: 3, column: 1, offset: 14}, {line: 3, column: 15, offset: 28}]
    ])
  })

  it('is counted the same in a chunked parse, and front matter after it is still front matter', () => {
    expect(places(parseMarkdown(text, {chunkSize: 64}))).toEqual(places(parseMarkdown(text)))
    const front = '\uFEFF---\ntitle: x\n---\n\n' + 'Абзац.\n\n'.repeat(50)
    expect(chunkBoundaries(front, 16).ends.length).toBeGreaterThan(1)
    const chunked = parseMarkdown(front, {chunkSize: 16})
    expect(chunked.children[0]).toMatchObject({type: 'yaml', position: {start: {line: 1, column: 2, offset: 1}}})
    expect(chunked.children.map((node) => node.position)).toEqual(parseMarkdown(front).children.map((node) => node.position))
  })
})

describe('chunk cache', () => {
  it('gives the whole-document tree for every version of an edited document, and keeps its own chunks unchanged', () => {
    const cache = new ChunkCache()
    let text = generated(8)
    const edits: Array<(current: string) => string> = [
      (current) => current,
      (current) => current.replace('Вторая строка', 'Вторая строка\n\nновый абзац'),
      (current) => current.replace(/- пункт 3 с ТЗ/u, '- пункт 3 с ТЗ\n- вставленный пункт'),
      (current) => current.slice(0, current.length / 2) + current.slice(current.length / 2 + 40),
      (current) => current.replace('[gost]: https://example.com/gost', '[gost]: https://example.com/other')
    ]
    for (const edit of edits) {
      text = edit(text)
      const cached = parseMarkdown(text, {chunkSize: 300, cache})
      expect(stripRoot(cached)).toEqual(stripRoot(parseMarkdown(text, {chunkSize: Number.POSITIVE_INFINITY})))
      // A caller may change what it got (joining lists does): the next parse must not see it.
      for (const node of cached.children) if ('children' in node) node.children.length = 0
    }
  })
})

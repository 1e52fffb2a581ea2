/**
 * The parser on every Markdown file of fixtures/ and ../shared/corpus (when
 * that folder exists), and on the whole generated document: the tree is
 * remark's (remark-parse, remark-gfm, remark-frontmatter), and parsed in chunks
 * it is the whole-document tree with the same findings. Parsing a few megabytes
 * several times over takes a minute on 2 cores, so this runs in the robustness
 * project; markdown.test.ts holds the same on small documents in the fast loop.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '@reqlint/core'
import {findings, generated, markdownFiles, stripRoot} from './markdown-documents.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const documents: Array<[string, string]> = [
  ['generated', generated()],
  ...[...markdownFiles(path.join(root, 'fixtures')), ...markdownFiles(path.resolve(root, '../shared/corpus'))].map(
    (file): [string, string] => [path.relative(root, file), fs.readFileSync(file, 'utf8').replace(/^\uFEFF/u, '')]
  )
]

describe('the parser configured once', () => {
  const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
  for (const [name, text] of documents) {
    it(`gives remark's tree (remark-parse, remark-gfm, remark-frontmatter): ${name}`, () => {
      expect(stripRoot(parseMarkdown(text, {chunkSize: Number.POSITIVE_INFINITY}))).toEqual(JSON.parse(JSON.stringify(remark.parse(text).children)))
    }, 120_000)
  }
})

describe('chunked parsing', () => {
  it('cuts the generated document into many chunks', () => {
    expect(parseMarkdown(generated(), {chunkSize: 500}).children.length).toBeGreaterThan(100)
  })

  for (const [name, text] of documents) {
    it(`gives the whole-document tree and findings: ${name}`, () => {
      const whole = parseMarkdown(text, {chunkSize: Number.POSITIVE_INFINITY})
      const chunked = parseMarkdown(text, {chunkSize: 300})
      expect(stripRoot(chunked)).toEqual(stripRoot(whole))
      expect(findings(text, 300)).toEqual(findings(text, Number.POSITIVE_INFINITY))
    }, 120_000)
  }
})

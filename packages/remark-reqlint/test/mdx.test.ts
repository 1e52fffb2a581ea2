/**
 * MDX: the prose inside JSX elements is checked; JSX attributes, expressions,
 * import/export lines and code are not prose and must not be reported.
 */
import fs from 'node:fs'
import path from 'node:path'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkReqlint from '../src/index.js'
import {guideFindings} from './expected.js'
import {lintWithPlugin, short, siteDir, siteGlossary} from './helpers.js'

const guide = fs.readFileSync(path.join(siteDir, 'mdx/guide.mdx'), 'utf8')

describe('MDX with remark-mdx, remark-gfm and remark-frontmatter', () => {
  it('reports the prose of elements and tables, and nothing in attributes, expressions, ESM or code', async () => {
    const file = await lintWithPlugin({value: guide, path: 'guide.mdx'}, {glossary: siteGlossary}, {mdx: true})
    expect(file.messages.map(short)).toEqual(guideFindings)
    for (const message of file.messages) {
      const {start, end} = message.place as {start: {offset: number}; end: {offset: number}}
      expect(guide.slice(start.offset, end.offset)).toBe(message.actual)
    }
  })

  it('the words it must not report are there, and are reported as prose', async () => {
    for (const snippet of [
      "export const meta = {speed: 'быстро', login: 'SSO', archive: 'ЭДО'}",
      `<Note title="Система должна быстро работать с SSO" kind={'удобный'} data-sla="ЭДО">`,
      "{props.ready ? 'ЭДО быстро' : 'удобный SSO'}",
      '<Badge label="быстро и удобно через SSO" />',
      '<Badge label="SSO" />',
      "const login = 'SSO быстро'",
      '// An expression of the page, not prose: быстро, SSO.'
    ]) {
      expect(guide).toContain(snippet)
    }
    const prose = 'Система должна быстро работать с SSO, ЭДО и удобный поиск.\n'
    const file = await lintWithPlugin(prose, {glossary: siteGlossary}, {mdx: true})
    expect(file.messages.map((message) => message.actual)).toEqual(['быстро', 'SSO', 'ЭДО', 'удобный'])
  })

  it('checks words on both sides of a JSX element', async () => {
    const document = 'Вход должен быть через <Badge label="x">КСУ</Badge> или SSO, быстро.\n'
    const file = await lintWithPlugin(document, {glossary: siteGlossary}, {mdx: true})
    expect(file.messages.map(short)).toEqual([
      '1:41-1:44 undefined-abbreviation «КСУ»',
      '1:57-1:60 undefined-abbreviation «SSO»',
      '1:62-1:68 ambiguous-wording «быстро»'
    ])
  })

  it('reads `{/* lint … */}` comments without changing the tree', async () => {
    const document = '{/* lint disable ambiguous-wording */}\n\nСистема должна работать быстро, <b>{/* reqlint-disable-line */}</b>.\n'
    const tree = unified().use(remarkParse).use(remarkMdx).parse(document)
    const copy = structuredClone(tree)
    const file = new VFile(document)
    await unified().use(remarkReqlint).run(tree, file)
    expect(file.messages).toEqual([])
    expect(tree).toEqual(copy)
  })

  // An inline JSX element without children separates the words on either side.
  it('keeps the words on either side of an empty JSX element apart', async () => {
    const file = await lintWithPlugin('Система должна работать быстро<br/>SSO.\n', {glossary: siteGlossary}, {mdx: true})
    expect(file.messages.map(short)).toEqual(['1:25-1:31 ambiguous-wording «быстро»', '1:36-1:39 undefined-abbreviation «SSO»'])
  })
})

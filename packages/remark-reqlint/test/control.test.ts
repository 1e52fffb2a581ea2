/**
 * Control comments. @reqlint/core filters reqlint's findings by unified's
 * `lint disable|enable|ignore` comments and its own `reqlint-disable…` ones.
 * Here that filtering is compared with remark-message-control's, the one
 * remark-lint rules are subject to: the same document is linted with its
 * comments blanked out (same length, so same places), then
 * remark-message-control filters those findings by the real comments.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkMessageControl from 'remark-message-control'
import remarkParse from 'remark-parse'
import remarkPresetLintRecommended from 'remark-preset-lint-recommended'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkReqlint from '../src/index.js'
import {lintWithPlugin, short} from './helpers.js'

const vague = 'Система должна работать быстро.'

/** Findings as remark-message-control would leave them, for `lint` comments in Markdown or MDX. */
async function asMessageControl(document: string, mdx = false): Promise<string[]> {
  const blank = (text: string) => text.replace(/\S/gu, 'x')
  const neutral = mdx
    ? document.replace(/\{\/\*([^]*?)\*\/\}/gu, (_, inner: string) => `{/*${blank(inner)}*/}`)
    : document.replace(/<!--([^]*?)-->/gu, (_, inner: string) => `<!--${blank(inner)}-->`)
  const unfiltered = await lintWithPlugin(neutral, undefined, {mdx})
  const file = new VFile(document)
  file.messages = unfiltered.messages
  const parser = unified().use(remarkParse).use(mdx ? [remarkMdx] : []).use(remarkGfm)
  remarkMessageControl({name: 'lint', source: 'reqlint'})(parser.parse(document), file)
  return file.messages.map(short)
}

/** Orders `line:column…` strings by place. */
function byPlace(a: string, b: string): number {
  const [al = 0, ac = 0] = a.split(/[:-]/u).map(Number)
  const [bl = 0, bc = 0] = b.split(/[:-]/u).map(Number)
  return al - bl || ac - bc || a.localeCompare(b)
}

async function plugin(document: string, mdx = false): Promise<string[]> {
  return (await lintWithPlugin(document, undefined, {mdx})).messages.map(short)
}

const same: Array<[string, string]> = [
  ['disable and enable one rule', `<!-- lint disable ambiguous-wording -->\n\n${vague} Вход через SSO.\n\n<!-- lint enable ambiguous-wording -->\n\n${vague}\n`],
  ['disable several rules', `<!-- lint disable ambiguous-wording undefined-abbreviation -->\n\n${vague} Вход через SSO.\n`],
  ['disable and enable every rule', `<!-- lint disable -->\n\n${vague} SSO.\n\n<!-- lint enable -->\n\n${vague} SSO.\n`],
  ['disable inside a paragraph', `${vague} <!-- lint disable ambiguous-wording --> ${vague}\n\n${vague}\n`],
  ['ignore the next node', `<!-- lint ignore ambiguous-wording -->\n\n${vague}\n\n${vague}\n`],
  ['ignore every rule in the next node', `<!-- lint ignore -->\n\n${vague} SSO.\n\n${vague} SSO.\n`],
  ['ignore a list item’s paragraph', `- ${vague}\n\n  <!-- lint ignore ambiguous-wording -->\n\n  ${vague}\n- ${vague}\n`],
  ['ignore a table', `<!-- lint ignore ambiguous-wording -->\n\n| А |\n| --- |\n| ${vague} |\n\n${vague}\n`],
  ['ignore with nothing after it', `${vague}\n\n<!-- lint ignore ambiguous-wording -->\n`],
  ['comments of another name', `<!-- remark-lint disable ambiguous-wording -->\n\n<!-- lint-disable ambiguous-wording -->\n\n${vague}\n`],
  ['another rule', `<!-- lint disable mixed-script -->\n\n${vague}\n`]
]

describe('`lint` comments filter as remark-message-control does', () => {
  for (const [name, document] of same) {
    it(name, async () => {
      const expected = await asMessageControl(document)
      expect(await plugin(document)).toEqual(expected)
      // Something to filter: the document without its comments has findings.
      expect((await lintWithPlugin(document.replace(/<!--[^]*?-->/gu, ''))).messages.length).toBeGreaterThan(0)
    })
  }

  it('the comparison itself sees findings to filter', async () => {
    const [, document] = same[0]!
    expect(await asMessageControl(document)).toEqual(['3:44-3:47 undefined-abbreviation «SSO»', '7:25-7:31 ambiguous-wording «быстро»'])
    expect((await lintWithPlugin(document.replace(/lint (dis|en)able/gu, 'note'))).messages).toHaveLength(3)
  })

  it('differs in one place: an id enabled after every rule was disabled', async () => {
    // remark-message-control keeps a rule off until a bare `lint enable`; reqlint
    // (like ESLint) turns the named rule back on. Documented in the readme.
    const document = `<!-- lint disable -->\n\n${vague}\n\n<!-- lint enable ambiguous-wording -->\n\n${vague}\n`
    expect(await asMessageControl(document)).toEqual([])
    expect(await plugin(document)).toEqual(['7:25-7:31 ambiguous-wording «быстро»'])
  })
})

describe('`{/* lint … */}` comments in MDX', () => {
  const mdx: Array<[string, string]> = [
    ['disable and enable', `{/* lint disable ambiguous-wording */}\n\n${vague} Вход через SSO.\n\n{/* lint enable ambiguous-wording */}\n\n${vague}\n`],
    ['ignore', `{/* lint ignore undefined-abbreviation */}\n\n${vague} Вход через SSO.\n\n${vague} Вход через SSO.\n`],
    ['inline', `${vague} {/* lint disable ambiguous-wording */} ${vague}\n`]
  ]
  for (const [name, document] of mdx) {
    it(name, async () => {
      const expected = await asMessageControl(document, true)
      expect(await plugin(document, true)).toEqual(expected)
      expect((await lintWithPlugin(document.replace(/lint (dis|en)able|lint ignore/gu, 'note'), undefined, {mdx: true})).messages.length).toBeGreaterThan(expected.length)
    })
  }

  it('reqlint’s own comments', async () => {
    const document = `{/* reqlint-disable-next-line ambiguous-wording */}\n${vague}\n\n${vague} {/* reqlint-disable-line */}\n\n${vague}\n`
    expect(await plugin(document, true)).toEqual(['6:25-6:31 ambiguous-wording «быстро»'])
  })

  it('leaves other expressions alone', async () => {
    const document = `{/* a note, not a control comment */}\n\n{1 /* lint disable */}\n\n${vague}\n`
    expect(await plugin(document, true)).toEqual(['5:25-5:31 ambiguous-wording «быстро»'])
  })
})

describe('reqlint’s own comments', () => {
  it('disable, enable, disable-line, disable-next-line', async () => {
    const document = [
      '<!-- reqlint-disable ambiguous-wording -->',
      '',
      `${vague} SSO.`,
      '',
      '<!-- reqlint-enable ambiguous-wording -->',
      '',
      `${vague} <!-- reqlint-disable-line -->`,
      '',
      '<!-- reqlint-disable-next-line undefined-abbreviation -->',
      `${vague} SSO.`,
      '',
      `${vague}`,
      ''
    ].join('\n')
    expect(await plugin(document)).toEqual([
      '3:33-3:36 undefined-abbreviation «SSO»',
      '10:25-10:31 ambiguous-wording «быстро»',
      '12:25-12:31 ambiguous-wording «быстро»'
    ])
  })
})

describe('next to remark-lint', () => {
  const document = [
    '# Требования',
    '',
    `${vague} Подробности: https://example.com.`,
    '',
    '<!-- lint disable no-literal-urls -->',
    '',
    `${vague} Подробности: https://example.com.`,
    '',
    '<!-- lint disable ambiguous-wording -->',
    '',
    `${vague} Подробности: https://example.com.`,
    '',
    '<!-- lint enable -->',
    '',
    `${vague} Подробности: https://example.com.`,
    ''
  ].join('\n')

  async function run(pipeline: 'lint' | 'control') {
    const file = new VFile(document)
    const processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkGfm)
      .use(remarkPresetLintRecommended)
      .use(remarkReqlint)
      // After remark-reqlint, so that it sees reqlint's messages too.
      .use(pipeline === 'control' ? [[remarkMessageControl, {name: 'lint', source: ['remark-lint', 'reqlint']}]] : [])
    await processor.run(processor.parse(file), file)
    return file.messages.map((message) => `${short(message)} ${message.source}`).sort(byPlace)
  }

  it('each filters its own messages, neither twice', async () => {
    // remark-lint's message control filters `source: 'remark-lint'` only; reqlint's messages are filtered by reqlint.
    expect(await run('lint')).toEqual([
      '3:25-3:31 ambiguous-wording «быстро» reqlint',
      '3:46-3:65 no-literal-urls «undefined» remark-lint',
      '7:25-7:31 ambiguous-wording «быстро» reqlint',
      '15:25-15:31 ambiguous-wording «быстро» reqlint',
      '15:46-15:65 no-literal-urls «undefined» remark-lint'
    ])
  })

  it('a remark-message-control that also takes reqlint’s source changes nothing', async () => {
    expect(await run('control')).toEqual(await run('lint'))
  })
})

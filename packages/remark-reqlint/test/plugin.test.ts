/**
 * remark-reqlint through unified directly: the findings as vfile messages with
 * exact places, the options and their errors, what the pipeline's tree decides
 * (GFM, front matter), and file values as bytes or with a byte order mark.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {builtinGlossary} from '@reqlint/core'
import {loadGlossaryFiles} from '@reqlint/core/node'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import remarkReqlint, {type Options} from '../src/index.js'
import {specFindings} from './expected.js'
import {lintWithPlugin, makeProject, removeProjects, root, ruleDocsUrl, short, siteDir, siteGlossary} from './helpers.js'

afterAll(removeProjects)

const spec = fs.readFileSync(path.join(siteDir, 'spec.md'), 'utf8')


describe('through unified (remark-parse, remark-gfm, remark-frontmatter)', () => {
  it('reports the findings with exact places', async () => {
    const file = await lintWithPlugin({value: spec, path: 'spec.md'}, {glossary: siteGlossary})
    expect(file.messages.map(short)).toEqual(specFindings)
    for (const message of file.messages) {
      const {start, end} = message.place as {start: {offset: number}; end: {offset: number}}
      expect(spec.slice(start.offset, end.offset), short(message)).toBe(message.actual)
      expect(message.source).toBe('reqlint')
      expect(message.url).toBe(ruleDocsUrl(message.ruleId!))
      expect(message.file).toBe('spec.md')
    }
  })

  it('makes messages the way remark-lint rules do', async () => {
    const file = await lintWithPlugin({value: spec, path: 'spec.md'}, {glossary: siteGlossary})
    const avoided = file.messages.find((message) => message.actual === 'тех. задание')
    expect(avoided).toMatchObject({
      ruleId: 'inconsistent-term',
      source: 'reqlint',
      line: 14,
      column: 25,
      place: {start: {line: 14, column: 25, offset: spec.indexOf('тех. задание')}, end: {line: 14, column: 37}},
      fatal: true,
      // A Russian document gets its messages in Russian unless the `locale` option says otherwise.
      reason: 'Вместо «тех. задание» пишите «техническое задание»: глоссарий не рекомендует это название',
      expected: ['техническое задание'],
      url: ruleDocsUrl('inconsistent-term'),
      messageId: 'avoided'
    })
    const english = await lintWithPlugin({value: spec, path: 'spec.md'}, {glossary: siteGlossary, locale: 'en'})
    expect(english.messages.find((message) => message.actual === 'тех. задание')).toMatchObject({
      reason: 'Unexpected «тех. задание», expected «техническое задание»: the glossary says to avoid this name',
      messageId: 'avoided'
    })
    // Errors are fatal, warnings are not: what vfile-reporter and `remark --frail` read.
    const vague = file.messages.find((message) => message.ruleId === 'ambiguous-wording')
    expect(vague?.fatal).toBe(false)
    expect(String(vague)).toMatch(/^spec\.md:12:19-12:25: /u)
  })

  it('uses the built-in glossary without options', async () => {
    const document = 'Интеграция CRM с АТС выполняется через SSO.\n'
    const file = await lintWithPlugin(document)
    expect(file.messages.map(short)).toEqual(['1:40-1:43 undefined-abbreviation «SSO»'])
    expect((await lintWithPlugin(document, {})).messages.map(short)).toEqual(file.messages.map(short))
    expect((await lintWithPlugin(document, null)).messages.map(short)).toEqual(file.messages.map(short))
  })

  it('takes a glossary as a path, a list of paths, a URL or a loaded glossary', async () => {
    const base = path.join(root, 'fixtures/glossaries/base.yaml')
    const project = path.join(root, 'fixtures/glossaries/project.yaml')
    const document = 'Потенциальный клиент получает ТЗ по ГОСТ и РФ. Вход через SSO.\n'
    const expected = [
      '1:1-1:21 inconsistent-term «Потенциальный клиент»',
      '1:59-1:62 undefined-abbreviation «SSO»'
    ]
    const loaded = loadGlossaryFiles([project])
    for (const glossary of [project, [project], [base, project], pathToFileURL(project), pathToFileURL(project).href, loaded]) {
      const file = await lintWithPlugin(document, {glossary})
      expect(file.messages.map(short), String(glossary)).toEqual(expected)
    }
    // Relative paths are relative to the file's working directory.
    const file = await lintWithPlugin(new VFile({value: document, cwd: path.join(root, 'fixtures')}), {glossary: 'glossaries/project.yaml'})
    expect(file.messages.map(short)).toEqual(expected)
  })

  it('sets rules: severity, options, remark-lint’s severities', async () => {
    const document = 'Система должна быстро работать через SSO и VPN, SSO.\n'
    const run = async (rules: Options['rules']) => (await lintWithPlugin(document, {rules})).messages.map((m) => `${short(m)} ${m.fatal}`)
    expect(await run(undefined)).toEqual([
      '1:16-1:22 ambiguous-wording «быстро» false',
      '1:38-1:41 undefined-abbreviation «SSO» true'
    ])
    expect(await run({'ambiguous-wording': 'off'})).toEqual(['1:38-1:41 undefined-abbreviation «SSO» true'])
    expect(await run({'ambiguous-wording': 0, 'undefined-abbreviation': 1})).toEqual(['1:38-1:41 undefined-abbreviation «SSO» false'])
    expect(await run({'ambiguous-wording': [2], 'undefined-abbreviation': ['warn', {report: 'all'}]})).toEqual([
      '1:16-1:22 ambiguous-wording «быстро» true',
      '1:38-1:41 undefined-abbreviation «SSO» false',
      '1:49-1:52 undefined-abbreviation «SSO» false'
    ])
    expect(await run({'undefined-abbreviation': ['error', {allow: ['SSO']}], 'ambiguous-wording': false})).toEqual([])
  })

  it('takes the language', async () => {
    const document = 'The system must respond quickly and be user-friendly.\n'
    const en = (await lintWithPlugin(document, {language: 'en'})).messages.map(short)
    expect(en).toEqual(['1:25-1:32 ambiguous-wording «quickly»', '1:40-1:53 ambiguous-wording «user-friendly»'])
    expect((await lintWithPlugin(document, {language: 'auto'})).messages.map(short)).toEqual(en)
  })
})

describe('bad options and glossaries fail the file, not the pipeline', () => {
  const cases: Array<[string, unknown, string]> = [
    ['an unknown option', {glossary: siteGlossary, rule: {}}, 'unknown option `rule` (expected one of: glossary, rules, language, locale, sections, reportUnusedDisableDirectives)'],
    ['a bad locale', {locale: 'de'}, '`locale` must be `ru` or `en`, not `"de"`'],
    ['a string for options', 'glossary.yaml', 'expected an object with `glossary`, `rules` or `language`, not `"glossary.yaml"` (a glossary path goes in `{"glossary": "glossary.yaml"}`)'],
    ['an unknown rule', {rules: {'vague-wording': 'off'}}, '`rules`: unknown rule `vague-wording` (rules: undefined-abbreviation, inconsistent-term, ambiguous-wording, mixed-script)'],
    ['an unknown severity', {rules: {'ambiguous-wording': 'warning'}}, 'rule `ambiguous-wording`: unknown severity `"warning"` (expected off, warn or error)'],
    ['an unknown rule option', {rules: {'ambiguous-wording': ['warn', {ignore: []}]}}, 'rule `ambiguous-wording`: unknown option `ignore` (expected one of: ignoreCategories, enableCategories)'],
    ['rule options that are not an object', {rules: {'mixed-script': ['warn', 'all']}}, 'rule `mixed-script`: options must be an object, not `"all"`'],
    ['a bad language', {language: 'de'}, '`language` must be `ru`, `en` or `auto`, not `"de"`'],
    ['an empty glossary list', {glossary: []}, '`glossary` is an empty list (leave it out to use the built-in glossary)'],
    ['a glossary number', {glossary: 42}, '`glossary` must be a file path, a list of file paths or a glossary loaded with @reqlint/core, not `42`'],
    [
      'an inline glossary',
      {glossary: {terms: [{term: 'заявка'}]}},
      '`glossary` must be a file path, a list of file paths or a glossary loaded with @reqlint/core, not an object; glossary content cannot be written inline: put it in a YAML, JSON or CSV file and give its path'
    ],
    ['a web URL', {glossary: 'https://example.com/glossary.yaml'}, ''],
    ['a non-file URL object', {glossary: new URL('https://example.com/glossary.yaml')}, '`glossary`: only `file:` URLs can be read, not `https://example.com/glossary.yaml`'],
    // fileURLToPath throws on these; the plugin must not throw out of `process()` (issue 14, item 13).
    [
      'a file URL with a remote host',
      {glossary: 'file://host/g.yaml'},
      '`glossary`: `file://host/g.yaml` is not a local file path (File URL host must be "localhost" or empty on linux)'
    ],
    [
      'a file URL with an encoded slash',
      {glossary: 'file:///a%2Fb.yaml'},
      '`glossary`: `file:///a%2Fb.yaml` is not a local file path (File URL path must not include encoded / characters)'
    ],
    ['a file URL that does not parse', {glossary: 'file://[bad/g.yaml'}, '`glossary`: `file://[bad/g.yaml` is not a valid URL']
  ]

  for (const [name, options, reason] of cases) {
    it(name, async () => {
      const file = await lintWithPlugin('Система должна работать быстро.\n', options as Options)
      if (reason === '') {
        // A path that happens to look like a URL is just a missing file.
        expect(file.messages.map((message) => message.ruleId)).toEqual(['glossary'])
        return
      }
      expect(file.messages).toHaveLength(1)
      expect(file.messages[0]).toMatchObject({
        ruleId: 'options',
        source: 'reqlint',
        fatal: true,
        reason: `Invalid remark-reqlint options: ${reason}`
      })
      expect(file.messages[0]!.line).toBeUndefined()
    })
  }

  it('reports a glossary that cannot be read, with its place', async () => {
    const dir = makeProject({
      files: {
        'bad.yaml': 'language: ru\nterms:\n  - term: заявка\n    synonym: [обращение]\n',
        'cycle-a.yaml': 'extends: [./cycle-b.yaml]\n',
        'cycle-b.yaml': 'extends: [./cycle-a.yaml]\n'
      }
    })
    const run = async (glossary: string) =>
      (await lintWithPlugin(new VFile({value: 'Текст.\n', cwd: dir}), {glossary})).messages.map((message) => ({
        ruleId: message.ruleId,
        source: message.source,
        fatal: message.fatal,
        reason: message.reason
      }))
    expect(await run('missing.yaml')).toEqual([
      {ruleId: 'glossary', source: 'reqlint', fatal: true, reason: `Cannot load glossary: missing.yaml:1:1: cannot read glossary ${path.join(dir, 'missing.yaml')}: ENOENT`}
    ])
    const [bad] = await run('bad.yaml')
    expect(bad?.reason).toMatch(/^Cannot load glossary: bad\.yaml:4:5: .*`synonym`/u)
    const [cycle] = await run('cycle-a.yaml')
    expect(cycle?.reason).toMatch(/^Cannot load glossary: cycle-b\.yaml:1:\d+: `extends` makes a cycle/u)
  })

  it('never throws from use() or process(), and the rest of the pipeline runs', async () => {
    let after = false
    const processor = unified()
      .use(remarkParse)
      .use(remarkReqlint, {glossary: 'missing.yaml'} as Options)
      .use(() => () => {
        after = true
      })
    const file = new VFile('Текст.\n')
    await expect(processor.run(processor.parse(file), file)).resolves.toBeDefined()
    expect(after).toBe(true)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['glossary'])
  })
})

describe('the pipeline’s tree is the truth: the plugin does not parse again', () => {
  const document = ['---', 'title: Портал ЭДО', '---', '', '| Требование |', '| --- |', '| Поиск должен быть удобным для SSO |', ''].join('\n')

  it('reads table cells and skips front matter with remark-gfm and remark-frontmatter', async () => {
    const file = await lintWithPlugin(document)
    expect(file.messages.map(short)).toEqual(['7:21-7:28 ambiguous-wording «удобным»', '7:33-7:36 undefined-abbreviation «SSO»'])
  })

  it('without remark-frontmatter, front matter is prose (a setext heading)', async () => {
    const file = await lintWithPlugin(document, undefined, {frontmatter: false})
    expect(file.messages.map(short)).toContain('2:15-2:18 undefined-abbreviation «ЭДО»')
  })

  it('without remark-gfm, a table is one paragraph of pipes', async () => {
    const gfm = await lintWithPlugin(document)
    const plain = await lintWithPlugin(document, undefined, {gfm: false})
    // Still linted, but as one block of text, not as cells: the same words here; rules that look at
    // table structure (a terms table) see none.
    expect(plain.messages.map(short)).toEqual(gfm.messages.map(short))
    const terms = ['# Термины', '', '| Сокращение | Расшифровка |', '| --- | --- |', '| ЛКК | Личный кабинет клиента |', '', 'Клиент входит в ЛКК.', ''].join('\n')
    expect((await lintWithPlugin(terms)).messages.map(short)).toEqual([])
    expect((await lintWithPlugin(terms, undefined, {gfm: false})).messages.map(short)).toContain('5:3-5:6 undefined-abbreviation «ЛКК»')
  })

  it('does not modify the tree', async () => {
    const processor = unified().use(remarkParse)
    const tree = processor.parse('Система должна работать быстро.\n\n<!-- lint disable -->\n')
    const copy = structuredClone(tree)
    const file = new VFile('Система должна работать быстро.\n\n<!-- lint disable -->\n')
    await unified().use(remarkReqlint).run(tree, file)
    expect(tree).toEqual(copy)
  })
})

describe('file values', () => {
  it('decodes bytes the way the parser does', async () => {
    const text = await lintWithPlugin({value: spec, path: 'spec.md'}, {glossary: siteGlossary})
    const bytes = await lintWithPlugin({value: new TextEncoder().encode(spec), path: 'spec.md'}, {glossary: siteGlossary})
    expect(bytes.messages.map(short)).toEqual(text.messages.map(short))
    expect(bytes.messages.map(String)).toEqual(text.messages.map(String))
  })

  it('counts places after a byte order mark, as micromark does', async () => {
    const document = '# Вход через SSO\n\nСистема должна работать быстро.\n'
    const plain = await lintWithPlugin(document)
    const bom = await lintWithPlugin('\uFEFF' + document)
    expect(plain.messages.map(short)).toEqual(['1:14-1:17 undefined-abbreviation «SSO»', '3:25-3:31 ambiguous-wording «быстро»'])
    expect(bom.messages.map(short)).toEqual(plain.messages.map(short))
  })

  it('adds nothing to an empty file', async () => {
    expect((await lintWithPlugin('')).messages).toEqual([])
    expect((await lintWithPlugin(new VFile())).messages).toEqual([])
  })

  it('is the same glossary object as @reqlint/core’s built-in one', async () => {
    const a = await lintWithPlugin('Вход через SSO.\n', {glossary: builtinGlossary()})
    const b = await lintWithPlugin('Вход через SSO.\n')
    expect(a.messages.map(String)).toEqual(b.messages.map(String))
  })
})

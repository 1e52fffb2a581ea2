/**
 * remark-reqlint through unified-engine (what remark-cli, editors' language
 * servers and eslint-mdx run): configuration files on disk name it by package
 * name or by path, next to remark-lint, a preset, remark-gfm,
 * remark-frontmatter and remark-mdx.
 */
import fs from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {remark} from 'remark'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {lintWithPlugin, makeProject, packageDir, removeProjects, short, siteDir} from './helpers.js'
import {guideFindings, specFindings} from './expected.js'

afterAll(removeProjects)

interface Run {
  readonly code: number
  readonly report: string
  /** Messages by file path relative to the working directory. */
  readonly files: Record<string, VFile['messages']>
}

function run(cwd: string, files: string[] = ['.']): Promise<Run> {
  const stream = new PassThrough()
  let report = ''
  stream.on('data', (chunk: Buffer) => (report += chunk.toString('utf8')))
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: remark,
        cwd,
        files,
        extensions: ['md', 'mdx'],
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        pluginPrefix: 'remark',
        ignoreName: '.remarkignore',
        color: false,
        out: false,
        output: false,
        streamError: stream
      },
      (error, code, context) => {
        if (error) {
          reject(error)
          return
        }
        const byPath: Record<string, VFile['messages']> = {}
        for (const file of context?.files ?? []) byPath[path.relative(cwd, path.resolve(file.cwd, file.path))] = file.messages
        resolve({code: code ?? 0, report, files: byPath})
      }
    )
  })
}

const reqlintOnly = (messages: VFile['messages'] | undefined) => (messages ?? []).filter((m) => m.source === 'reqlint').map(short)

describe('unified-engine with configuration files', () => {
  it('reads .remarkrc.json, .remarkrc.mjs and package.json `remarkConfig`', async () => {
    const dir = makeProject({from: siteDir})
    const result = await run(dir)
    expect(Object.keys(result.files).sort()).toEqual(['mdx/guide.mdx', 'package-config/notes.md', 'spec.md'])
    // .remarkrc.json: remark-reqlint by package name, with remark-preset-lint-recommended.
    expect(reqlintOnly(result.files['spec.md'])).toEqual(specFindings)
    expect(result.files['spec.md']!.filter((m) => m.source === 'remark-lint').map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '36:14 no-literal-urls'
    ])
    // .remarkrc.mjs: remark-mdx, and the glossary as a URL relative to the configuration file.
    expect(reqlintOnly(result.files['mdx/guide.mdx'])).toEqual(guideFindings)
    // package.json: rules set (ambiguous-wording off, every use reported as a warning).
    expect(result.files['package-config/notes.md']!.map((m) => `${short(m)} ${m.fatal}`)).toEqual([
      '3:48-3:51 undefined-abbreviation «SSO» false',
      '3:74-3:77 undefined-abbreviation «SSO» false'
    ])
    expect(result.code).toBe(1)
    expect(result.report).toMatch(/spec\.md\n.*8:66-8:69 +error +Аббревиатура «SSO» не определена/u)
  })

  it('finds exactly what the plugin finds through unified', async () => {
    const dir = makeProject({from: siteDir})
    const result = await run(dir, ['spec.md'])
    const direct = await lintWithPlugin(
      new VFile({path: 'spec.md', cwd: dir, value: fs.readFileSync(path.join(dir, 'spec.md'), 'utf8')}),
      {glossary: 'glossary.yaml'}
    )
    const rows = (messages: VFile['messages']) =>
      messages.filter((m) => m.source === 'reqlint').map((m) => ({...m, file: undefined, name: undefined}))
    expect(rows(result.files['spec.md']!)).toEqual(rows(direct.messages))
  })

  it('names the plugin by path', async () => {
    const plugin = path.relative(makeProject(), path.join(packageDir, 'dist/index.js'))
    const dir = makeProject({
      files: {
        '.remarkrc.json': JSON.stringify({plugins: [['./' + plugin.split(path.sep).join('/'), {rules: {'ambiguous-wording': 'error'}}]]}),
        'doc.md': 'Система должна работать быстро.\n'
      }
    })
    const result = await run(dir)
    expect(result.files['doc.md']!.map((m) => `${short(m)} ${m.fatal}`)).toEqual(['1:25-1:31 ambiguous-wording «быстро» true'])
  })

  it('resolves a relative glossary path against the working directory, not the configuration file', async () => {
    const files = {
      'sub/.remarkrc.json': JSON.stringify({plugins: [['remark-reqlint', {glossary: 'glossary.yaml'}]]}),
      'sub/glossary.yaml': 'language: ru\nabbreviations: [КСУ]\n',
      'sub/doc.md': 'Данные приходят из КСУ.\n'
    }
    const dir = makeProject({files})
    const fromRoot = await run(dir)
    expect(fromRoot.files['sub/doc.md']!.map((m) => `${m.ruleId} ${m.fatal} ${m.reason}`)).toEqual([
      `glossary true Cannot load glossary: glossary.yaml:1:1: cannot read glossary ${path.join(dir, 'glossary.yaml')}: ENOENT`
    ])
    expect(fromRoot.code).toBe(1)
    const fromSub = await run(path.join(dir, 'sub'))
    expect(fromSub.files['doc.md']).toEqual([])
    expect(fromSub.code).toBe(0)
  })

  it('a URL from `.remarkrc.mjs` is relative to the configuration file', async () => {
    const dir = makeProject({
      files: {
        'sub/.remarkrc.mjs': "export default {plugins: [['remark-reqlint', {glossary: new URL('./glossary.yaml', import.meta.url)}]]}\n",
        'sub/glossary.yaml': 'language: ru\nabbreviations: [КСУ]\n',
        'sub/doc.md': 'Данные приходят из КСУ и СЭД.\n'
      }
    })
    for (const cwd of [dir, path.join(dir, 'sub')]) {
      const result = await run(cwd)
      expect(Object.values(result.files)[0]!.map(short)).toEqual(['1:26-1:29 undefined-abbreviation «СЭД»'])
    }
  })

  it('reports bad options in a configuration file on each file, and lints the rest', async () => {
    const dir = makeProject({
      files: {
        '.remarkrc.json': JSON.stringify({
          plugins: ['remark-preset-lint-recommended', ['remark-reqlint', {glossary: 'glossary.yaml', rules: {'ambiguous-wording': 'warning'}}]]
        }),
        'a.md': 'Текст без перевода строки в конце.',
        'b.md': 'Текст.\n'
      }
    })
    const result = await run(dir)
    const reason = 'Invalid remark-reqlint options: rule `ambiguous-wording`: unknown severity `"warning"` (expected off, warn or error)'
    expect(result.files['a.md']!.map((m) => `${m.ruleId} ${m.source} ${m.fatal}`)).toEqual([
      'final-newline remark-lint false',
      'options reqlint true'
    ])
    expect(result.files['b.md']!.map((m) => m.reason)).toEqual([reason])
    expect(result.report).toContain(reason)
    expect(result.report).not.toMatch(/\n\s+at /u)
    expect(result.code).toBe(1)
  })
})

/**
 * The real `remark` binary of remark-cli on the fixture site, as a user runs
 * it: configuration files found on disk, plugins by package name, the report
 * as vfile-reporter-json, and the exit code.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {guideFindings, specFindings} from './expected.js'
import {lintWithPlugin, makeProject, packageDir, removeProjects, row, ruleDocsUrl, short, siteDir, type Row} from './helpers.js'

afterAll(removeProjects)

const remarkBin = path.join(packageDir, 'node_modules/.bin/remark')

interface JsonMessage {
  readonly ruleId: string | null
  readonly source: string | null
  readonly reason: string
  readonly line: number | null
  readonly column: number | null
  readonly place: unknown
  readonly actual?: string
  readonly expected?: string[]
  readonly url?: string
  readonly fatal: boolean | null
}

function remark(cwd: string, args: string[]) {
  const result = spawnSync(remarkBin, [...args, '--report', 'json', '--no-color', '--no-stdout'], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}
  })
  let files: Array<{path: string; messages: JsonMessage[]}> = []
  try {
    files = JSON.parse(result.stderr) as typeof files
  } catch {
    throw new Error(`remark did not print a JSON report (exit ${result.status}):\n${result.stderr}`)
  }
  const byPath: Record<string, JsonMessage[]> = {}
  for (const file of files) byPath[file.path] = file.messages
  return {code: result.status, stderr: result.stderr, files: byPath}
}

const reqlintMessages = (messages: readonly JsonMessage[] | undefined): JsonMessage[] =>
  (messages ?? []).filter((message) => message.source === 'reqlint')
const reqlintRows = (messages: readonly JsonMessage[] | undefined): Row[] => reqlintMessages(messages).map(row)
const reqlintShort = (messages: readonly JsonMessage[] | undefined): string[] => reqlintMessages(messages).map(short)

describe('remark-cli', () => {
  it('lints the fixture site: Markdown and MDX, three kinds of configuration file', async () => {
    const dir = makeProject({from: siteDir})
    const {code, files} = remark(dir, ['.', '--ext', 'md,mdx'])
    expect(Object.keys(files).sort()).toEqual(['mdx/guide.mdx', 'package-config/notes.md', 'spec.md'])
    expect(reqlintShort(files['spec.md'])).toEqual(specFindings)
    expect(reqlintShort(files['mdx/guide.mdx'])).toEqual(guideFindings)
    expect(reqlintShort(files['package-config/notes.md'])).toEqual([
      '3:48-3:51 undefined-abbreviation «SSO»',
      '3:74-3:77 undefined-abbreviation «SSO»'
    ])
    // remark-lint's own findings are there too, and unaffected.
    expect(files['spec.md']!.filter((message) => message.source === 'remark-lint').map((message) => message.ruleId)).toEqual(['no-literal-urls'])
    const sso = files['spec.md']!.find((message) => message.actual === 'SSO')
    expect(sso).toMatchObject({
      ruleId: 'undefined-abbreviation',
      source: 'reqlint',
      fatal: true,
      url: ruleDocsUrl('undefined-abbreviation'),
      place: {start: {line: 8, column: 66}, end: {line: 8, column: 69}}
    })
    expect(code).toBe(1)
  })

  it('reports what the plugin reports through unified, message for message', async () => {
    const dir = makeProject({from: siteDir})
    const {files} = remark(dir, ['.', '--ext', 'md,mdx'])
    const direct = async (name: string, options: Parameters<typeof lintWithPlugin>[1], mdx = false) => {
      const file = new VFile({path: name, cwd: dir, value: fs.readFileSync(path.join(dir, name), 'utf8')})
      return (await lintWithPlugin(file, options, {mdx})).messages.map(row)
    }
    expect(reqlintRows(files['spec.md'])).toEqual(await direct('spec.md', {glossary: 'glossary.yaml'}))
    expect(reqlintRows(files['mdx/guide.mdx'])).toEqual(await direct('mdx/guide.mdx', {glossary: 'glossary.yaml'}, true))
  })

  it('exits with 0 on warnings, and with 1 under --frail', () => {
    const dir = makeProject({
      files: {
        '.remarkrc.json': JSON.stringify({plugins: ['remark-gfm', 'remark-reqlint']}),
        'doc.md': 'Система должна работать быстро.\n'
      }
    })
    const plain = remark(dir, ['doc.md'])
    expect(reqlintMessages(plain.files['doc.md']).map((message) => `${short(message)} ${message.fatal}`)).toEqual([
      '1:25-1:31 ambiguous-wording «быстро» false'
    ])
    expect(plain.code).toBe(0)
    expect(remark(dir, ['doc.md', '--frail']).code).toBe(1)
  })

  it('a bad glossary is one clear fatal message per file, not a crash', () => {
    const dir = makeProject({
      files: {
        '.remarkrc.json': JSON.stringify({plugins: [['remark-reqlint', {glossary: 'terms.yaml'}]]}),
        'terms.yaml': 'language: ru\nterms:\n  - term: заявка\n    avoid: заявочка\n    sinonyms: [обращение]\n',
        'a.md': 'Текст.\n',
        'b.md': 'Текст.\n'
      }
    })
    const {code, stderr, files} = remark(dir, ['.'])
    for (const name of ['a.md', 'b.md']) {
      expect(files[name]!.map((message) => `${message.ruleId} ${message.source} ${message.fatal}`)).toEqual(['glossary reqlint true'])
      expect(files[name]![0]!.reason).toMatch(/^Cannot load glossary: terms\.yaml:5:5: .*`sinonyms`/u)
    }
    expect(stderr).not.toMatch(/\n\s+at /u)
    expect(code).toBe(1)
  })
})

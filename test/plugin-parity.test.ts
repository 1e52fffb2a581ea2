/**
 * The `reqlint` CLI and the remark plugin report the same findings for the same
 * document and glossary: the fixture site of remark-reqlint and every fixture
 * document of the repository, each through the real CLI binary (`--format
 * json`) and through unified (remark-parse, remark-gfm, remark-frontmatter,
 * remark-reqlint), compared message for message; also the documents of
 * ../shared/corpus when that folder exists.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lintWithPlugin, row, root, siteDir} from '../packages/remark-reqlint/test/helpers.js'
import {ownGlossary} from './fixture-runner.js'

const bin = path.join(root, 'packages/cli/bin/reqlint.js')

interface Group {
  readonly name: string
  readonly files: readonly string[]
  readonly glossary: string | undefined
  /** Severities as `--rule id:severity` flags; `undefined` when a setting has options the CLI cannot take. */
  readonly rules: Record<string, string> | undefined
  readonly hasRules: boolean
  /** Run with `--report-unused-disable-directives` and the plugin's `reportUnusedDisableDirectives`. */
  readonly reportUnused?: boolean
}

interface CliMessage {
  readonly ruleId: string | null
  readonly source: string | null
  readonly line: number | null
  readonly column: number | null
  readonly place: unknown
  readonly reason: string
  readonly actual?: string
  readonly expected?: string[]
  readonly note?: string
  readonly url?: string
  readonly fatal: boolean | null
}

function comparable(message: CliMessage | VFile['messages'][number]) {
  return {
    ...row(message),
    source: message.source ?? undefined,
    expected: message.expected ?? undefined,
    note: message.note ?? undefined,
    url: message.url ?? undefined
  }
}

function isUtf8(file: string): boolean {
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(fs.readFileSync(file))
    return true
  } catch {
    return false
  }
}

function group(name: string, dir: string, files: string[]): Group {
  const glossary = path.join(dir, 'glossary.yaml')
  const rulesFile = path.join(dir, 'rules.json')
  let rules: Record<string, string> | undefined = {}
  if (fs.existsSync(rulesFile)) {
    for (const [id, setting] of Object.entries(JSON.parse(fs.readFileSync(rulesFile, 'utf8')) as Record<string, unknown>)) {
      if (typeof setting === 'string') rules[id] = setting
      else rules = undefined
      if (!rules) break
    }
  }
  return {name, files, glossary: fs.existsSync(glossary) ? glossary : undefined, rules, hasRules: fs.existsSync(rulesFile)}
}

const fixtures = path.join(root, 'fixtures')
const groups: Group[] = [
  group('fixtures/remark/site', siteDir, [path.join(siteDir, 'spec.md'), path.join(siteDir, 'package-config/notes.md')]),
  group('fixtures', fixtures, [path.join(fixtures, 'example-tz.md')]),
  ...fs
    .readdirSync(fixtures, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = path.join(fixtures, entry.name)
      const files = fs
        .readdirSync(dir)
        .filter((name) => /\.(md|markdown)$/u.test(name))
        .sort()
        .map((name) => path.join(dir, name))
      // A fixture with a glossary of its own is a group of its own.
      const own = files.filter((file) => ownGlossary(file) !== undefined)
      return [
        group(`fixtures/${entry.name}`, dir, files.filter((file) => !own.includes(file))),
        ...own.map((file) => ({...group(`fixtures/${entry.name}/${path.basename(file)}`, dir, [file]), glossary: ownGlossary(file)}))
      ]
    })
    .flat()
    .filter((item) => item.files.length > 0),
  {...group('fixtures/control-comments, unused directives', path.join(fixtures, 'control-comments'), [path.join(fixtures, 'control-comments/invalid-ru.md')]), reportUnused: true}
]

// Real requirements documents, when the shared corpus is checked out beside the repository.
const corpus = path.resolve(root, '../shared/corpus')
if (fs.existsSync(corpus)) {
  const files = fs
    .readdirSync(corpus, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(corpus, name))
  groups.push(group('../shared/corpus', corpus, files))
}

function cli(item: Group): Record<string, CliMessage[]> {
  const args = ['--format', 'json', ...(item.reportUnused ? ['--report-unused-disable-directives'] : [])]
  if (item.glossary) args.push('--glossary', item.glossary)
  for (const [id, severity] of Object.entries(item.rules ?? {})) args.push('--rule', `${id}:${severity}`)
  const result = spawnSync(process.execPath, [bin, ...args, ...item.files.map((file) => path.relative(root, file))], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {...process.env, NO_COLOR: '1'}
  })
  if (result.status !== 0 && result.status !== 1) throw new Error(`reqlint exited with ${result.status}: ${result.stderr}`)
  const report = JSON.parse(result.stdout) as Array<{path: string; messages: CliMessage[]}>
  return Object.fromEntries(report.map((file) => [path.resolve(root, file.path), file.messages]))
}

describe('the CLI and the remark plugin agree', () => {
  for (const item of groups) {
    const run = item.hasRules && !item.rules ? it.skip : it
    run(`${item.name} (${item.files.length} files)`, async () => {
      const byFile = cli(item)
      let compared = 0
      for (const file of item.files) {
        if (!isUtf8(file)) continue // The CLI decodes windows-1251; a remark pipeline reads UTF-8 only.
        const value = fs.readFileSync(file, 'utf8')
        const plugin = await lintWithPlugin(new VFile({path: file, value}), {
          ...(item.glossary ? {glossary: item.glossary} : {}),
          ...(item.rules ? {rules: item.rules as Record<string, 'off' | 'warn' | 'error'>} : {}),
          ...(item.reportUnused ? {reportUnusedDisableDirectives: true} : {})
        })
        const expected = (byFile[file] ?? []).map(comparable)
        expect(plugin.messages.map(comparable), path.relative(root, file)).toEqual(expected)
        compared += expected.length
      }
      if (item.name === 'fixtures/remark/site') expect(compared).toBeGreaterThanOrEqual(8)
      if (item.reportUnused) expect(compared).toBe(7)
    }, 180_000)
  }
})

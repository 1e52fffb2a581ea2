/**
 * The packages as a user gets them: each public package packed with `pnpm
 * pack` (which turns `workspace:*` into real versions), the tarballs installed
 * with plain npm into an empty project outside the workspace, and the CLI and
 * the remark plugin run there. This is the check that catches a file missing
 * from a tarball, or a dependency only the workspace provides.
 *
 * It needs the npm registry (for the packages' own dependencies, and for
 * unified, remark-parse and remark-cli), as `pnpm install` does.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The public packages: folder, name on the registry. */
const packages = [
  {dir: 'packages/core', name: '@reqlint/core'},
  {dir: 'packages/cli', name: 'reqlint'},
  {dir: 'packages/remark-reqlint', name: 'remark-reqlint'}
] as const

const document = ['# Техническое задание', '', 'Система должна работать быстро.', '', 'Вход в ЛК выполняется через SSO.', '', 'Требования изложены в тех. задании.', ''].join('\n')

/** The project's glossary builds on the built-in one, shipped as a file in @reqlint/core. */
const projectGlossary = ['language: ru', "extends: ['@reqlint/core/glossary/crm.ru.yaml']", 'terms:', '  - term: личный кабинет', '    abbreviation: ЛК', ''].join('\n')

type Row = [ruleId: string, severity: string, line: number, column: number, actual: string]

/** With the built-in glossary: «ЛК» is unknown. */
const builtinRows: Row[] = [
  ['ambiguous-wording', 'warning', 3, 25, 'быстро'],
  ['undefined-abbreviation', 'error', 5, 8, 'ЛК'],
  ['undefined-abbreviation', 'error', 5, 29, 'SSO'],
  ['inconsistent-term', 'error', 7, 23, 'тех. задании']
]

/** With the project's glossary and configuration: «ЛК» is known, «тех. задании» still avoided (extends), vague wording an error. */
const projectRows: Row[] = [
  ['ambiguous-wording', 'error', 3, 25, 'быстро'],
  ['undefined-abbreviation', 'error', 5, 29, 'SSO'],
  ['inconsistent-term', 'error', 7, 23, 'тех. задании']
]

let work = ''
let project = ''
const tarballs = new Map<string, string>()

/** Runs a command; its output, or an error carrying everything it printed. */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): {code: number; stdout: string; stderr: string} {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env}, maxBuffer: 64 * 1024 * 1024})
  if (result.error) throw result.error
  return {code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr}
}

function succeed(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const result = run(command, args, cwd, env)
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.code}:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

function rowsOfReqlint(stdout: string): Row[] {
  const report = JSON.parse(stdout) as Array<{messages: Array<{ruleId: string; severity: string; line: number; column: number; actual: string}>}>
  return report.flatMap((file) => file.messages.map((m): Row => [m.ruleId, m.severity, m.line, m.column, m.actual]))
}

interface VFileMessageJson {
  ruleId: string
  source: string
  fatal: boolean | null
  line: number
  column: number
  actual: string
}

function rowsOfVFile(messages: readonly VFileMessageJson[]): Row[] {
  return messages
    .filter((m) => m.source === 'reqlint')
    .map((m): Row => [m.ruleId, m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info', m.line, m.column, m.actual])
}

beforeAll(() => {
  // Outside the workspace: nothing above the project may hold a node_modules or a pnpm-workspace.yaml.
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'reqlint-install-')))
  const packed = path.join(work, 'tarballs')
  fs.mkdirSync(packed)
  for (const {dir, name} of packages) {
    // pnpm pack prints the tarball's path as its last line.
    const output = succeed('npx', ['--yes', 'pnpm@10', 'pack', '--pack-destination', packed], path.join(root, dir)).trim().split('\n')
    tarballs.set(name, path.resolve(path.join(root, dir), output.at(-1)!.trim()))
  }

  project = path.join(work, 'project')
  fs.mkdirSync(project)
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'spec-repository', private: true, type: 'module'}, null, 2))
  // Plain npm with its own cache, so the run depends on nothing this machine cached before.
  succeed(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--cache',
      path.join(work, 'npm-cache'),
      ...packages.map(({name}) => tarballs.get(name)!),
      'unified@11',
      'remark-parse@11',
      'remark-cli@12',
      'vfile@6',
      'vfile-reporter-json@4'
    ],
    project,
    {npm_config_update_notifier: 'false'}
  )
  fs.writeFileSync(path.join(project, 'tz.md'), document)
}, 900_000)

// A project with node_modules and an npm cache: removing it takes a while on a busy machine.
afterAll(() => {
  if (work !== '') fs.rmSync(work, {recursive: true, force: true})
}, 300_000)

describe('the packed tarballs', () => {
  const contents = (name: string): string[] =>
    execFileSync('tar', ['-tzf', tarballs.get(name)!], {encoding: 'utf8'})
      .trim()
      .split('\n')
      .map((entry) => entry.replace(/^package\//u, ''))

  const manifest = (name: string): {dependencies?: Record<string, string>; devDependencies?: Record<string, string>} =>
    JSON.parse(execFileSync('tar', ['-xzOf', tarballs.get(name)!, 'package/package.json'], {encoding: 'utf8'})) as never

  it.each(packages.map(({name}) => name))('%s has README, LICENSE, built code and types, and no tests, sources or source maps', (name) => {
    const files = contents(name)
    for (const file of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']) expect(files).toContain(file)
    expect(files.filter((file) => /(^|\/)(test|tests|fixtures|src)\/|\.map$|\.test\.|tsbuildinfo/u.test(file))).toEqual([])
    // workspace:* became the version of the package in the workspace.
    const dependencies = Object.values(manifest(name).dependencies ?? {})
    expect(dependencies.filter((range) => range.startsWith('workspace:'))).toEqual([])
  })

  it('@reqlint/core carries its data and the built-in glossary as files', () => {
    const files = contents('@reqlint/core')
    expect(files).toContain('glossary/crm.ru.yaml')
    expect(files).toContain('data/ambiguous.ru.yaml')
    expect(fs.readFileSync(path.join(project, 'node_modules/@reqlint/core/glossary/crm.ru.yaml'), 'utf8')).toBe(fs.readFileSync(path.join(root, 'glossary/crm.ru.yaml'), 'utf8'))
  })

  it('the CLI carries its bundle, the worker thread’s entry and the bundled packages’ licences', () => {
    const files = contents('reqlint')
    for (const file of ['dist/bundle/main.js', 'dist/bundle/worker.js', 'dist/bundle/LICENSES.txt']) expect(files).toContain(file)
    // Which module each chunk holds is for the start-up test, not for users.
    expect(files).not.toContain('dist/bundle/meta.json')
  })

  it('the CLI depends on @reqlint/core at the version packed beside it', () => {
    expect(manifest('reqlint').dependencies?.['@reqlint/core']).toBe(JSON.parse(fs.readFileSync(path.join(root, 'packages/core/package.json'), 'utf8')).version)
  })
})

describe('installed with npm outside the workspace', () => {
  it('npx reqlint runs the installed command', () => {
    const version = JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version as string
    expect(succeed('npx', ['--no-install', 'reqlint', '--version'], project).trim()).toBe(version)
  })

  it('lints a Russian document with the built-in glossary', () => {
    const result = run('npx', ['--no-install', 'reqlint', '--format', 'json', 'tz.md'], project)
    expect(result.code).toBe(1)
    expect(rowsOfReqlint(result.stdout)).toEqual(builtinRows)
  })

  it('lints in worker threads, whose entry the installed bundle finds, and links each message to the installed rule page', () => {
    const dir = path.join(project, 'threads')
    fs.mkdirSync(dir, {recursive: true})
    for (const name of ['a.md', 'b.md']) fs.writeFileSync(path.join(dir, name), document)
    const result = run(path.join(project, 'node_modules/.bin/reqlint'), ['--format', 'json', '--workers', '2', '--no-gitignore', '.'], dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const reports = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{url: string}>}>
    expect(reports.map((report) => report.path)).toEqual(['a.md', 'b.md'])
    for (const report of reports) expect(rowsOfReqlint(JSON.stringify([report]))).toEqual(builtinRows)
    const pages = new Set(reports.flatMap((report) => report.messages.map((message) => fileURLToPath(message.url))))
    for (const page of pages) {
      expect(page.startsWith(path.join(fs.realpathSync(project), 'node_modules/@reqlint/core/docs/rules/')), page).toBe(true)
      expect(fs.existsSync(page), page).toBe(true)
    }
  })

  it('lints with a project configuration and a glossary that extends the built-in one', () => {
    const dir = path.join(project, 'configured')
    fs.mkdirSync(dir, {recursive: true})
    fs.writeFileSync(path.join(dir, 'tz.md'), document)
    fs.writeFileSync(path.join(dir, 'glossary.yaml'), projectGlossary)
    fs.writeFileSync(path.join(dir, '.reqlintrc.yaml'), 'glossary: glossary.yaml\nrules:\n  ambiguous-wording: error\n')
    const result = run(path.join(project, 'node_modules/.bin/reqlint'), ['--format', 'json'], dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(rowsOfReqlint(result.stdout)).toEqual(projectRows)
  })

  it('remark-reqlint runs through unified', () => {
    fs.writeFileSync(path.join(project, 'glossary.yaml'), projectGlossary)
    fs.writeFileSync(
      path.join(project, 'lint.js'),
      [
        "import fs from 'node:fs'",
        "import {unified} from 'unified'",
        "import remarkParse from 'remark-parse'",
        "import remarkReqlint from 'remark-reqlint'",
        "import {VFile} from 'vfile'",
        '',
        "const file = new VFile({path: 'tz.md', value: fs.readFileSync('tz.md', 'utf8')})",
        "const processor = unified().use(remarkParse).use(remarkReqlint, {glossary: 'glossary.yaml'})",
        'await processor.run(processor.parse(file), file)',
        'console.log(JSON.stringify(file.messages))',
        ''
      ].join('\n')
    )
    const messages = JSON.parse(succeed('node', ['lint.js'], project)) as VFileMessageJson[]
    expect(rowsOfVFile(messages)).toEqual(projectRows.map(([rule, , ...rest]): Row => [rule, rule === 'ambiguous-wording' ? 'warning' : 'error', ...rest]))
  })

  it('remark-reqlint runs through remark-cli with a .remarkrc.json', () => {
    const dir = path.join(project, 'remark')
    fs.mkdirSync(dir, {recursive: true})
    fs.writeFileSync(path.join(dir, 'tz.md'), document)
    fs.writeFileSync(path.join(dir, '.remarkrc.json'), JSON.stringify({plugins: [['remark-reqlint', {rules: {'ambiguous-wording': 'error'}}]]}))
    const result = run(path.join(project, 'node_modules/.bin/remark'), ['tz.md', '--frail', '--report', 'json', '--no-stdout', '--no-color'], dir)
    const report = JSON.parse(result.stderr) as Array<{path: string; messages: VFileMessageJson[]}>
    expect(report.map((file) => file.path)).toEqual(['tz.md'])
    expect(rowsOfVFile(report[0]!.messages)).toEqual(builtinRows.map(([rule, severity, ...rest]): Row => [rule, rule === 'ambiguous-wording' ? 'error' : severity, ...rest]))
    expect(result.code).toBe(1)
  })
})

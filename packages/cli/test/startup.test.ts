/**
 * What a run loads: the CLI imports each command, formatter, the cache, the
 * worker pool, the fix writer and their packages only when a run needs them,
 * so that `--version` does not pay for the parser and a plain lint does not
 * pay for `diff`. Checked on the real binary with a module loader hook that
 * records every file loaded. The binary runs the bundle of dist/bundle/
 * (scripts/bundle-cli.js), whose every lazy import is a chunk of its own; the
 * bundle's meta.json says which modules each chunk holds, so the checks below
 * name modules as before. Also: `.mdx` documents are parsed as MDX, and the
 * version has one source.
 */
import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {baseEnv, bin, root, runBinary, runInProcess, tempDir} from './helpers.js'

const bundle = path.join(root, 'packages/cli/dist/bundle')
/** The modules each file of the bundle holds, paths from the repository's root. */
const chunks = JSON.parse(fs.readFileSync(path.join(bundle, 'meta.json'), 'utf8')) as Record<string, string[]>

/** A path with node_modules shortened to the package and the repository's own from `packages/`. */
const short = (file: string): string => file.replace(/^.*\/node_modules\/(?!\.pnpm\/)/u, 'node_modules/').replace(/^.*\/packages\//u, 'packages/')

/**
 * What the real binary loads for `args`: the files (URLs shortened) and the modules, which are the
 * files with each of the bundle's chunks replaced by the modules it holds.
 */
function loadedModules(args: readonly string[], cwd: string): {code: number; stdout: string; files: string[]; modules: string[]} {
  const dir = tempDir({
    'hooks.mjs': [
      "import fs from 'node:fs'",
      'export async function load(url, context, next) {',
      '  if (url.startsWith("file:")) fs.appendFileSync(process.env.REQLINT_TEST_MODULES, url + "\\n")',
      '  return next(url, context)',
      '}',
      ''
    ].join('\n'),
    'register.mjs': "import {register} from 'node:module'\nregister(new URL('./hooks.mjs', import.meta.url))\n"
  })
  const log = path.join(dir, 'modules.txt')
  fs.writeFileSync(log, '')
  const env = Object.fromEntries(Object.entries({...process.env, ...baseEnv, REQLINT_TEST_MODULES: log}).filter(([, value]) => value !== undefined)) as NodeJS.ProcessEnv
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(dir, 'register.mjs')).href, bin, ...args], {cwd, env, encoding: 'utf8', input: ''})
  const urls = fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url !== '')
  const modules = urls.flatMap((url) => {
    const file = fileURLToPath(url)
    return path.dirname(file) === bundle ? chunks[path.basename(file)]!.map(short) : [short(file)]
  })
  return {code: result.status ?? -1, stdout: result.stdout, files: urls.map(short), modules}
}

/** Whether any loaded module is the package `name` (or, for a path with `/`, that file of the CLI). */
function loads(modules: readonly string[], name: string): boolean {
  return name.includes('/') ? modules.some((module) => module.startsWith(name)) : modules.some((module) => module.startsWith(`node_modules/${name}/`))
}

const document = '# Требования\n\nСистема хранит карточки клиентов.\n'

describe('what a run loads', () => {
  it('--version loads neither @reqlint/core nor any command, in either locale', () => {
    // The help's texts are loaded with the command line; the locale, and so core, only when help is printed.
    for (const args of [['--version'], ['--locale', 'ru', '--version']]) {
      const {code, stdout, modules} = loadedModules(args, root)
      expect(code).toBe(0)
      expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/u)
      expect(loads(modules, 'packages/cli/dist/main.js')).toBe(true)
      for (const heavy of ['packages/core/', 'packages/cli/dist/run.js', 'packages/cli/dist/texts.js', 'yaml', 'remark-parse', 'string-width', 'diff']) {
        expect(loads(modules, heavy), `${args.join(' ')}: ${heavy}`).toBe(false)
      }
    }
  })

  it('linting a named file loads one formatter and nothing for fixes, caching, workers, globs, ignores, YAML or other commands', () => {
    const dir = tempDir({'spec.md': document})
    const {code, stdout, files, modules} = loadedModules(['--format', 'json', 'spec.md'], dir)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([{path: 'spec.md', messages: []}])
    expect(loads(modules, 'packages/core/')).toBe(true)
    expect(loads(modules, 'packages/cli/dist/formatters/json.js')).toBe(true)
    // All of it from the bundle, a few dozen files, not the ~300 modules core, the parsers and commander are published as.
    expect(files[0]).toBe('packages/cli/bin/reqlint.js')
    for (const file of files.slice(1)) expect(file).toMatch(/^packages\/cli\/dist\/bundle\/[\w-]+\.js$/u)
    expect(files.length).toBeLessThan(40)
    for (const bundled of ['micromark', 'mdast-util-from-markdown', 'parse-latin', 'commander']) expect(loads(modules, bundled), bundled).toBe(true)
    // Only what parsing needs: the GFM mdast utilities would pull in mdast-util-to-markdown (50 modules).
    expect(loads(modules, 'mdast-util-to-markdown')).toBe(false)
    for (const lazy of [
      'diff',
      'string-width',
      // No configuration file and the built-in glossary (read at build time): nothing to read as YAML.
      'yaml',
      'packages/core/dist/index.js',
      'packages/core/dist/glossary/parse.js',
      'tinyglobby',
      'ignore',
      'picomatch',
      'remark-mdx',
      'acorn',
      'packages/core/dist/mdx.js',
      'packages/cli/dist/fix.js',
      'packages/cli/dist/cache.js',
      'packages/cli/dist/workers.js',
      'packages/cli/dist/init.js',
      'packages/cli/dist/glossary-commands.js',
      'packages/cli/dist/formatters/stylish.js',
      'packages/cli/dist/formatters/sarif.js',
      'packages/cli/dist/formatters/github.js',
      'packages/cli/dist/formatters/junit.js'
    ]) {
      expect(loads(modules, lazy), lazy).toBe(false)
    }
  })

  it('reads a package.json without a reqlint key on the way up without loading YAML or the glossary reader', () => {
    // Every run inside a repository passes a package.json; reading it must cost no more than the read.
    const dir = tempDir({'package.json': '{"name": "specs", "private": true}\n', 'spec.md': document})
    const {code, stdout, modules} = loadedModules(['--format', 'json', 'spec.md'], dir)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([{path: 'spec.md', messages: []}])
    expect(loads(modules, 'packages/core/dist/data-file.js')).toBe(true)
    for (const lazy of ['yaml', 'packages/core/dist/node.js', 'packages/core/dist/index.js']) expect(loads(modules, lazy), lazy).toBe(false)
  })

  it('loads what a run asks for: diff for --fix-dry-run, the cache, stylish, ignores for a directory', () => {
    // «CRМ» with a Cyrillic «М»: mixed-script has a fix for it.
    const dir = tempDir({'docs/spec.md': '# Требования\n\nКлиент CRМ.\n'})
    const dryRun = loadedModules(['--fix-dry-run', '--cache', '--cache-location', path.join(dir, 'cache'), 'docs'], dir)
    for (const needed of ['diff', 'ignore', 'string-width', 'packages/cli/dist/fix.js', 'packages/cli/dist/cache.js', 'packages/cli/dist/formatters/stylish.js']) {
      expect(loads(dryRun.modules, needed), needed).toBe(true)
    }
    expect(dryRun.stdout).toContain('+++ b/docs/spec.md')
  })

  it('loads the YAML parser for a glossary file, in the main thread and in workers, and lints with it', () => {
    const files: Record<string, string> = {'terms.yaml': 'terms:\n  - term: лид\n    avoid: [потенциальный клиент]\n'}
    for (let index = 0; index < 3; index++) files[`docs/spec-${index}.md`] = '# Требования\n\nПотенциальный клиент становится сделкой.\n'
    const dir = tempDir(files)
    for (const workers of ['1', '2']) {
      const run = loadedModules(['--format', 'json', '--workers', workers, '-g', 'terms.yaml', 'docs'], dir)
      expect(run.code, `--workers ${workers}`).toBe(1)
      expect(loads(run.modules, 'yaml'), `--workers ${workers}`).toBe(true)
      // The threads run the bundle's worker entry, found beside the chunk of the pool.
      expect(run.files.includes('packages/cli/dist/bundle/worker.js'), `--workers ${workers}`).toBe(workers === '2')
      const reports = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; actual: string}>}>
      expect(reports.map((report) => report.messages.map((message) => `${message.ruleId} ${message.actual}`))).toEqual([
        ['inconsistent-term Потенциальный клиент'],
        ['inconsistent-term Потенциальный клиент'],
        ['inconsistent-term Потенциальный клиент']
      ])
    }
  })
})

describe('help names every rule though @reqlint/core is loaded only to print it', () => {
  it('in --help and -h, without the placeholder', async () => {
    const {rules} = await import('@reqlint/core')
    for (const args of [['--help'], ['-h'], ['--format', 'json', '--help']]) {
      const result = await runInProcess(args)
      expect(result.code, args.join(' ')).toBe(0)
      expect(result.stdout).toContain('Rules: ')
      for (const rule of rules) expect(result.stdout).toContain(rule.id)
      expect(result.stdout).not.toContain('\u0000')
    }
    const russian = await runInProcess(['--locale', 'ru', '--help'])
    expect(russian.stdout).toContain(`\nПравила: ${rules[0]!.id}, `)
    for (const rule of rules) expect(russian.stdout).toContain(rule.id)
    expect(russian.stdout).not.toContain('\u0000')
  })

  it('keeps the order of what commander prints on both streams', async () => {
    const result = await runInProcess(['--no-such-option'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^error: unknown option '--no-such-option'\n\(run with --help for usage\)\n$/u)
  })
})

describe('.mdx documents', () => {
  // In MDX the import, the export and the expression are code, not prose: «КЛМН» there is no abbreviation.
  const mdx = [
    "import {Note} from './note.js'",
    '',
    "export const meta = {title: 'Требования КЛМН'}",
    '',
    '# Требования',
    '',
    'Система хранит карточки клиентов {props.КЛМН}.',
    '',
    '<Note title="ЗХЦ">Система формирует отчёты.</Note>',
    ''
  ].join('\n')

  interface Report {
    path: string
    messages: Array<{ruleId: string; actual: string}>
  }
  const abbreviations = (report: Report[], name: string): string[] =>
    report.find((entry) => entry.path === name)!.messages.filter((message) => message.ruleId === 'undefined-abbreviation').map((message) => message.actual)

  it('are parsed as MDX (with mdx: true), by extension in any case, while the same text in .md is Markdown', async () => {
    const dir = tempDir({'doc.mdx': mdx, 'upper.MDX': mdx, 'doc.md': mdx})
    const result = await runInProcess(['--format', 'json', 'doc.mdx', 'upper.MDX', 'doc.md'], {cwd: dir})
    const report = JSON.parse(result.stdout) as Report[]
    expect(abbreviations(report, 'doc.md')).toEqual(['КЛМН'])
    expect(abbreviations(report, 'doc.mdx')).toEqual([])
    expect(abbreviations(report, 'upper.MDX')).toEqual([])
    expect(result.code).toBe(1)
  })

  it('are found in directories, named on standard input, and parsed as MDX by workers too', async () => {
    const dir = tempDir({'docs/a.mdx': mdx, 'docs/b.mdx': mdx, 'docs/c.md': document})
    const walked = JSON.parse((await runInProcess(['--format', 'json', '--no-gitignore', 'docs'], {cwd: dir})).stdout) as Report[]
    expect(walked.map((entry) => entry.path)).toEqual(['docs/a.mdx', 'docs/b.mdx', 'docs/c.md'])
    expect(walked.flatMap((entry) => entry.messages)).toEqual([])

    const piped = JSON.parse((await runInProcess(['--format', 'json', '--stdin-filename', 'page.mdx', '-'], {stdin: mdx})).stdout) as Report[]
    expect(abbreviations(piped, 'page.mdx')).toEqual([])

    const workers = runBinary(['--format', 'json', '--no-gitignore', '--workers', '2', 'docs'], {cwd: dir})
    expect(workers.code).toBe(0)
    expect(JSON.parse(workers.stdout)).toEqual(walked)
  })
})

describe('the version', () => {
  it('is package.json’s, in --version and in SARIF', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')) as {version: string}
    expect(runBinary(['--version'])).toEqual({code: 0, stdout: `${manifest.version}\n`, stderr: ''})
    const sarif = JSON.parse(runBinary(['--format', 'sarif', 'fixtures/example-tz.md']).stdout) as {runs: Array<{tool: {driver: {version: string}}}>}
    expect(sarif.runs[0]!.tool.driver.version).toBe(manifest.version)
  })

  it('is written nowhere in the CLI’s sources but package.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')) as {version: string}
    const sources = fs.readdirSync(path.join(root, 'packages/cli/src'), {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.ts'))
    expect(sources.length).toBeGreaterThan(10)
    for (const file of sources) {
      expect(fs.readFileSync(path.join(root, 'packages/cli/src', file), 'utf8'), file).not.toContain(`'${manifest.version}'`)
    }
  })
})

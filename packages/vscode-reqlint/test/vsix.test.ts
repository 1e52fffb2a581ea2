/**
 * The VS Code extension as VS Code would receive it: bundled, packed by
 * `vsce package --no-dependencies`, and read back from the .vsix — its files,
 * its manifest and activation events, a client that loads, and a bundled
 * server that lints a Russian ТЗ on its own, with no node_modules beside it.
 * (VS Code itself cannot be downloaded here; see the package's README.)
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import yauzl from 'yauzl'
import {LspSession} from '../../language-server/test/lsp-session.js'

const extensionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const vsce = path.join(extensionDir, 'node_modules/@vscode/vsce/vsce')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reqlint-vsix-'))
const vsix = path.join(work, 'reqlint.vsix')
let files: Map<string, Buffer>

/** Every file of a zip archive by its path. */
function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, {lazyEntries: true}, (error, zip) => {
      if (error) return reject(error)
      const entries = new Map<string, Buffer>()
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks))
            zip.readEntry()
          })
        })
      })
      zip.on('end', () => resolve(entries))
      zip.on('error', reject)
      zip.readEntry()
    })
  })
}

beforeAll(async () => {
  const bundle = spawnSync(process.execPath, ['scripts/bundle.mjs'], {cwd: extensionDir, encoding: 'utf8'})
  expect(bundle.status, bundle.stderr).toBe(0)
  const pack = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--out', vsix], {cwd: extensionDir, encoding: 'utf8', timeout: 120_000})
  expect(pack.status, pack.stdout + pack.stderr).toBe(0)
  files = await unzip(vsix)
}, 180_000)

afterAll(() => fs.rmSync(work, {recursive: true, force: true}))

describe('vscode-reqlint .vsix', () => {
  it('holds the manifest, the bundled client and server, their licences, the rules\' pages and the README, and nothing else', () => {
    const core = path.dirname(createRequire(path.join(extensionDir, 'node_modules/@reqlint/language-server/package.json')).resolve('@reqlint/core/package.json'))
    const pages = fs.readdirSync(path.join(core, 'docs/rules')).filter((name) => name.endsWith('.md'))
    expect(pages).toContain('ambiguous-wording.md')
    expect([...files.keys()].sort()).toEqual(
      [
        '[Content_Types].xml',
        'extension.vsixmanifest',
        ...pages.map((page) => `extension/dist/docs/rules/${page}`),
        'extension/dist/extension.js',
        'extension/dist/LICENSES.txt',
        'extension/dist/server.mjs',
        'extension/package.json',
        'extension/readme.md'
      ].sort()
    )
  })

  it('activates on Markdown, MDX and a reqlint configuration, with an engine vscode-languageclient supports', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8')) as Record<string, unknown> & {
      engines: {vscode: string}
      contributes: {configuration: {properties: Record<string, {default: unknown}>}}
    }
    expect(manifest.name).toBe('vscode-reqlint')
    expect(manifest.publisher).toBe('reqlint')
    expect(manifest.main).toBe('./dist/extension.js')
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:mdx', 'workspaceContains:**/.reqlintrc.{json,yaml,yml}'])
    const client = JSON.parse(fs.readFileSync(path.join(extensionDir, 'node_modules/vscode-languageclient/package.json'), 'utf8')) as {engines: {vscode: string}}
    expect(manifest.engines.vscode).toBe(client.engines.vscode)
    expect(Object.entries(manifest.contributes.configuration.properties).map(([key, value]) => [key, value.default])).toEqual([
      ['reqlint.enable', true],
      ['reqlint.debounce', 50],
      ['reqlint.locale', ''],
      ['reqlint.serverPath', ''],
      ['reqlint.trace.server', 'off']
    ])
    // The manifest VS Code's gallery reads says the same.
    const vsixManifest = files.get('extension.vsixmanifest')!.toString('utf8')
    expect(vsixManifest).toContain('<Identity Language="en-US" Id="vscode-reqlint" Version="0.1.0" Publisher="reqlint"')
  })

  it('has a client that loads with only `vscode` from outside and exports activate and deactivate', () => {
    const folder = path.join(work, 'client')
    fs.mkdirSync(path.join(folder, 'node_modules/vscode'), {recursive: true})
    fs.writeFileSync(path.join(folder, 'extension.js'), files.get('extension/dist/extension.js')!)
    // A stand-in for the API VS Code provides, made from its declarations (@types/vscode): each class a
    // class, each enum and namespace an object. Enough to load the bundle, which extends some classes.
    const api = fs.readFileSync(path.join(extensionDir, 'node_modules/@types/vscode/index.d.ts'), 'utf8')
    const names = (kind: string): string[] => [...new Set([...api.matchAll(new RegExp(`^\\s*export (?:declare )?${kind} (\\w+)`, 'gmu'))].map((match) => match[1]!))]
    const stub = [
      ...names('class').map((name) => `exports.${name} = class ${name} {}`),
      ...[...names('enum'), ...names('namespace')].map((name) => `exports.${name} ??= {}`)
    ]
    expect(stub.length).toBeGreaterThan(100)
    fs.writeFileSync(path.join(folder, 'node_modules/vscode/index.js'), stub.join('\n') + '\n')
    const loaded = createRequire(path.join(folder, 'index.js'))('./extension.js') as Record<string, unknown>
    expect(typeof loaded.activate).toBe('function')
    expect(typeof loaded.deactivate).toBe('function')
    expect(loaded.documentSelector).toEqual([
      {scheme: 'file', language: 'markdown'},
      {scheme: 'untitled', language: 'markdown'},
      {scheme: 'file', language: 'mdx'},
      {scheme: 'file', pattern: '**/*.mdx'}
    ])
  })

  it('bundles a server that lints a Russian ТЗ with no node_modules beside it', async () => {
    const folder = path.join(work, 'server')
    fs.mkdirSync(folder)
    const server = path.join(folder, 'server.mjs')
    fs.writeFileSync(server, files.get('extension/dist/server.mjs')!)
    // The rules' pages as the .vsix lays them out beside the server, for the diagnostics' links.
    fs.mkdirSync(path.join(folder, 'docs/rules'), {recursive: true})
    for (const [name, bytes] of files) {
      if (name.startsWith('extension/dist/docs/rules/')) fs.writeFileSync(path.join(folder, 'docs/rules', path.basename(name)), bytes)
    }
    const project = path.join(work, 'project')
    fs.mkdirSync(project)
    fs.writeFileSync(path.join(project, '.reqlintrc.yaml'), 'glossary: glossary.yaml\n')
    fs.writeFileSync(path.join(project, 'glossary.yaml'), 'language: ru\nterms:\n  - term: коробочная версия\n    synonyms: [коробка]\n')
    const session = await LspSession.start({folders: [project], bin: server})
    try {
      const text = '# ТЗ\n\nСистема поставляется как коробочная версия.\n\nКоробка должна быстро формировать ПМИ.\n'
      const {diagnostics} = await session.open(pathToFileURL(path.join(project, 'tz.md')).href, text)
      expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.range.start.character])).toEqual([
        ['inconsistent-term', 4, 0],
        ['ambiguous-wording', 4, 15],
        ['undefined-abbreviation', 4, 34]
      ])
      // Each links to its rule's page shipped in the .vsix, not to a place only a checkout has.
      for (const diagnostic of diagnostics) {
        const href = diagnostic.codeDescription?.href ?? ''
        expect(href).toBe(pathToFileURL(path.join(folder, 'docs/rules', `${String(diagnostic.code)}.md`)).href)
        expect(fs.existsSync(fileURLToPath(href))).toBe(true)
      }
    } finally {
      await session.stop()
    }
  })
})

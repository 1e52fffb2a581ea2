/**
 * The pre-commit hook (.pre-commit-hooks.yaml) with the real `pre-commit` tool
 * (the Debian package; these tests are skipped when it is not installed):
 * `pre-commit try-repo` on a temporary git repository, and a project's
 * `.pre-commit-config.yaml` naming this repository, as a user writes it. Only
 * the staged Markdown files are linted, from the project's root with its
 * configuration. Each clone of the hook builds reqlint once (pnpm, from the npm
 * registry), hence the long timeout.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {git} from './git-repository.js'
import {baseEnv, root, tempDir, writeFiles} from './helpers.js'

const hasPreCommit = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'}).status === 0

/** pre-commit's homes hold a clone with node_modules: removed here, with time to do it. */
const homes: string[] = []
afterAll(() => {
  for (const home of homes.splice(0)) fs.rmSync(home, {recursive: true, force: true})
}, 300_000)

function preCommitHome(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'reqlint-pre-commit-'))
  homes.push(home)
  return home
}

/** A project on `main`: a clean and a faulty document committed, a faulty one staged, another left untracked. */
function project(): string {
  const dir = tempDir({
    'docs/clean.md': '# Требования\n\nСистема хранит карточки клиентов.\n',
    'docs/committed.md': '# Старое\n\nВход через SSO.\n',
    'notes.txt': 'SSO\n'
  })
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'base')
  writeFiles(dir, {'docs/staged.md': '# Новое\n\nВход через SSO.\n', 'docs/untracked.md': '# Не добавлен\n\nВход через ЕСИА.\n', 'notes.txt': 'SSO и ЕСИА\n'})
  git(dir, 'add', 'docs/staged.md', 'notes.txt')
  return dir
}

function preCommit(dir: string, args: readonly string[], home: string): {status: number | null; output: string} {
  const env = Object.fromEntries(Object.entries({...process.env, ...baseEnv, PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never'}).filter(([, value]) => value !== undefined)) as NodeJS.ProcessEnv
  const result = spawnSync('pre-commit', args, {cwd: dir, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024})
  return {status: result.status, output: result.stdout + result.stderr}
}

describe.skipIf(!hasPreCommit)('the pre-commit hook', {timeout: 900_000}, () => {
  it('lints only the staged Markdown files through pre-commit try-repo', () => {
    const dir = project()
    const {status, output} = preCommit(dir, ['try-repo', root, 'reqlint'], preCommitHome())
    expect(output).toMatch(/^reqlint\.+Failed$/mu)
    expect(output).toContain('docs/staged.md\n  3:12  ошибка  Аббревиатура «SSO» не определена')
    expect(output).toContain('reqlint: 1 файл, 1 ошибка, 0 предупреждений')
    expect(output).not.toContain('committed.md')
    expect(output).not.toContain('untracked.md')
    expect(status).toBe(1)
  })

  it('works from a .pre-commit-config.yaml naming the repository, with the project configuration', () => {
    const dir = project()
    const rev = git(root, 'rev-parse', 'HEAD').trim()
    writeFiles(dir, {
      '.pre-commit-config.yaml': `repos:\n  - repo: ${JSON.stringify(root)}\n    rev: ${rev}\n    hooks:\n      - id: reqlint\n`,
      '.reqlintrc.yaml': 'glossary: glossary.yaml\n',
      'glossary.yaml': 'language: ru\nterms:\n  - term: технология единого входа\n    abbreviation: SSO\n'
    })
    git(dir, 'add', '.pre-commit-config.yaml')
    const home = preCommitHome()
    const first = preCommit(dir, ['run'], home)
    // The project's glossary defines SSO: the staged document passes.
    expect(first.output).toMatch(/^reqlint\.+Passed$/mu)
    expect(first.status).toBe(0)
    // A staged document with an error fails the commit; the clone built on the first run is reused.
    writeFiles(dir, {'docs/second.md': '# Ещё\n\nОбмен через ЭДО.\n'})
    git(dir, 'add', 'docs/second.md')
    const second = preCommit(dir, ['run'], home)
    expect(second.output).toContain('docs/second.md\n  3:13  ошибка  Аббревиатура «ЭДО» не определена')
    expect(second.output).toContain('reqlint: 2 файла, 1 ошибка')
    expect(second.output).not.toContain('building the hook')
    expect(second.status).toBe(1)
    expect(fs.existsSync(path.join(dir, 'docs/untracked.md'))).toBe(true)
  })
})

/**
 * `--changed-since`, `--shard` and `merge-reports`, through the real binary on
 * temporary git repositories with committed, changed, renamed, deleted and
 * untracked files, with the variables CI systems set.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {featureBranch, git} from './git-repository.js'
import {runBinary, tempDir, writeFiles, type Files} from './helpers.js'
import {sarifSchemaErrors} from './sarif-schema.js'

const vague = (title: string) => `# ${title}\n\nСистема должна работать быстро.\n`


/** A repository on branch `feature`, forked from `main`, with every kind of change; `main` moved on after the fork. */
function repository(): string {
  const dir = featureBranch({
    'a.md': vague('A'),
    'b.md': vague('B'),
    'old-name.md': vague('Переименованный документ с длинным текстом, чтобы git узнал переименование'),
    'gone.md': vague('Удалённый'),
    'docs/c.md': vague('C'),
    'notes.txt': 'не Markdown\n',
    '.gitignore': 'ignored.md\n'
  })
  fs.appendFileSync(path.join(dir, 'b.md'), '\nИзменение.\n')
  git(dir, 'mv', 'old-name.md', 'renamed.md')
  git(dir, 'rm', '-q', 'gone.md')
  writeFiles(dir, {'docs/new.md': vague('Новый'), 'notes.txt': 'изменён\n'})
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'feature')
  // Not committed: an edit, an untracked file and an ignored one.
  writeFiles(dir, {'docs/c.md': vague('C изменён'), 'untracked.md': vague('Неотслеживаемый'), 'ignored.md': vague('Игнорируемый')})
  // main moves on: a.md changes there, which the feature branch did not touch.
  git(dir, 'stash', '-q', '-u')
  git(dir, 'checkout', '-q', 'main')
  fs.appendFileSync(path.join(dir, 'a.md'), '\nНа main.\n')
  git(dir, 'commit', '-qam', 'main moves on')
  git(dir, 'checkout', '-q', 'feature')
  git(dir, 'stash', 'pop', '-q')
  return dir
}

const linted = (stdout: string): string[] => (JSON.parse(stdout) as Array<{path: string}>).map((file) => file.path)

describe('--changed-since', {timeout: 120_000}, () => {
  it('lints the files changed since the merge base: edited, added, renamed, uncommitted, untracked; not deleted, ignored or changed only on the base', () => {
    const dir = repository()
    const result = runBinary(['--changed-since', 'main', '--format', 'json', '.'], {cwd: dir})
    expect(result.stderr).toBe('')
    expect(linted(result.stdout)).toEqual(['b.md', 'docs/c.md', 'docs/new.md', 'renamed.md', 'untracked.md'])
    expect(result.code).toBe(0)
  })

  it('works from a subdirectory and within the paths given', () => {
    const dir = repository()
    const fromDocs = runBinary(['--changed-since', 'main', '--format', 'json', '.'], {cwd: path.join(dir, 'docs')})
    expect(linted(fromDocs.stdout)).toEqual(['c.md', 'new.md'])
    const onlyDocs = runBinary(['--changed-since', 'main', '--format', 'json', 'docs', 'a.md'], {cwd: dir})
    expect(linted(onlyDocs.stdout)).toEqual(['docs/c.md', 'docs/new.md'])
  })

  it('takes the base commit GitLab gives a merge request pipeline, and reports through GitHub annotations', () => {
    const dir = repository()
    const base = git(dir, 'merge-base', 'main', 'HEAD').trim()
    // What a job script writes: reqlint --changed-since "$CI_MERGE_REQUEST_DIFF_BASE_SHA".
    const gitlab = runBinary(['--changed-since', base, '--format', 'gitlab', '.'], {cwd: dir, env: {GITLAB_CI: 'true', CI: 'true', CI_MERGE_REQUEST_DIFF_BASE_SHA: base}})
    expect((JSON.parse(gitlab.stdout) as Array<{location: {path: string}}>).map((issue) => issue.location.path)).toEqual([
      'b.md',
      'docs/c.md',
      'docs/new.md',
      'renamed.md',
      'untracked.md'
    ])
    const github = runBinary(['--changed-since', 'main', '--format', 'github', '.'], {cwd: dir, env: {GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_BASE_REF: 'main'}})
    expect(github.stdout.trimEnd().split('\n').map((line) => /file=([^,]+)/u.exec(line)?.[1])).toEqual(['b.md', 'docs/c.md', 'docs/new.md', 'renamed.md', 'untracked.md'])
  })

  it('lints nothing, and passes, when nothing changed', () => {
    const dir = repository()
    const result = runBinary(['--changed-since', 'HEAD', '--format', 'json', 'docs/new.md'], {cwd: dir})
    expect(result.stdout.trim()).toBe('[]')
    expect(result.code).toBe(0)
  })

  it('refuses an unknown revision and a directory outside git, in one line, with exit 2', () => {
    const dir = repository()
    const unknown = runBinary(['--changed-since', 'no-such-branch', '.'], {cwd: dir})
    expect(unknown.stderr).toBe('reqlint: --changed-since: git knows no commit "no-such-branch" (in CI, fetch the branch: git fetch origin no-such-branch)\n')
    expect(unknown.code).toBe(2)
    const plain = tempDir({'a.md': vague('A')})
    const outside = runBinary(['--changed-since', 'main', 'a.md'], {cwd: plain, env: {GIT_CEILING_DIRECTORIES: path.dirname(plain)}})
    expect(outside.stderr).toBe(`reqlint: --changed-since needs a git repository, and ${plain} is not in one\n`)
    expect(outside.code).toBe(2)
  })
})

describe('--shard', {timeout: 120_000}, () => {
  const many = (count: number, prefix = 'doc'): Files => Object.fromEntries(Array.from({length: count}, (_, index) => [`docs/${prefix}-${index}.md`, vague(`Документ ${index}`)]))

  const shardFiles = (dir: string, shard: string): string[] => {
    const result = runBinary(['--shard', shard, '--format', 'json', 'docs'], {cwd: dir})
    expect(result.code).toBe(0)
    return linted(result.stdout)
  }

  it('splits the files into disjoint parts that together are all of them', () => {
    const dir = tempDir(many(30))
    const all = linted(runBinary(['--format', 'json', 'docs'], {cwd: dir}).stdout)
    const parts = ['1/3', '2/3', '3/3'].map((shard) => shardFiles(dir, shard))
    expect(parts.every((part) => part.length > 0)).toBe(true)
    expect(parts.flat().sort()).toEqual(all)
    expect(new Set(parts.flat()).size).toBe(all.length)
  })

  it('keeps every file in its part when files are added', () => {
    const dir = tempDir(many(30))
    const before = ['1/3', '2/3', '3/3'].map((shard) => shardFiles(dir, shard))
    writeFiles(dir, many(10, 'added'))
    const after = ['1/3', '2/3', '3/3'].map((shard) => shardFiles(dir, shard))
    before.forEach((part, index) => expect(after[index]!.filter((file) => !file.includes('added'))).toEqual(part))
  })

  it('refuses a shard that is not i/n with 1 ≤ i ≤ n', () => {
    for (const shard of ['0/2', '3/2', '1', 'a/b', '1/0']) {
      const result = runBinary(['--shard', shard, 'docs'], {cwd: tempDir()})
      expect(result.stderr, shard).toContain("option '--shard <i/n>' argument")
      expect(result.code, shard).toBe(2)
    }
  })
})

describe('merge-reports', {timeout: 120_000}, () => {
  const files: Files = {
    ...Object.fromEntries(Array.from({length: 12}, (_, index) => [`docs/part-${index}.md`, vague(`Документ ${index}`) + 'Вход через SSO.\n'])),
    'docs/тз.md': vague('ТЗ'),
    'docs/missing-dir/.keep': ''
  }

  for (const format of ['json', 'sarif', 'gitlab'] as const) {
    it(`merges ${format} shard reports into the report of one run`, () => {
      const dir = tempDir(files)
      const whole = runBinary(['--format', format, 'docs', 'no-such.md'], {cwd: dir})
      expect(whole.code).toBe(1)
      for (const shard of ['1/3', '2/3', '3/3']) {
        const result = runBinary(['--shard', shard, '--format', format, '-o', `reports/${shard.replace('/', '-of-')}.${format}`, 'docs', 'no-such.md'], {cwd: dir})
        expect(result.stderr).toBe('')
      }
      // Given in any order.
      const merged = runBinary(['merge-reports', `reports/3-of-3.${format}`, `reports/1-of-3.${format}`, `reports/2-of-3.${format}`], {cwd: dir})
      expect(merged.stderr).toBe('')
      expect(merged.code).toBe(0)
      expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole.stdout))
      if (format === 'sarif') expect(sarifSchemaErrors(JSON.parse(merged.stdout))).toEqual([])
    })
  }

  it('refuses reports of different formats, and a file that is no report', () => {
    const dir = tempDir({'a.md': vague('A'), 'other.json': '{"hello": 1}\n'})
    runBinary(['--format', 'sarif', '-o', 'a.sarif', 'a.md'], {cwd: dir})
    runBinary(['--format', 'gitlab', '-o', 'a.gitlab.json', 'a.md'], {cwd: dir})
    const mixed = runBinary(['merge-reports', 'a.sarif', 'a.gitlab.json'], {cwd: dir})
    expect(mixed.stderr).toBe('reqlint: merge-reports: the reports are of different formats (gitlab, sarif); merge one format at a time\n')
    expect(mixed.code).toBe(2)
    const other = runBinary(['merge-reports', 'a.sarif', 'other.json'], {cwd: dir})
    expect(other.stderr).toBe('reqlint: merge-reports: other.json: not a reqlint report in the json, sarif or gitlab format\n')
    expect(other.code).toBe(2)
  })
})

/**
 * `--cache`: a second run reads unchanged files from the cache and prints the
 * same report; any change of content, rules, glossary or reqlint's version
 * makes the files linted again; a broken cache is a cold one.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runInProcess, tempDir} from './helpers.js'

const files = {
  '.reqlintrc.yaml': 'glossary: glossary.yaml\n',
  'glossary.yaml': 'terms:\n  - term: коробочная версия\n    avoid: [коробка]\n',
  'docs/a.md': 'Вход через SSO.\n',
  'docs/b.md': 'Поставка как коробка. Система должна работать быстро.\n',
  'docs/c.md': '# Требования\n\nСистема хранит карточки клиентов.\n'
}

async function lint(dir: string, extra: string[] = []): Promise<{cached: number; stdout: string; code: number}> {
  const result = await runInProcess(['--cache', '--format', 'stylish', ...extra, 'docs'], {cwd: dir})
  const cached = /, (\d+) из кэша\)/u.exec(result.stderr)?.[1]
  return {cached: cached === undefined ? 0 : Number(cached), stdout: result.stdout, code: result.code}
}

describe('--cache', () => {
  it('skips unchanged files on the second run, with the same report and exit code', async () => {
    const dir = tempDir(files)
    const first = await lint(dir)
    expect(first.cached).toBe(0)
    expect(fs.existsSync(path.join(dir, '.reqlintcache'))).toBe(true)
    const second = await lint(dir)
    expect(second).toEqual({...first, cached: 3})
    // Written atomically: no temporary file is left next to it.
    expect(fs.readdirSync(dir).filter((name) => name.includes('reqlintcache'))).toEqual(['.reqlintcache'])
  })

  it('lints a file again when its content changes', async () => {
    const dir = tempDir(files)
    await lint(dir)
    fs.writeFileSync(path.join(dir, 'docs/a.md'), 'Вход через SSO и LDAP.\n')
    const after = await lint(dir)
    expect(after.cached).toBe(2)
    expect(after.stdout).toContain('LDAP')
  })

  it('lints everything again when the rules change', async () => {
    const dir = tempDir(files)
    await lint(dir)
    expect((await lint(dir, ['--rule', 'ambiguous-wording:off'])).cached).toBe(0)
    fs.appendFileSync(path.join(dir, '.reqlintrc.yaml'), 'rules:\n  undefined-abbreviation: warn\n')
    const changed = await lint(dir)
    expect(changed.cached).toBe(0)
    expect(changed.stdout).toMatch(/предупреждение +Аббревиатура «SSO» не определена/u)
  })

  it('lints everything again when the glossary content changes', async () => {
    const dir = tempDir(files)
    await lint(dir)
    fs.writeFileSync(path.join(dir, 'glossary.yaml'), 'terms:\n  - term: единый вход\n    abbreviation: SSO\n')
    const changed = await lint(dir)
    expect(changed.cached).toBe(0)
    expect(changed.stdout).not.toContain('SSO')
  })

  it('starts cold after a version change, and from a corrupt cache', async () => {
    const dir = tempDir(files)
    await lint(dir)
    const file = path.join(dir, '.reqlintcache')
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {stamp: string}
    fs.writeFileSync(file, JSON.stringify({...data, stamp: data.stamp.replace(/@reqlint\/core@[^ ]+/u, '@reqlint/core@0.0.0-old')}))
    expect((await lint(dir)).cached).toBe(0)
    expect((await lint(dir)).cached).toBe(3)
    fs.writeFileSync(file, '{"stamp": tru')
    const cold = await lint(dir)
    expect(cold.cached).toBe(0)
    expect(cold.code).toBe(1)
  })

  it('puts the cache where --cache-location says, a directory included', async () => {
    const dir = tempDir({...files, 'tmp/.keep': ''})
    await lint(dir, ['--cache-location', 'tmp'])
    expect(fs.existsSync(path.join(dir, 'tmp/.reqlintcache'))).toBe(true)
    await lint(dir, ['--cache-location', 'caches/reqlint.json'])
    expect(fs.existsSync(path.join(dir, 'caches/reqlint.json'))).toBe(true)
    expect((await lint(dir, ['--cache-location', 'caches/reqlint.json'])).cached).toBe(3)
    expect(fs.existsSync(path.join(dir, '.reqlintcache'))).toBe(false)
  })

  it('does not stand in the way of --fix: a cached file with fixes is linted and fixed', async () => {
    const dir = tempDir({'docs/a.md': 'Система CR\u041C.\n'})
    await lint(dir)
    const fixed = await runInProcess(['--cache', '--fix', 'docs'], {cwd: dir})
    expect(fixed.stderr).toContain('применено 1 исправление в 1 файле')
    expect(fs.readFileSync(path.join(dir, 'docs/a.md'), 'utf8')).toBe('Система CRM.\n')
    // The cache now holds the fixed file's result.
    expect((await lint(dir)).cached).toBe(1)
  })

  it('keeps --quiet and --max-warnings right on cached results', async () => {
    const dir = tempDir(files)
    await lint(dir)
    const quiet = await runInProcess(['--cache', '--quiet', '--max-warnings', '0', 'docs'], {cwd: dir})
    expect(quiet.stderr).toContain('3 из кэша')
    expect(quiet.stdout).not.toContain('быстро')
    expect(quiet.stderr).toContain('more than --max-warnings 0')
  })

  it('treats an entry with a valid stamp but a bad shape as a miss: no crash, no findings hidden (issue 14)', async () => {
    const dir = tempDir(files)
    const first = await lint(dir)
    const cacheFile = path.join(dir, '.reqlintcache')
    const good = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {stamp: string; files: Record<string, Record<string, unknown>>}
    const bad: Array<(entry: Record<string, unknown>) => unknown> = [
      (entry) => ({...entry, messages: [null]}),
      (entry) => ({...entry, messages: {}}),
      (entry) => ({...entry, messages: null}),
      (entry) => ({...entry, messages: [{reason: 'x', fatal: 'yes'}]}),
      (entry) => ({...entry, messages: [{reason: 'x', fatal: true, place: {start: {line: 'one'}}}]}),
      (entry) => ({...entry, fixable: -1}),
      () => null,
      () => 'entry'
    ]
    for (const spoil of bad) {
      const files = Object.fromEntries(Object.entries(good.files).map(([key, entry]) => [key, spoil(entry)]))
      fs.writeFileSync(cacheFile, JSON.stringify({stamp: good.stamp, files}))
      const again = await lint(dir)
      expect(again).toEqual({...first, cached: 0})
    }
    // `files` itself the wrong shape: a cold cache.
    fs.writeFileSync(cacheFile, JSON.stringify({stamp: good.stamp, files: [1, 2]}))
    expect(await lint(dir)).toEqual({...first, cached: 0})
  })
})

/**
 * The files reqlint writes, under attack (issue 14): `--fix` writes a document
 * only if the user may, only if it is still what was read, as soon as its
 * fixes are known, keeping its mode, owner, group and hard links; `--cache`
 * writes only a regular file of its own; `--cache-location` and `-o` fail with
 * one line where a directory cannot be made. Permission cases run the binary as
 * `nobody` when the tests run as root (and skip where that is not possible).
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {ChangedSinceRead, replaceDocument} from '../src/replace-document.js'
import {bin, runInProcess, tempDir} from './helpers.js'

/** Called before each document is linted in this process; a test sets it to act "while --fix runs". */
let beforeLint: ((name: string) => void) | undefined

vi.mock('../src/lint-document.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/lint-document.js')>()
  return {
    ...original,
    lintDocument: (...args: Parameters<typeof original.lintDocument>) => {
      beforeLint?.(args[1])
      return original.lintDocument(...args)
    }
  }
})

afterEach(() => {
  beforeLint = undefined
})

const isRoot = process.getuid?.() === 0
const posix = process.platform !== 'win32'
const nobody = {uid: 65534, gid: 65534}
const unfixed = 'Модуль Crm.\n'
const fixed = 'Модуль CRM.\n'

function reqlint(args: readonly string[], cwd: string, as: Pick<SpawnSyncOptions, 'uid' | 'gid'> = {}): {code: number; stdout: string; stderr: string} {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', LANG: 'C', LC_ALL: '', LC_MESSAGES: ''}
  for (const name of ['CI', 'GITHUB_ACTIONS', 'NODE_OPTIONS']) delete env[name]
  const child = spawnSync(process.execPath, [bin, ...args], {cwd, env, encoding: 'utf8', timeout: 60_000, ...as})
  // A run that spins never ends: the time limit turns that into a failure here.
  expect(child.error, `reqlint ${args.join(' ')} did not finish: ${String(child.error)}`).toBeUndefined()
  return {code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr}
}

/** Whether `nobody` can run reqlint here (root only: another user cannot be taken on). */
function nobodyRuns(dir: string): boolean {
  if (!isRoot || !posix) return false
  const probe = spawnSync(process.execPath, [bin, '--version'], {cwd: dir, ...nobody, encoding: 'utf8'})
  return probe.error === undefined && probe.status === 0
}

describe.skipIf(!posix)('--fix writes what the user could write, and nothing else', () => {
  it('keeps an edit made while it runs: a file is written once its fixes are known, and one changed since it was read is left alone', async () => {
    const dir = tempDir({'a.md': unfixed, 'z.md': unfixed})
    // a.md is linted (and fixed) first; then, before z.md is linted, someone edits both.
    beforeLint = (name) => {
      if (name !== 'z.md') return
      beforeLint = undefined
      expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(fixed)
      fs.appendFileSync(path.join(dir, 'a.md'), 'EDIT\n')
      fs.appendFileSync(path.join(dir, 'z.md'), 'EDIT\n')
    }
    const result = await runInProcess(['--fix', '--workers', '1', '--format', 'json', 'a.md', 'z.md'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(`${fixed}EDIT\n`)
    expect(fs.readFileSync(path.join(dir, 'z.md'), 'utf8')).toBe(`${unfixed}EDIT\n`)
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{severity: string; reason: string; line?: number}>}>
    const z = report.find((file) => file.path === 'z.md')!
    expect(z.messages[0]).toMatchObject({severity: 'warning', reason: 'not fixed: the file changed since it was read; run reqlint again'})
    // The findings are those of the text that was read.
    expect(z.messages.slice(1).map((message) => message.line)).toEqual([1])
    expect(result.code).toBe(1)
  })

  it('replaceDocument: refuses a file whose bytes changed, even at the same size, and touches nothing', () => {
    const dir = tempDir({'a.md': unfixed})
    const file = path.join(dir, 'a.md')
    fs.writeFileSync(file, 'Модуль Crm!\n')
    expect(() => replaceDocument(file, Buffer.from(unfixed), Buffer.from(fixed))).toThrow(ChangedSinceRead)
    expect(fs.readFileSync(file, 'utf8')).toBe('Модуль Crm!\n')
    expect(fs.readdirSync(dir)).toEqual(['a.md'])
  })

  it('refuses a read-only file with one line (EACCES), even as root, and leaves it as it was', async () => {
    const dir = tempDir({'ro.md': unfixed, 'ok.md': unfixed})
    fs.chmodSync(path.join(dir, 'ro.md'), 0o444)
    const result = await runInProcess(['--fix', '--format', 'json', 'ro.md', 'ok.md'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, 'ro.md'), 'utf8')).toBe(unfixed)
    expect(fs.statSync(path.join(dir, 'ro.md')).mode & 0o7777).toBe(0o444)
    expect(fs.readFileSync(path.join(dir, 'ok.md'), 'utf8')).toBe(fixed)
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string}>}>
    expect(report.find((file) => file.path === 'ro.md')!.messages[0]!.reason).toBe('cannot write the fixes: EACCES')
    expect(result.code).toBe(1)
  })

  it('writes both names of a hard link (in place), and keeps mode bits including set-group-ID', async () => {
    const dir = tempDir({'hard1.md': unfixed})
    fs.linkSync(path.join(dir, 'hard1.md'), path.join(dir, 'hard2.md'))
    fs.chmodSync(path.join(dir, 'hard1.md'), 0o2640)
    await runInProcess(['--fix', 'hard1.md'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, 'hard2.md'), 'utf8')).toBe(fixed)
    expect(fs.statSync(path.join(dir, 'hard1.md')).nlink).toBe(2)
    expect(fs.statSync(path.join(dir, 'hard1.md')).mode & 0o7777).toBe(0o2640)
    expect(fs.readdirSync(dir).sort()).toEqual(['hard1.md', 'hard2.md'])
  })

  it.skipIf(!isRoot)('as root, keeps the owner and group of a file (1234:5678) and its set-user-ID bit', async () => {
    const dir = tempDir({'own.md': unfixed})
    const file = path.join(dir, 'own.md')
    fs.chownSync(file, 1234, 5678)
    fs.chmodSync(file, 0o4640)
    const inode = fs.statSync(file).ino
    await runInProcess(['--fix', 'own.md'], {cwd: dir})
    const stat = fs.statSync(file)
    expect(fs.readFileSync(file, 'utf8')).toBe(fixed)
    expect([stat.uid, stat.gid, stat.mode & 0o7777]).toEqual([1234, 5678, 0o4640])
    // A single link: replaced atomically by a new file (a new inode) that took the old one's identity.
    expect(stat.ino).not.toBe(inode)
  })

  it('as another user: refuses root\'s 0644 file in a directory anyone may write; writes root\'s 0666 file in place, still root\'s', (context) => {
    const dir = tempDir({'docs/locked.md': unfixed, 'docs/shared.md': unfixed})
    context.skip(!nobodyRuns(dir), 'the tests do not run as root, or nobody (uid 65534) cannot run node here')
    fs.chmodSync(dir, 0o755)
    fs.chmodSync(path.join(dir, 'docs'), 0o777)
    fs.chmodSync(path.join(dir, 'docs/locked.md'), 0o644)
    fs.chmodSync(path.join(dir, 'docs/shared.md'), 0o666)
    const result = reqlint(['--fix', '--format', 'json', 'docs'], dir, nobody)
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string}>}>
    expect(report.find((file) => file.path === 'docs/locked.md')!.messages[0]!.reason).toBe('cannot write the fixes: EACCES')
    const locked = fs.statSync(path.join(dir, 'docs/locked.md'))
    expect([fs.readFileSync(path.join(dir, 'docs/locked.md'), 'utf8'), locked.uid, locked.mode & 0o777]).toEqual([unfixed, 0, 0o644])
    const shared = fs.statSync(path.join(dir, 'docs/shared.md'))
    expect([fs.readFileSync(path.join(dir, 'docs/shared.md'), 'utf8'), shared.uid, shared.gid, shared.mode & 0o777]).toEqual([fixed, 0, 0, 0o666])
    expect(fs.readdirSync(path.join(dir, 'docs')).sort()).toEqual(['locked.md', 'shared.md'])
  })
})

describe.skipIf(!posix)('--cache writes only a file of its own', () => {
  const doc = {'doc.md': unfixed}

  it('never follows a symbolic link planted at its name (the target stays as it was)', async () => {
    const dir = tempDir({...doc, 'authorized_keys': 'ssh-ed25519 AAAA me\n'})
    fs.symlinkSync(path.join(dir, 'authorized_keys'), path.join(dir, '.reqlintcache'))
    const result = await runInProcess(['--cache', 'doc.md'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, 'authorized_keys'), 'utf8')).toBe('ssh-ed25519 AAAA me\n')
    expect(fs.lstatSync(path.join(dir, '.reqlintcache')).isSymbolicLink()).toBe(true)
    expect(result.stderr.split('\n')[0]).toBe(
      `reqlint: cannot write the cache ${path.join(dir, '.reqlintcache')}: it is a symbolic link; reqlint writes its cache only as a file of its own`
    )
    // The findings are still reported: a cache that cannot be written is not a failed lint.
    expect(result.stdout).toContain('Crm')
  })

  it('never replaces a file that is not a reqlint cache (--cache-location doc.md)', async () => {
    const dir = tempDir({...doc, 'keep.md': '# Не кэш\n'})
    const result = await runInProcess(['--cache', '--cache-location', 'keep.md', 'doc.md'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, 'keep.md'), 'utf8')).toBe('# Не кэш\n')
    expect(result.stderr).toContain('keep.md: the file there is not a reqlint cache (it has no reqlint-cache stamp); remove it or choose another --cache-location')
  })

  it('never writes to a device or a FIFO, nor blocks on one', () => {
    const dir = tempDir(doc)
    const fifo = path.join(dir, 'cache.fifo')
    spawnSync('mkfifo', [fifo])
    for (const location of ['/dev/null', fifo]) {
      const result = reqlint(['--cache', '--cache-location', location, 'doc.md'], dir)
      expect(result.stderr.split('\n')[0]).toBe(`reqlint: cannot write the cache ${location}: it is not a regular file (a device, FIFO, socket or directory)`)
      expect(result.code).toBe(1)
    }
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true)
    expect(fs.statSync(fifo).isFIFO()).toBe(true)
  })

  it('replaces its own cache, whatever version wrote it, atomically', async () => {
    const dir = tempDir({...doc, '.reqlintcache': '{"stamp":"reqlint-cache/0 old","files":{}}'})
    await runInProcess(['--cache', 'doc.md'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, '.reqlintcache'), 'utf8')).toMatch(/^\{"stamp":"reqlint-cache\/2 /u)
    expect(fs.readdirSync(dir).sort()).toEqual(['.reqlintcache', 'doc.md'])
  })

  it('fails with one line where its directory cannot be made (under /proc, under a file), instead of spinning', () => {
    const dir = tempDir(doc)
    for (const location of ['/proc/nope/x', 'doc.md/sub/x']) {
      const result = reqlint(['--cache', '--cache-location', location, 'doc.md'], dir)
      expect(result.stderr.split('\n')[0]).toMatch(/^reqlint: cannot write the cache \S+: (ENOENT|ENOTDIR)$/u)
    }
    expect(fs.readdirSync(dir)).toEqual(['doc.md'])
  })
})

describe.skipIf(!posix)('-o writes the report to a file', () => {
  it('refuses a directory name (`outdir/`) instead of creating a file called outdir', async () => {
    const dir = tempDir({'doc.md': unfixed})
    const result = await runInProcess(['-o', 'outdir/', 'doc.md'], {cwd: dir})
    expect(result.stderr.split('\n')[0]).toBe('reqlint: cannot write the report to outdir/: a directory name; -o takes the name of a file')
    expect(result.code).toBe(2)
    expect(fs.readdirSync(dir)).toEqual(['doc.md'])
  })

  it('fails with one line where its directory cannot be made, and creates missing ones otherwise', () => {
    const dir = tempDir({'doc.md': unfixed})
    const proc = reqlint(['-o', '/proc/nope/report.txt', 'doc.md'], dir)
    expect(proc.stderr.split('\n')[0]).toBe('reqlint: cannot write the report to /proc/nope/report.txt: ENOENT')
    expect(proc.code).toBe(2)
    const made = reqlint(['-o', 'reports/ci/report.txt', 'doc.md'], dir)
    expect(made.code).toBe(1)
    expect(fs.readFileSync(path.join(dir, 'reports/ci/report.txt'), 'utf8')).toContain('Crm')
  })
})

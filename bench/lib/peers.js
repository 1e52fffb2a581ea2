// The peers of issue 6 — textlint with a prh dictionary, remark-cli with retext plugins — live in
// bench/package.json, outside the pnpm workspace, and are installed into bench/node_modules with
// npm the first time a full benchmark runs. Without network the peers are skipped with a note.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

function binOf(benchDir, name, bin) {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(benchDir, 'node_modules', name, 'package.json'), 'utf8'))
    const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin]
    if (!relative) return undefined
    const file = path.join(benchDir, 'node_modules', name, relative)
    return fs.existsSync(file) ? file : undefined
  } catch {
    return undefined
  }
}

function missing(benchDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(benchDir, 'package.json'), 'utf8'))
  return Object.keys(manifest.dependencies).filter((name) => !fs.existsSync(path.join(benchDir, 'node_modules', name, 'package.json')))
}

/** `{textlint, remark}` bin paths, or `{note}` saying why the peers are skipped. */
export function ensurePeers(benchDir, {install, log}) {
  let absent = missing(benchDir)
  if (absent.length > 0) {
    if (!install) return {note: `peers not installed (${absent.join(', ')}) and --no-install given`}
    const manifest = JSON.parse(fs.readFileSync(path.join(benchDir, 'package.json'), 'utf8'))
    const list = Object.entries(manifest.dependencies).map(([name, range]) => `${name}@${range}`)
    log(`installing the peers into bench/node_modules (npm install --no-package-lock --ignore-scripts): ${list.join(', ')}`)
    const npm = spawnSync('npm', ['install', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: benchDir,
      encoding: 'utf8',
      timeout: 300_000,
      shell: process.platform === 'win32'
    })
    absent = missing(benchDir)
    if (npm.status !== 0 || absent.length > 0) {
      const reason = npm.error ? npm.error.message : (npm.stderr ?? '').split('\n').find((line) => line.trim() !== '') ?? `exit ${npm.status}`
      return {note: `peers skipped: npm install failed (no network?): ${reason.trim()}`}
    }
  }
  const textlint = binOf(benchDir, 'textlint', 'textlint')
  const remark = binOf(benchDir, 'remark-cli', 'remark')
  if (!textlint || !remark) return {note: 'peers skipped: textlint or remark-cli has no bin after install'}
  const version = (name) => JSON.parse(fs.readFileSync(path.join(benchDir, 'node_modules', name, 'package.json'), 'utf8')).version
  return {textlint, remark, versions: {textlint: version('textlint'), 'textlint-rule-prh': version('textlint-rule-prh'), 'remark-cli': version('remark-cli'), 'retext-english': version('retext-english'), 'retext-simplify': version('retext-simplify'), 'retext-intensify': version('retext-intensify')}}
}

// Self time by function and by file (package, for dependencies) of a V8 .cpuprofile, as written by
// `node --cpu-prof`: where a slow run spends its time.
import fs from 'node:fs'
import path from 'node:path'

/** A short name for a script: `core/dist/prose.js`, `micromark@4.0.2`, `(node internals)`. */
export function placeOf(url, root) {
  if (!url) return '(native / GC / idle)'
  if (url.startsWith('node:')) return '(node internals)'
  const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url
  const pnpm = /node_modules\/\.pnpm\/([^/]+)\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/u.exec(file)
  if (pnpm) return `${pnpm[2]} (${pnpm[3]})`
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/u.exec(file)
  if (plain) return `${plain[1]} (${plain[2]})`
  return path.relative(root, file).replace(/^packages\//u, '')
}

export function summarise(profileFile, root, top = 15) {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8'))
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map()
  for (let index = 0; index < profile.samples.length; index++) {
    const delta = profile.timeDeltas[index] ?? 0
    self.set(profile.samples[index], (self.get(profile.samples[index]) ?? 0) + delta)
  }
  const functions = new Map()
  const files = new Map()
  const packages = new Map()
  let total = 0
  for (const [id, micros] of self) {
    const node = byId.get(id)
    const frame = node.callFrame
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue
    total += micros
    const place = placeOf(frame.url, root)
    const name = `${frame.functionName || '(anonymous)'}  ${place}:${frame.lineNumber + 1}`
    functions.set(name, (functions.get(name) ?? 0) + micros)
    files.set(place, (files.get(place) ?? 0) + micros)
    // Dependencies by package, the project's own code by file.
    const pack = place.replace(/ \(.*\)$/u, '')
    packages.set(pack, (packages.get(pack) ?? 0) + micros)
  }
  const rank = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({name, ms: micros / 1000, share: micros / total}))
  return {totalMs: total / 1000, functions: rank(functions), files: rank(files), packages: rank(packages)}
}

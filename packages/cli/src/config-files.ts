/**
 * Finding and reading the configuration file. One configuration applies to a
 * run: the one `--config` names, or the nearest one from the working directory
 * up to the file-system root (per-path differences go in `overrides`). Two
 * configuration files in one directory are an error rather than a silent
 * choice.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {DataError} from '@reqlint/core/lint'
import type {Node} from 'yaml'
import {validateConfig, type Config, type ConfigPath, type Locator} from './config-schema.js'

export interface LoadedConfig {
  /** Absolute path of the file the configuration came from. */
  readonly file: string
  /** Its directory: relative paths and globs in it are relative to this. */
  readonly directory: string
  readonly config: Config
}

/** The configuration files looked for in each directory; `package.json` counts when it has a `reqlint` key. */
export const configFileNames = ['.reqlintrc.json', '.reqlintrc.yaml', '.reqlintrc.yml', 'reqlint.config.js', 'reqlint.config.mjs'] as const

/** The nearest configuration from `cwd` up, or undefined when there is none. */
export async function findConfig(cwd: string): Promise<LoadedConfig | undefined> {
  let directory = path.resolve(cwd)
  for (;;) {
    const found = configFilesIn(directory)
    if (found.length > 1) {
      throw new DataError(found[1]!, 1, 1, `two reqlint configurations in one directory: ${found.map((file) => path.basename(file) + (file.endsWith('package.json') ? ' ("reqlint" key)' : '')).join(' and ')}; keep one`)
    }
    if (found.length === 1) return loadConfigFile(found[0]!)
    const parent = path.dirname(directory)
    if (parent === directory) return undefined
    directory = parent
  }
}

/** The configuration files of one directory (package.json only with a `reqlint` key). */
export function configFilesIn(directory: string): string[] {
  const found = configFileNames.map((name) => path.join(directory, name)).filter(isFile)
  const manifest = path.join(directory, 'package.json')
  if (isFile(manifest) && hasReqlintKey(manifest)) found.push(manifest)
  return found
}

/** Reads and validates one configuration file, by its name: JSON, YAML, a JS module, or package.json's `reqlint` key. */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  const absolute = path.resolve(file)
  const base = path.basename(absolute)
  let config: Config
  if (/\.(?:c|m)?js$/u.test(base)) {
    config = await loadModule(absolute)
  } else {
    const text = readText(absolute)
    const prefix: ConfigPath = base === 'package.json' ? ['reqlint'] : []
    const {value, locate} = await readData(absolute, text)
    if (base === 'package.json') {
      const manifest = value as Record<string, unknown> | null
      if (typeof manifest !== 'object' || manifest === null || !('reqlint' in manifest)) {
        throw new DataError(absolute, 1, 1, 'package.json has no "reqlint" key to read the configuration from')
      }
      config = validateConfig(manifest.reqlint, absolute, (at, part) => locate([...prefix, ...at], part))
    } else {
      config = validateConfig(value, absolute, locate)
    }
  }
  return {file: absolute, directory: path.dirname(absolute), config}
}

function readText(file: string): string {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new DataError(file, 1, 1, `cannot read the configuration: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * JSON or YAML (JSON is YAML 1.2), with a locator over the parsed document for
 * error places. The yaml package is loaded here, when there is a configuration file to read.
 */
async function readData(file: string, text: string): Promise<{value: unknown; locate: Locator}> {
  const {isMap, isScalar, isSeq, LineCounter, parseDocument} = await import('yaml')
  const {YamlReader} = await import('@reqlint/core')
  // The glossary reader's checks first (size, nesting depth, tags, one document): a configuration
  // nested 20,000 deep must be refused, not crash the YAML composer.
  new YamlReader(file, text)
  const lines = new LineCounter()
  // The same strict reading as glossaries: no duplicate keys, no custom tags or merge keys.
  const document = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true, customTags: [], merge: false, schema: 'core'})
  const place = (offset: number): {line: number; column: number} => {
    const point = lines.linePos(offset)
    return {line: point.line, column: point.col}
  }
  const problem = document.errors[0]
  if (problem) {
    const {line, column} = place(problem.pos[0])
    throw new DataError(file, line, column, problem.message.split('\n')[0] ?? 'invalid YAML')
  }
  const locate: Locator = (at, part) => {
    let node = document.contents as Node | null
    let offset = node?.range?.[0] ?? 0
    for (const [index, segment] of at.entries()) {
      const last = index === at.length - 1
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
        if (!pair) break
        const key = pair.key as Node
        if (last && part === 'key') return place(key.range?.[0] ?? offset)
        node = (pair.value as Node | null) ?? null
        // `key:` with no value: the key is the best place.
        offset = node?.range?.[0] ?? key.range?.[0] ?? offset
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined
        if (!item) break
        node = item
        offset = item.range?.[0] ?? offset
      } else {
        break
      }
    }
    return place(offset)
  }
  return {value: document.toJS(), locate}
}

async function loadModule(file: string): Promise<Config> {
  let module: {default?: unknown}
  try {
    module = (await import(pathToFileURL(file).href)) as {default?: unknown}
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    throw new DataError(file, 1, 1, `cannot load the configuration: ${reason}`)
  }
  if (module.default === undefined) throw new DataError(file, 1, 1, 'the configuration module has no default export')
  // A module's value has no source positions: problems point at the file's start and name the key.
  return validateConfig(module.default, file, () => ({line: 1, column: 1}))
}

function hasReqlintKey(file: string): boolean {
  try {
    const manifest: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
    return typeof manifest === 'object' && manifest !== null && Object.hasOwn(manifest, 'reqlint')
  } catch {
    // An unreadable or broken package.json is npm's problem, not a reqlint configuration.
    return false
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

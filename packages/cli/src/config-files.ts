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
import {coreMessage, DataError, maxDataBytes, readFailure, verbatim} from '@reqlint/core/lint'
import {validateConfig, type Config, type LocaleListener} from './config-schema.js'
import {cliMessage, WordedError} from './texts.js'

export interface LoadedConfig {
  /** Absolute path of the file the configuration came from. */
  readonly file: string
  /** Its directory: relative paths and globs in it are relative to this. */
  readonly directory: string
  readonly config: Config
}

/** The configuration files looked for in each directory; `package.json` counts when it has a `reqlint` key. */
export const configFileNames = ['.reqlintrc.json', '.reqlintrc.yaml', '.reqlintrc.yml', 'reqlint.config.js', 'reqlint.config.mjs'] as const

/**
 * The nearest configuration from `cwd` up, or undefined when there is none.
 * `onLocale` is told the configuration's `locale` before the rest is validated,
 * so that the configuration's own errors can be worded in it.
 */
export async function findConfig(cwd: string, onLocale?: LocaleListener): Promise<LoadedConfig | undefined> {
  let directory = path.resolve(cwd)
  for (;;) {
    const found = await configFilesIn(directory)
    if (found.length > 1) {
      throw new DataError(found[1]!, 1, 1, cliMessage('config-two-files', {files: found.map((file) => ({name: path.basename(file), manifest: file.endsWith('package.json')}))}))
    }
    if (found.length === 1) return loadConfigFile(found[0]!, onLocale)
    const parent = path.dirname(directory)
    if (parent === directory) return undefined
    directory = parent
  }
}

/** The configuration files of one directory (package.json only with a `reqlint` key). */
export async function configFilesIn(directory: string): Promise<string[]> {
  const found = configFileNames.map((name) => path.join(directory, name)).filter(exists)
  const manifest = path.join(directory, 'package.json')
  if (isFile(manifest) && (await hasReqlintKey(manifest))) found.push(manifest)
  return found
}

/** Reads and validates one configuration file, by its name: JSON, YAML, a JS module, or package.json's `reqlint` key. */
export async function loadConfigFile(file: string, onLocale?: LocaleListener): Promise<LoadedConfig> {
  const absolute = path.resolve(file)
  const base = path.basename(absolute)
  let config: Config
  if (/\.(?:c|m)?js$/u.test(base)) {
    config = await loadModule(absolute, onLocale)
  } else {
    const text = await readText(absolute)
    const json = /\.json$/u.test(base)
    // JSON has no empty document: an empty `.reqlintrc.json` is a mistake, not «all defaults»
    // (an empty YAML file is an empty configuration, as YAML reads it).
    if (json && text.trim() === '') throw new DataError(absolute, 1, 1, cliMessage('config-empty-json', {}))
    const {value, locate} = (await import('./config-data.js')).readData(absolute, text)
    if (base === 'package.json') {
      const manifest = value as Record<string, unknown> | null
      if (typeof manifest !== 'object' || manifest === null || !('reqlint' in manifest)) {
        throw new DataError(absolute, 1, 1, cliMessage('config-package-json-no-key', {}))
      }
      config = validateConfig(manifest.reqlint, absolute, (at, part) => locate(['reqlint', ...at], part), onLocale)
    } else {
      config = validateConfig(json ? value : (value ?? {}), absolute, locate, onLocale)
    }
  }
  return {file: absolute, directory: path.dirname(absolute), config}
}

/** The text of a configuration file, bounded and without a BOM; a problem is one DataError line. */
async function readText(file: string): Promise<string> {
  const {readDataFile} = await import('@reqlint/core/data-file')
  let text: string
  try {
    text = readDataFile(file)
  } catch (error) {
    if (error instanceof DataError) throw error
    throw new DataError(file, 1, 1, cliMessage('config-cannot-read', {failure: readFailure(error)}))
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * A JS configuration, imported. It is code and may fail in any way: throw while
 * it loads, export a promise that rejects, wait forever in a top-level `await`,
 * or hide a throwing getter in its value. Each is one DataError line (exit 2),
 * never a stack trace or Node's own exit code.
 */
async function loadModule(file: string, onLocale: LocaleListener | undefined): Promise<Config> {
  await refuseSpecialFile(file)
  const value = await settleModule(file)
  let data: unknown
  try {
    // Plain data from here on: a getter runs once, here, and a function or a proxy is refused.
    data = structuredClone(value)
  } catch (error) {
    throw new DataError(file, 1, 1, cliMessage('config-not-plain-data', {error: firstLine(error)}))
  }
  // A module's value has no source positions: problems point at the file's start and name the key.
  return validateConfig(data, file, () => ({line: 1, column: 1}), onLocale)
}

/** The module's default export, awaited if it is a promise; any failure is a DataError. */
async function settleModule(file: string): Promise<unknown> {
  let fail: (error: unknown) => void = () => {}
  const failed = new Promise<never>((_, reject) => (fail = reject))
  // The event loop empties while the import waits: a top-level `await` that never settles
  // (Node would exit with code 13). A promise the module rejects and leaves unhandled: its error.
  const stalled = (): void => fail(new WordedError(cliMessage('config-never-loads', {})))
  const rejected = (reason: unknown): void => fail(reason)
  process.on('beforeExit', stalled)
  process.on('unhandledRejection', rejected)
  try {
    const module = (await Promise.race([import(pathToFileURL(file).href), failed])) as {default?: unknown}
    if (module.default === undefined) throw new DataError(file, 1, 1, cliMessage('config-no-default-export', {}))
    return await Promise.race([module.default, failed])
  } catch (error) {
    if (error instanceof DataError) throw error
    throw new DataError(file, 1, 1, cliMessage('config-cannot-load', {reason: error instanceof WordedError ? error.problem.text : verbatim(firstLine(error))}))
  } finally {
    process.off('beforeExit', stalled)
    process.off('unhandledRejection', rejected)
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!
}

/** Refuses a device, FIFO or directory before Node's loader reads it (it would never finish). */
async function refuseSpecialFile(file: string): Promise<void> {
  const {fileKind} = await import('@reqlint/core/data-file')
  // BigInt: Node 20's realpath misbehaves after a plain stat of a FIFO (the crash issue 14 fixed).
  let stat: fs.BigIntStats
  try {
    stat = fs.statSync(file, {bigint: true})
  } catch (error) {
    throw new DataError(file, 1, 1, cliMessage('config-cannot-read', {failure: readFailure(error)}))
  }
  if (!stat.isFile()) throw new DataError(file, 1, 1, cliMessage('config-cannot-read', {failure: {kind: fileKind(stat)}}))
  if (stat.size > BigInt(maxDataBytes)) throw new DataError(file, 1, 1, coreMessage('file-too-large', {limit: maxDataBytes}))
}

/**
 * Whether package.json holds a `reqlint` key, read as `-c package.json` reads it
 * (bounded, BOM and all). A manifest that cannot be read or parsed is npm's problem,
 * unless it mentions `"reqlint"`: then the configuration in it would be lost
 * without a word, and its parse error is reported instead.
 */
async function hasReqlintKey(file: string): Promise<boolean> {
  let text: string
  try {
    text = await readText(file)
  } catch {
    return false
  }
  try {
    const manifest: unknown = JSON.parse(text)
    return typeof manifest === 'object' && manifest !== null && Object.hasOwn(manifest, 'reqlint')
  } catch {
    if (!text.includes('"reqlint"')) return false
    const {value} = (await import('./config-data.js')).readData(file, text)
    return typeof value === 'object' && value !== null && Object.hasOwn(value, 'reqlint')
  }
}

/** Whether `file` is there (a FIFO or device under a configuration's name is found, then refused when read). */
function exists(file: string): boolean {
  try {
    fs.statSync(file)
    return true
  } catch {
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

/**
 * Shared by the plugin's tests and the root parity test: a pipeline to run the
 * plugin through, the comparable shape of a message, and throw-away projects in
 * which remark-cli and unified-engine find the plugins by package name.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified, type PluggableList} from 'unified'
import {VFile, type Compatible} from 'vfile'
import remarkReqlint, {type Options} from '../src/index.js'

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const root = path.resolve(packageDir, '../..')
export const siteDir = path.join(root, 'fixtures/remark/site')
export const siteGlossary = path.join(siteDir, 'glossary.yaml')

/** The `url` of a rule's messages: its page in the installed @reqlint/core (here the workspace's). */
export function ruleDocsUrl(ruleId: string): string {
  return pathToFileURL(path.join(root, 'packages/core/docs/rules', `${ruleId}.md`)).href
}

export interface Pipeline {
  readonly gfm?: boolean
  readonly frontmatter?: boolean
  readonly mdx?: boolean
  /** Plugins used before remark-reqlint. */
  readonly before?: PluggableList
  /** Plugins used after remark-reqlint. */
  readonly after?: PluggableList
}

/** Runs remark-parse (+ remark-mdx, remark-gfm, remark-frontmatter by default) and remark-reqlint. */
export async function lintWithPlugin(
  document: Compatible,
  options?: Options | null,
  pipeline: Pipeline = {}
): Promise<VFile> {
  const file = document instanceof VFile ? document : new VFile(document)
  const processor = unified()
    .use(remarkParse)
    .use(pipeline.mdx === true ? [remarkMdx] : [])
    .use(pipeline.gfm === false ? [] : [remarkGfm])
    .use(pipeline.frontmatter === false ? [] : [[remarkFrontmatter, ['yaml', 'toml']]])
    .use(pipeline.before ?? [])
    .use(remarkReqlint, options)
    .use(pipeline.after ?? [])
  await processor.run(processor.parse(file), file)
  return file
}

/** What the CLI and the plugin must agree on for one message. */
export interface Row {
  readonly ruleId: string | undefined
  readonly line: number | undefined
  readonly column: number | undefined
  readonly endLine: number | undefined
  readonly endColumn: number | undefined
  readonly actual: string | undefined
  readonly reason: string
  readonly fatal: boolean | null | undefined
}

interface MessageLike {
  readonly ruleId?: string | null | undefined
  readonly line?: number | null | undefined
  readonly column?: number | null | undefined
  readonly place?: unknown
  readonly actual?: string | null | undefined
  readonly reason: string
  readonly fatal?: boolean | null | undefined
}

export function row(message: MessageLike): Row {
  const place = message.place as {start?: {line: number; column: number}; end?: {line: number; column: number}} | undefined
  return {
    ruleId: message.ruleId ?? undefined,
    line: message.line ?? undefined,
    column: message.column ?? undefined,
    endLine: place?.end?.line,
    endColumn: place?.end?.column,
    actual: message.actual ?? undefined,
    reason: message.reason,
    fatal: message.fatal
  }
}

/** `line:column-endLine:endColumn ruleId «actual»`: a finding in one readable line. */
export function short(message: MessageLike): string {
  const r = row(message)
  return `${r.line}:${r.column}-${r.endLine}:${r.endColumn} ${r.ruleId} «${r.actual}»`
}

/** The packages a project's configuration names, linked from this package's node_modules. */
const linked = [
  'remark-frontmatter',
  'remark-gfm',
  'remark-lint',
  'remark-mdx',
  'remark-message-control',
  'remark-preset-lint-recommended',
  'vfile-reporter-json'
]

const projects: string[] = []

/**
 * A temporary project: a copy of `from` (a fixture folder) plus `files`, with a
 * `node_modules` in which the plugins, and remark-reqlint itself, resolve by
 * package name as they would after `npm install remark-reqlint`.
 */
export function makeProject(options: {from?: string; files?: Record<string, string>} = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'remark-reqlint-')))
  projects.push(dir)
  if (options.from) fs.cpSync(options.from, dir, {recursive: true})
  for (const [name, content] of Object.entries(options.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    fs.writeFileSync(path.join(dir, name), content)
  }
  const modules = path.join(dir, 'node_modules')
  fs.mkdirSync(modules)
  for (const name of linked) fs.symlinkSync(path.join(packageDir, 'node_modules', name), path.join(modules, name), 'dir')
  fs.symlinkSync(packageDir, path.join(modules, 'remark-reqlint'), 'dir')
  return dir
}

export function removeProjects(): void {
  for (const dir of projects.splice(0)) fs.rmSync(dir, {recursive: true, force: true})
}

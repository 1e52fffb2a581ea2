/**
 * Turning command-line paths into the list of documents to lint: files as
 * given, directories walked for `*.md`, `*.markdown`, `*.mdx`, globs expanded.
 * The list is sorted, so reports come in a stable order.
 */
import fs from 'node:fs'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

export const markdownExtensions = ['.md', '.markdown', '.mdx']

export interface FileProblem {
  readonly path: string
  readonly reason: string
}

export interface Expanded {
  readonly files: readonly string[]
  readonly problems: readonly FileProblem[]
}

const alwaysIgnored = ['**/node_modules/**', '**/.git/**']

export async function expandPaths(patterns: readonly string[], cwd: string, ignore: readonly string[]): Promise<Expanded> {
  const files = new Set<string>()
  const problems: FileProblem[] = []
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern)
    let stat: fs.Stats | undefined
    try {
      stat = fs.statSync(absolute)
    } catch {
      stat = undefined
    }
    if (stat?.isFile()) {
      files.add(absolute)
      continue
    }
    if (stat?.isDirectory()) {
      const found = await glob(markdownExtensions.map((extension) => `**/*${extension}`), {
        cwd: absolute,
        absolute: true,
        ignore: [...alwaysIgnored, ...ignore],
        followSymbolicLinks: false,
        dot: false
      })
      if (found.length === 0) problems.push({path: pattern, reason: 'no Markdown files (*.md, *.markdown, *.mdx) in this directory'})
      for (const file of found) files.add(path.normalize(file))
      continue
    }
    if (isDynamicPattern(pattern)) {
      const found = await glob([pattern], {cwd, absolute: true, ignore: [...alwaysIgnored, ...ignore], followSymbolicLinks: false})
      if (found.length === 0) problems.push({path: pattern, reason: 'no files match this pattern'})
      for (const file of found) files.add(path.normalize(file))
      continue
    }
    problems.push({path: pattern, reason: 'no such file or directory'})
  }
  return {files: [...files].sort(), problems}
}

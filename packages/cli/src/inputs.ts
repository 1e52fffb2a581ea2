/**
 * The documents of a run, read: standard input (only when asked for, with `-`
 * or `--stdin-filename`: under CI and test runners stdin is often an empty
 * pipe that was never meant as input), then the files the paths expand to.
 * A path that cannot be linted becomes a document with a problem, one line in
 * the report, and the others are still linted. Standard input, FIFOs and
 * character devices (`/dev/stdin`, `<(cat doc.md)`) are read as streams, up to
 * the document size limit and no further: `yes | reqlint -` is refused once it
 * has sent 16 MB, not read until memory runs out.
 */
import fs from 'node:fs'
import path from 'node:path'
import {expandPaths, standardInputPaths, statPath} from './files.js'
import type {IgnoreFilter} from './ignores.js'
import {maxDocumentBytes, sizeProblem} from './read.js'
import {cliMessage, type Texts} from './texts.js'
import {readFailure} from '@reqlint/core/i18n'

export interface Input {
  /** The name in the report: relative to the working directory, or the stdin name. */
  readonly name: string
  /** The file, absolute; undefined for standard input. */
  readonly file: string | undefined
  /** The bytes, unless there is a problem. */
  readonly bytes: Uint8Array | undefined
  /** Why the document could not be read, in every locale. */
  readonly problem: Texts | undefined
  /** Read as a stream (a FIFO, a character device): not a file to cache or to write fixes to. */
  readonly stream?: boolean
}

export const stdinName = '<stdin>'

export async function readInputs(options: {
  readonly patterns: readonly string[]
  readonly stdin: NodeJS.ReadableStream | undefined
  /** The process's standard input, for `/dev/stdin` named as a path (default `process.stdin`). */
  readonly standardInput?: NodeJS.ReadableStream
  readonly stdinFilename: string | undefined
  readonly cwd: string
  readonly filter: IgnoreFilter
}): Promise<Input[]> {
  const inputs: Input[] = []
  if (options.stdin) {
    inputs.push({name: options.stdinFilename ?? stdinName, file: undefined, ...(await readStream(options.stdin, 'stdin'))})
  }
  const expanded = await expandPaths(options.patterns, options.cwd, options.filter)
  const found: Array<{absolute: string; input: Input}> = []
  for (const problem of expanded.problems) {
    const absolute = path.resolve(options.cwd, problem.path)
    found.push({absolute, input: {name: problem.path, file: undefined, bytes: undefined, problem: problem.reason}})
  }
  for (const stream of expanded.streams) {
    let read: Pick<Input, 'bytes' | 'problem'>
    try {
      const source = standardInputPaths.includes(stream.absolute) ? (options.standardInput ?? process.stdin) : fs.createReadStream(stream.absolute)
      read = await readStream(source, 'stream')
    } catch (error) {
      read = {bytes: undefined, problem: cliMessage('cannot-read', {failure: readFailure(error)}).text}
    }
    found.push({absolute: stream.absolute, input: {name: stream.path, file: stream.absolute, ...read, stream: true}})
  }
  for (const absolute of expanded.files) {
    found.push({absolute, input: readFile(absolute, path.relative(options.cwd, absolute) || absolute)})
  }
  // One order for files and problems alike: by path, so reports are stable whatever the order of the arguments.
  found.sort((a, b) => (a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0))
  return [...inputs, ...found.map((item) => item.input)]
}

function readFile(file: string, name: string): Input {
  try {
    const size = Number(statPath(file).size)
    const tooLarge = sizeProblem(size)
    if (tooLarge !== undefined) return {name, file, bytes: undefined, problem: tooLarge.text}
    return {name, file, bytes: fs.readFileSync(file), problem: undefined}
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {name, file, bytes: undefined, problem: (code === 'EISDIR' ? cliMessage('is-directory', {}) : cliMessage('cannot-read', {failure: readFailure(error)})).text}
  }
}

/** A stream's bytes, or the problem once it has sent more than a document may hold (the rest is not read). */
async function readStream(stream: NodeJS.ReadableStream, what: 'stdin' | 'stream'): Promise<Pick<Input, 'bytes' | 'problem'>> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    length += buffer.length
    // Leaving the loop destroys the stream: the writer gets EPIPE instead of filling memory.
    if (length > maxDocumentBytes) return {bytes: undefined, problem: cliMessage('stream-too-large', {stream: what, limit: maxDocumentBytes}).text}
    chunks.push(buffer)
  }
  return {bytes: Buffer.concat(chunks), problem: undefined}
}

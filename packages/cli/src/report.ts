/**
 * Turning results into the report: `--quiet` filtering, the formatter, and
 * where the report goes. Writing `--output` can fail; that is reported and
 * makes the run fail, never pass.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {makeDirectory} from './directories.js'
import type {FormatOptions, FormatterName} from './formatters/index.js'
import {loadFormatter} from './formatters/load.js'
import {cliMessage, WordedError} from './texts.js'

export interface Counts {
  readonly errors: number
  readonly warnings: number
}

export function count(files: readonly VFile[]): Counts {
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
    }
  }
  return {errors, warnings}
}

/** `--quiet`: errors only (warnings and notes dropped). */
export function errorsOnly(files: readonly VFile[]): void {
  for (const file of files) file.messages = file.messages.filter((message) => message.fatal === true)
}

export async function formatReport(files: readonly VFile[], format: FormatterName, options: FormatOptions): Promise<string> {
  const formatter = await loadFormatter(format)
  const report = formatter(files, options)
  return report === '' || report.endsWith('\n') ? report : report + '\n'
}

/** Writes the report to `--output` (relative to `cwd`), creating its directory; throws the file system's error. */
export function writeReport(output: string, cwd: string, report: string): void {
  // `-o reports/` names a directory: `path.resolve` would drop the separator and write a file called `reports`.
  if (output.endsWith('/') || output.endsWith(path.sep)) throw new WordedError(cliMessage('report-directory-name', {}))
  const file = path.resolve(cwd, output)
  makeDirectory(path.dirname(file))
  fs.writeFileSync(file, report)
}

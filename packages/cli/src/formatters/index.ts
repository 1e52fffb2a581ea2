/**
 * The report formats, one module each, all loaded (for library use and tests);
 * the CLI loads only the one a run asks for, through `load.ts`.
 */
import type {Locale} from '@reqlint/core/lint'
import type {VFile} from 'vfile'
import {github} from './github.js'
import {gitlab} from './gitlab.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import {unix} from './unix.js'

export interface FormatOptions {
  readonly color: boolean
  readonly cwd: string
  /** Terminal columns to fit (stylish wraps to them); undefined: no wrapping, as for a pipe or a file. */
  readonly width?: number | undefined
  /** Show each finding's hint (`note`) too (stylish). */
  readonly verbose?: boolean | undefined
  /**
   * The language of what the report says of the whole run (SARIF's rule descriptions); each
   * file's messages are already written in theirs. Default: English.
   */
  readonly locale?: Locale | undefined
}

export type Formatter = (files: readonly VFile[], options: FormatOptions) => string

export const formatters = {stylish, json, sarif, github, gitlab, junit, unix} satisfies Record<string, Formatter>

export type FormatterName = keyof typeof formatters

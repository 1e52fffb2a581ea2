/**
 * The report formats, one module each, all loaded (for library use and tests);
 * the CLI loads only the one a run asks for, through `load.ts`.
 */
import type {VFile} from 'vfile'
import {github} from './github.js'
import {gitlab} from './gitlab.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

export interface FormatOptions {
  readonly color: boolean
  readonly cwd: string
}

export type Formatter = (files: readonly VFile[], options: FormatOptions) => string

export const formatters = {stylish, json, sarif, github, gitlab, junit} satisfies Record<string, Formatter>

export type FormatterName = keyof typeof formatters

/** The report formats, one module each. */
import type {VFile} from 'vfile'
import {json} from './json.js'
import {stylish} from './stylish.js'

export interface FormatOptions {
  readonly color: boolean
  readonly cwd: string
}

export type Formatter = (files: readonly VFile[], options: FormatOptions) => string

export const formatters = {stylish, json} satisfies Record<string, Formatter>

export type FormatterName = keyof typeof formatters

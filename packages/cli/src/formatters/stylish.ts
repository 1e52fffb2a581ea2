/** The default report: vfile-reporter's, as every unified tool prints it. */
import {reporter} from 'vfile-reporter'
import type {Formatter} from './index.js'

export const stylish: Formatter = (files, options) => reporter([...files], {color: options.color})

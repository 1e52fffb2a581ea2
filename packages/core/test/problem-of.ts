import {DataError} from '../src/data-error.js'

/** What `read` refuses, as its whole line in English and in Russian; `read` when it reads without a problem. */
export function problemOf(read: () => unknown): [string, string] | 'read' {
  try {
    read()
    return 'read'
  } catch (error) {
    if (!(error instanceof DataError)) throw error
    return [error.textIn('en'), error.textIn('ru')]
  }
}

import {DataError} from '@reqlint/core'
import {expect} from 'vitest'

/** The DataError `run` throws; fails the test if it throws anything else or nothing. */
export function errorOf(run: () => unknown): DataError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(DataError)
    return error as DataError
  }
  throw new Error('expected a DataError')
}

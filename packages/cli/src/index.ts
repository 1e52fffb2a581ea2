/** @reqlint/cli as a library: the same entry the `reqlint` binary calls. */
export {main} from './main.js'
export type {Io} from './io.js'

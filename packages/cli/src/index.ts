/** @reqlint/cli as a library: the same entry the `reqlint` binary calls. */
export {main} from './main.js'
export type {Io} from './io.js'

// For the language server: the same configuration discovery and glossary loading as the command.
export {configFileNames, findConfig, type LoadedConfig} from './config-files.js'
export {ConfigResolver, type FileSettings} from './config-resolve.js'
export {Glossaries, loadGlossaryReader} from './glossaries.js'
export {isMdx, loadMdxFor} from './mdx.js'

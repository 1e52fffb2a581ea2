/** A glossary host over a map of file texts: glossary tests read no files. */
import type {GlossaryHost} from '@reqlint/core'

export function memoryHost(files: Record<string, string>): GlossaryHost {
  return {
    readFile(file) {
      const text = files[file]
      if (text === undefined) throw Object.assign(new Error('missing'), {code: 'ENOENT'})
      return text
    },
    resolve(specifier) {
      return specifier.replace(/^\.\//, '')
    }
  }
}

// Copies the glossaries shipped with reqlint (the repository's glossary/ folder)
// into this package, so a published @reqlint/core carries them as files:
// a project glossary can then `extends: [@reqlint/core/glossary/crm.ru.yaml]`.
// The built-in glossary is also embedded in dist/ by embed-data.js; this copy is
// for extending and reading, not for linting with the default glossary.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const core = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const source = path.resolve(core, '../../glossary')
const target = path.join(core, 'glossary')

fs.rmSync(target, {recursive: true, force: true})
fs.mkdirSync(target, {recursive: true})
for (const name of fs.readdirSync(source)) {
  if (/\.(ya?ml|json|csv|md)$/u.test(name)) fs.copyFileSync(path.join(source, name), path.join(target, name))
}

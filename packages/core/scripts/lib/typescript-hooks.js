// Module hooks that let scripts/build-data.js run core's TypeScript readers before core is compiled
// (core compiles what that script writes): a `.js` import inside src/ that has no `.js` file resolves
// to its `.ts` source, which is transpiled with the project's TypeScript (types are not checked here;
// `tsc -b` checks them right after).
import fs from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context)
  } catch (error) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) return next(specifier.slice(0, -3) + '.ts', context)
    throw error
  }
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context)
  const file = fileURLToPath(url)
  const {outputText} = ts.transpileModule(await fs.readFile(file, 'utf8'), {
    fileName: file,
    compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022}
  })
  return {format: 'module', source: outputText, shortCircuit: true}
}

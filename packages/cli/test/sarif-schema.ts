/**
 * SARIF 2.1.0's published JSON schema (the OASIS standard's final schema,
 * `sarif-2.1.0-rtm.5.json`, as shipped in @microsoft/jest-sarif), checked with
 * ajv. The schema is JSON Schema draft-04, which ajv 6 reads with its draft-04
 * meta-schema.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import Ajv from 'ajv'

const require = createRequire(import.meta.url)
const schemaFile = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json')
const ajv = new Ajv({schemaId: 'auto', allErrors: true})
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object)
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object)

/** The schema violations of `log`, one line each; [] when it is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return []
  return (validate.errors ?? []).map((error) => `${error.dataPath || '/'}: ${error.message ?? 'invalid'}`)
}

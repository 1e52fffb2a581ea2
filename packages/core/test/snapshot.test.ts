/**
 * The built-in data and glossary are parsed at build time into a JSON snapshot
 * (scripts/snapshot-data.js). A run must see exactly what parsing the YAML gives.
 */
import {describe, expect, it} from 'vitest'
import {builtinData, currentSnapshot, plainData} from '../dist/data/index.js'
import {parseBuiltinData} from '../dist/data/parse.js'
import {builtinGlossary} from '../dist/glossary/builtin.js'
import {parseBuiltinGlossary} from '../dist/glossary/builtin-parse.js'

describe('the build-time snapshot', () => {
  it('exists for the embedded texts, so that a run parses no YAML', () => {
    expect(currentSnapshot()?.fingerprint).toMatch(/^[0-9a-f]+$/u)
  })

  it('holds what parsing the YAML gives', () => {
    expect(plainData(builtinData())).toEqual(plainData(parseBuiltinData()))
    expect(JSON.stringify(builtinGlossary())).toBe(JSON.stringify(parseBuiltinGlossary()))
    expect(builtinGlossary().entries.length).toBeGreaterThan(100)
  })
})

/**
 * The declarative schema over located YAML values: each problem a DataError at
 * the offending node's line and column, worded as the hand-written readers
 * worded it (glossaries and the built-in data share these texts).
 */
import {describe, expect, it} from 'vitest'
import {coreMessage} from '../src/problem-texts.js'
import {boolean, list, object, oneOf, optional, readRoot, record, refine, string, words, type Schema} from '../src/schema.js'
import {PlainSource} from '../src/plain-source.js'
import {YamlReader} from '../src/yaml-reader.js'

const shape = object({
  name: string,
  kind: oneOf(['a', 'b'] as const, (value) => coreMessage('internal-data', {text: `unknown kind ${value}`})),
  flag: optional(boolean, false),
  tags: words,
  parts: list(object({id: refine(string, (value, fail) => (value.includes(' ') ? fail(coreMessage('internal-data', {text: 'an id has no spaces'})) : value))}), {kind: 'entry', of: 'parts'}),
  nested: optional(object({inner: words}))
})

function read<T>(schema: Schema<T>, text: string): T | string {
  try {
    return readRoot(new YamlReader('f.yaml', text), schema, {kind: 'file'})
  } catch (error) {
    return (error as Error).message
  }
}

describe('schema', () => {
  it('reads a valid mapping, with defaults for absent optional keys', () => {
    expect(read(shape, 'name: x\nkind: b\ntags: t\nparts:\n  - id: p\n')).toEqual({name: 'x', kind: 'b', flag: false, tags: ['t'], parts: [{id: 'p'}], nested: undefined})
  })

  it.each([
    ['an unknown key, listing the keys in their order', 'name: x\nkind: a\nother: 1\n', 'f.yaml:3:1: unknown key `other` in the file (expected one of: name, kind, flag, tags, parts, nested)'],
    ['a value of the wrong type', 'name: [x]\n', 'f.yaml:1:7: expected `name` to be a string'],
    ['an absent required key, at the start of the file', 'kind: a\n', 'f.yaml:1:1: expected `name` to be a string'],
    ['a value outside the choices', 'name: x\nkind: c\n', 'f.yaml:2:7: unknown kind c'],
    ['a wrong boolean', 'name: x\nkind: a\nflag: 3\n', 'f.yaml:3:7: expected `flag` to be true or false'],
    ['a list item of the wrong type', 'name: x\nkind: a\ntags: [t, {}]\n', 'f.yaml:3:11: expected each item of `tags` to be a string'],
    ['an entry of a list, by its list', 'name: x\nkind: a\nparts: [3]\n', 'f.yaml:3:9: expected a `parts` entry to be a mapping'],
    ['a refinement, at its value', 'name: x\nkind: a\nparts:\n  - id: p q\n', 'f.yaml:4:9: an id has no spaces'],
    ['a nested key, by its path', 'name: x\nkind: a\nnested: {inner: {}}\n', 'f.yaml:3:17: expected `nested.inner` to be a string or a list of strings'],
    ['an alias, refused as such', 'name: &n x\nkind: *n\n', 'f.yaml:2:7: YAML aliases are not supported (`*n`): write the value out']
  ])('refuses %s', (_, text, message) => {
    expect(read(shape, text)).toBe(message)
  })

  const withId = object({id: string, note: optional(string)}, {readOrder: ['note', 'id'], required: {key: 'id', problem: () => coreMessage('internal-data', {text: 'an entry needs an id'})}})
  const byLanguage = record(() => words, {keys: ['ru', 'en']})
  const upperKeys = record(() => string, {key: (source, key, subject) => string(source, key, subject).toUpperCase()})

  it('reads a mapping whose keys are data, in the file’s order', () => {
    expect(read(byLanguage, 'en: [b]\nru: a\n')).toEqual([['en', ['b']], ['ru', ['a']]])
    expect(read(upperKeys, 'x: 1\n2: y\n')).toEqual([['X', '1'], ['2', 'y']])
  })

  it.each([
    ['a required key, at the mapping, after the keys', withId, 'note: x\n', 'f.yaml:1:1: an entry needs an id'],
    ['an unknown key before a required one', withId, 'note: x\nother: 1\n', 'f.yaml:2:1: unknown key `other` in the file (expected one of: id, note)'],
    ['the fields in their read order', withId, 'id: [a]\nnote: [b]\n', 'f.yaml:2:7: expected `note` to be a string'],
    ['an unknown key of a record before any value', byLanguage, 'ru: [{}]\nde: [a]\n', 'f.yaml:2:1: unknown key `de` in the file (expected one of: ru, en)'],
    ['a record’s values in the file’s order', byLanguage, 'en: [{}]\nru: [{}]\n', 'f.yaml:1:6: expected the file to be a string'],
    ['a record that is no mapping', byLanguage, '[a]\n', 'f.yaml:1:1: expected the file to be a mapping'],
    ['a merge key', withId, '<<: {id: a}\n', 'f.yaml:1:1: YAML merge keys (`<<`) are not supported: write the keys out'],
    ['a key that is no string', withId, '1: a\n', 'f.yaml:1:1: expected a string key in the file']
  ] as Array<[string, Schema<unknown>, string, string]>)('refuses %s', (_, schema, text, message) => {
    expect(read(schema, text)).toBe(message)
  })
})

describe('the schema over plain values', () => {
  // A locator that writes the path it was asked for into the place: line 1 for a value, 2 for a key.
  const source = (value: unknown) => new PlainSource('c.json', value, (at, part) => ({line: part === 'key' ? 2 : 1, column: at.length + 1}))
  const readPlain = <T>(schema: Schema<T>, value: unknown): T | string => {
    try {
      const plain = source(value)
      return readRoot(plain, schema, {kind: 'file'})
    } catch (error) {
      return (error as Error).message
    }
  }

  it('reads what the YAML reader reads, a key holding undefined as absent', () => {
    expect(readPlain(shape, {name: 'x', kind: 'b', flag: undefined, tags: 't', parts: [{id: 'p'}]})).toEqual({name: 'x', kind: 'b', flag: false, tags: ['t'], parts: [{id: 'p'}], nested: undefined})
  })

  it.each([
    ['an unknown key, at the key', {name: 'x', kind: 'a', other: 1}, 'c.json:2:2: unknown key `other` in the file (expected one of: name, kind, flag, tags, parts, nested)'],
    ['a value by its path', {name: 'x', kind: 'a', parts: [{id: 'p q'}]}, 'c.json:1:4: an id has no spaces'],
    ['a list item', {name: 'x', kind: 'a', tags: ['t', {}]}, 'c.json:1:3: expected each item of `tags` to be a string']
  ])('refuses %s', (_, value, message) => {
    expect(readPlain(shape, value)).toBe(message)
  })

  it('places every problem at the file’s start without a locator', () => {
    expect(() => readRoot(new PlainSource('m.mjs', {name: 1}), shape, {kind: 'file'})).toThrow(/^m\.mjs:1:1: expected `kind` to be a string$/u)
  })
})

/**
 * Reading a document's bytes as text. UTF-8 (with or without BOM) is the norm;
 * Russian documents from Windows are often windows-1251, which is decoded when
 * the bytes are not UTF-8 and read as mostly Cyrillic text. Anything else is a
 * clear error for that file.
 */
import type {Message} from '@reqlint/core/i18n'
import {cliMessage} from './texts.js'

export interface Decoded {
  readonly text: string
  readonly encoding: 'utf-8' | 'windows-1251'
  readonly bom: boolean
}

/** Why a document's bytes cannot be read as text, in every locale; `message` is the English text. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError'
  readonly problem: Message

  constructor(problem: Message) {
    super(problem.text.en)
    this.problem = problem
  }
}

/** Larger documents are refused: a specification is not a data dump, and the parser is superlinear on some input. */
export const maxDocumentBytes = 16 * 1024 * 1024

/** Why a file of `size` bytes is not read, if it is too large; checked before reading, so a huge file costs no memory. */
export function sizeProblem(size: number): Message | undefined {
  if (size <= maxDocumentBytes) return undefined
  return cliMessage('document-too-large', {bytes: size, limit: maxDocumentBytes})
}

export function decodeDocument(bytes: Uint8Array): Decoded {
  const tooLarge = sizeProblem(bytes.length)
  if (tooLarge !== undefined) throw new DecodeError(tooLarge)
  if (bytes.includes(0)) throw new DecodeError(cliMessage('binary-file', {}))
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    const text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)
    return {text: bom ? text.slice(1) : text, encoding: 'utf-8', bom}
  } catch {
    const text = new TextDecoder('windows-1251').decode(bytes)
    if (isWindows1251Text(bytes, text)) return {text, encoding: 'windows-1251', bom: false}
    const offset = firstInvalidUtf8(bytes)
    throw new DecodeError(cliMessage('invalid-utf8', {offset}))
  }
}

/**
 * Whether bytes that are not UTF-8 are a windows-1251 text: every byte is one
 * of its characters (0x98 is none), the letters are mostly Cyrillic, and the
 * bytes are not UTF-8 with a few stray ones. UTF-8 Cyrillic read as
 * windows-1251 is Cyrillic too («РЎРёСЃС‚РµРјР°»), so the test that tells
 * them apart is how many bytes make valid UTF-8 sequences: hardly any in a
 * real windows-1251 text, whose letters (0xC0–0xFF) are seldom followed by the
 * punctuation bytes 0x80–0xBF that would continue a sequence.
 */
function isWindows1251Text(bytes: Uint8Array, text: string): boolean {
  if (bytes.includes(0x98)) return false
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  const cyrillic = text.match(/[\u0410-\u044F\u0401\u0451]/gu)?.length ?? 0
  if (letters === 0 || cyrillic / letters < 0.3) return false
  let inSequences = 0
  let stray = 0
  let index = 0
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index)
    if (length > 1) inSequences += length
    else if (length === 0) stray++
    index += Math.max(length, 1)
  }
  return inSequences < stray
}

/** The length of the valid UTF-8 sequence at `index` (1 for ASCII), or 0 if there is none. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const byte = bytes[index]!
  const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
  for (let next = 1; next < length; next++) {
    const continuation = bytes[index + next]
    if (continuation === undefined || (continuation & 0xc0) !== 0x80) return 0
  }
  return length
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index)
    if (length === 0) return index
    index += length
  }
  return index
}

/** Encodes text back the way it was read. */
export function encodeDocument(text: string, decoded: Pick<Decoded, 'encoding' | 'bom'>): Uint8Array {
  if (decoded.encoding === 'windows-1251') return encodeWindows1251(text)
  const body = new TextEncoder().encode(text)
  if (!decoded.bom) return body
  const out = new Uint8Array(body.length + 3)
  out.set([0xef, 0xbb, 0xbf])
  out.set(body, 3)
  return out
}

let table: Map<string, number> | undefined

function encodeWindows1251(text: string): Uint8Array {
  if (!table) {
    table = new Map()
    const decoder = new TextDecoder('windows-1251')
    for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte)
  }
  const out = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index++) {
    const byte = table.get(text[index]!)
    if (byte === undefined) throw new DecodeError(cliMessage('cannot-encode', {character: text[index]!, encoding: 'windows-1251'}))
    out[index] = byte
  }
  return out
}

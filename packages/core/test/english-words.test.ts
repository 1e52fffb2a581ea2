import {describe, expect, it} from 'vitest'
import {isEnglishWordInCapitals} from '../src/english-words.js'

describe('isEnglishWordInCapitals', () => {
  it('reads a common English word set in capitals as a word', () => {
    for (const word of ['KEY', 'CLEAR', 'MET', 'CAN', 'MANUAL']) expect(isEnglishWordInCapitals(word), word).toBe(true)
  })

  it('reads two common words run together as a word', () => {
    for (const word of ['GOAWAY', 'WHOIS', 'GOPATH', 'README']) expect(isEnglishWordInCapitals(word), word).toBe(true)
  })

  it('leaves abbreviations, short words, other cases and other scripts alone', () => {
    // Abbreviations; RAG and PAT are words only in SCOWL's larger lists.
    for (const word of ['API', 'SSO', 'RBAC', 'DRBD', 'RAG', 'PAT', 'HSM']) expect(isEnglishWordInCapitals(word), word).toBe(false)
    // Two letters (IT, US), mixed or small letters, Cyrillic capitals.
    for (const word of ['IT', 'US', 'Key', 'key', 'КЛЮЧ']) expect(isEnglishWordInCapitals(word), word).toBe(false)
    // Four letters do not split into two words ("AS" + "IS" would).
    expect(isEnglishWordInCapitals('ASIS')).toBe(false)
  })
})

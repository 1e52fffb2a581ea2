// TEMPORARY SHIM placed by the lead so the build works until the real morphology module lands; the morphology engineer replaces this whole file.
import {normalizeWord} from '../normalize.js'
const endings = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах', 'и', 'ой', 'ей', 'ю', 'ую', 'ая', 'ые', 'ых', 'ым', 'ыми', 'ого', 'ому', 'ый', 'ий', 'ь', 'я', 'ям', 'ями', 'ях', 'ок', 'ек']
export function wordForms(lemma: string): ReadonlySet<string> {
  const n = normalizeWord(lemma)
  if (!/[а-я]/.test(n)) return new Set([n, n + 's', n + 'es'])
  const stem = n.replace(/(ая|ый|ий|ой|ое|ие|а|я|о|е|ь|й)$/, '')
  return new Set([n, ...endings.map((e) => stem + e)])
}
export function matchTokens(text: string): string[] {
  return normalizeWord(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}
export function phraseForms(phrase: string): ReadonlyArray<ReadonlySet<string>> {
  return matchTokens(phrase).map((t) => wordForms(t))
}

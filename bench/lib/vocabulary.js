// Russian-looking pseudo-terms for the generated glossaries and documents. The words are made up
// from syllables, so they collide with nothing in the built-in glossary, and they inflect with
// regular endings (adjective -ный/-ная, masculine nouns on a consonant, feminine nouns on -а), so
// a morphology module derives their forms like those of real words. A few terms start with real,
// frequent head nouns («система …», «журнал …»), as large real glossaries do.
import {createRandom} from './prng.js'

const syllables = [
  'ба', 'ве', 'ги', 'до', 'ку', 'ла', 'ми', 'но', 'пе', 'ро', 'са', 'ти', 'фу', 'хо', 'це', 'ше',
  'бро', 'вла', 'гре', 'дру', 'кле', 'пра', 'сто', 'тре', 'зна', 'мо', 'ре', 'ли', 'та', 'ка',
  'ра', 'ло', 'ни', 'со', 'ву', 'ди', 'зе', 'ню', 'ря', 'го', 'жу', 'ме', 'ту', 'по', 'ле', 'ны'
]
const closers = ['р', 'н', 'т', 'к', 'л', 'м', 'д', 'с', 'рт', 'нт', 'ст', 'лк']
const adjectiveSuffixes = ['н', 'ов', 'ичн', 'альн', 'ск']
/** Real head nouns (feminine ones marked) and their frequent use in requirements. */
const heads = [
  {lemma: 'система', gender: 'f'},
  {lemma: 'журнал', gender: 'm'},
  {lemma: 'отчет', gender: 'm'},
  {lemma: 'документ', gender: 'm'},
  {lemma: 'справочник', gender: 'm'},
  {lemma: 'сервис', gender: 'm'},
  {lemma: 'процесс', gender: 'm'},
  {lemma: 'карточка', gender: 'f'},
  {lemma: 'реестр', gender: 'm'},
  {lemma: 'модуль', gender: 'm'}
]
const cyrillicCapitals = 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ'

/**
 * A word with its forms for the documents: `nom`, `gen`, `ins`, `acc`.
 * Masculine: бролат, бролата, бролатом, бролат; feminine: кледина, кледины, клединой, кледину.
 */
function noun(stem, gender) {
  if (gender === 'm') return {gender, nom: stem, gen: stem + 'а', ins: stem + 'ом', acc: stem}
  // Spelling rule: «и», not «ы», after к, г, х, ж, ш.
  const i = /[кгхжш]$/u.test(stem) ? 'и' : 'ы'
  return {gender, nom: stem + 'а', gen: stem + i, ins: stem + 'ой', acc: stem + 'у'}
}

function adjective(stem, gender) {
  const soft = /[кгх]$/u.test(stem) // «-ский»: «и» after к
  if (gender === 'm') {
    const nom = stem + (soft ? 'ий' : 'ый')
    return {nom, gen: stem + 'ого', ins: stem + (soft ? 'им' : 'ым'), acc: nom}
  }
  return {nom: stem + 'ая', gen: stem + 'ой', ins: stem + 'ой', acc: stem + 'ую'}
}

/**
 * `count` glossary entries, the same first entries whatever the count (seeded), every name unique
 * after normalisation, every abbreviation unique. Each entry: {term, form, abbreviation?,
 * synonyms: [{text, form}], avoid: [{text, form}], definition}. `form(case)` writes a name in a case
 * (`nom`, `gen`, `ins`, `acc`).
 */
export function generateEntries(count, seed = 0x5eed) {
  const random = createRandom(seed)
  const names = new Set()
  const abbreviations = new Set()
  const stem = (min, max) => {
    let text = ''
    const length = random.int(min, max)
    for (let i = 0; i < length; i++) text += random.pick(syllables)
    return text
  }
  const phrase = (headChance) => {
    for (;;) {
      let made
      if (random.chance(headChance)) {
        // «журнал кледины»: a real head noun and a made-up noun in the genitive.
        const head = random.pick(heads)
        const dependent = noun(stem(2, 3) + random.pick(closers), 'f')
        const headForms =
          head.gender === 'm'
            ? {nom: head.lemma, gen: head.lemma + 'а', ins: head.lemma + 'ом', acc: head.lemma}
            : {nom: head.lemma, gen: head.lemma.slice(0, -1) + 'ы', ins: head.lemma.slice(0, -1) + 'ой', acc: head.lemma.slice(0, -1) + 'у'}
        made = {text: `${head.lemma} ${dependent.gen}`, form: (c) => `${headForms[c]} ${dependent.gen}`}
      } else {
        const gender = random.chance(0.5) ? 'm' : 'f'
        const n = noun(stem(2, 3) + random.pick(closers), gender)
        const a = adjective(stem(1, 2) + random.pick(closers) + random.pick(adjectiveSuffixes), gender)
        if (random.chance(0.15)) {
          // Three words: an adjective, a noun and a noun in the genitive («бролатный контур кледины»).
          const tail = noun(stem(2, 2) + random.pick(closers), 'f')
          made = {text: `${a.nom} ${n.nom} ${tail.gen}`, form: (c) => `${a[c]} ${n[c]} ${tail.gen}`}
        } else {
          made = {text: `${a.nom} ${n.nom}`, form: (c) => `${a[c]} ${n[c]}`}
        }
      }
      const key = made.text.replace(/ё/g, 'е').toLowerCase()
      if (names.has(key)) continue
      names.add(key)
      return made
    }
  }
  const abbreviation = (text) => {
    const initials = text
      .split(' ')
      .map((word) => word[0].toUpperCase())
      .join('')
    let candidate = initials
    while (candidate.length < 2 || abbreviations.has(candidate)) {
      candidate = (candidate.length >= 5 ? initials : candidate) + random.pick(cyrillicCapitals)
    }
    abbreviations.add(candidate)
    return candidate
  }

  const entries = []
  for (let index = 0; index < count; index++) {
    const term = phrase(0.03)
    const entry = {term: term.text, form: term.form, synonyms: [], avoid: [], abbreviation: undefined, definition: ''}
    if (random.chance(0.35)) entry.abbreviation = abbreviation(term.text)
    if (random.chance(0.3)) entry.synonyms.push(phrase(0))
    if (random.chance(0.1)) entry.avoid.push(phrase(0))
    entry.definition = `${capitalize(term.text)} — ${random.pick(['объект', 'документ', 'процесс', 'показатель', 'роль'])} учета, ${random.pick(['ведется', 'хранится', 'формируется', 'рассчитывается'])} ${random.pick(['в системе', 'в справочнике', 'по регламенту', 'ежедневно'])}.`
    entries.push(entry)
  }
  return entries
}

export function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The glossary file of reqlint's format for `entries`. */
export function glossaryYaml(entries) {
  const lines = [
    `# Generated by bench/run.js: ${entries.length} made-up entries for timing; not a real glossary.`,
    'language: ru',
    'builtinAbbreviations: true',
    'terms:'
  ]
  for (const entry of entries) {
    lines.push(`  - term: ${entry.term}`)
    if (entry.abbreviation) lines.push(`    abbreviation: ${entry.abbreviation}`)
    if (entry.synonyms.length > 0) lines.push(`    synonyms: [${entry.synonyms.map((s) => s.text).join(', ')}]`)
    if (entry.avoid.length > 0) lines.push(`    avoid: [${entry.avoid.map((a) => a.text).join(', ')}]`)
    lines.push(`    definition: ${entry.definition}`)
  }
  return lines.join('\n') + '\n'
}

/** A prh dictionary of `count` rules: avoided and synonym names → the term, vague words → a note. */
export function prhYaml(entries, count) {
  const rules = []
  const vague = [
    ['быстро', 'за N секунд'],
    ['удобный', 'измеримый критерий'],
    ['при необходимости', 'условие'],
    ['и т.д.', 'полный перечень'],
    ['оперативно', 'за N минут'],
    ['достаточный', 'величина'],
    ['коробка', 'коробочная версия'],
    ['тех. задание', 'техническое задание'],
    ['Crm', 'CRM'],
    ['user friendly', 'measurable criterion']
  ]
  for (const [pattern, expected] of vague) rules.push({expected, patterns: [pattern]})
  for (const entry of entries) {
    if (rules.length >= count) break
    // prh matches surface strings: the other names of the entry, else the term written with a stray double space.
    const names = [...entry.synonyms, ...entry.avoid].map((name) => name.text)
    const patterns = names.length > 0 ? names : [entry.term.replace(/ /, '  ')]
    rules.push({expected: entry.term, patterns})
  }
  while (rules.length < count) rules.push({expected: `термин${rules.length}`, patterns: [`термен${rules.length}`]})
  const lines = ['version: 1', 'rules:']
  for (const rule of rules.slice(0, count)) {
    lines.push(`  - expected: ${JSON.stringify(rule.expected)}`)
    lines.push(`    patterns:`)
    for (const pattern of rule.patterns) lines.push(`      - ${JSON.stringify(pattern)}`)
  }
  return lines.join('\n') + '\n'
}

/** The keys of data/morphology.ru.yaml: the lists that are sets, and the mappings. Shared by the build-time reader and the run. */
export const russianWordSets = [
  'functionWords', 'adverbs', 'nounsInNo', 'nounsInOj', 'nounsInNij', 'nounsInChie', 'nounsInAya', 'nativeNeuterE', 'indeclinableYe',
  'indeclinableO', 'pluralOnlySoft', 'masculineSoft', 'feminineSoft', 'keepsVowel', 'qualitativeOj', 'qualitativeOv', 'notInfinitives',
  'hyphenParticles'
] as const

export const russianWordMaps = ['pronouns', 'obliqueStems', 'irregularNouns', 'irregularComparatives'] as const

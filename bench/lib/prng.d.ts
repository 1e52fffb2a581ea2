/** Types of prng.js, for the TypeScript tests that generate their corpora with it. */
export interface Random {
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  pick<T>(list: readonly T[]): T
  chance(p: number): boolean
  /** `count` distinct items of `list`. */
  sample<T>(list: readonly T[], count: number): T[]
}

export function createRandom(seed: number): Random

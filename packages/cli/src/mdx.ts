/**
 * MDX support is a separate entry of @reqlint/core (its parser is a tenth of a
 * short run's start-up): loaded only when some input is MDX.
 */

export function isMdx(name: string): boolean {
  return /\.mdx$/iu.test(name)
}

/** Loads MDX support if any of the documents needs it. */
export async function loadMdxFor(names: Iterable<string>): Promise<void> {
  for (const name of names) {
    if (isMdx(name)) {
      await import('@reqlint/core/mdx')
      return
    }
  }
}

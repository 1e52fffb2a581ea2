/** Every rule of reqlint, in the order they run and are documented. */
import type {Rule} from '../rule.js'
import {ambiguousWording} from './ambiguous-wording.js'
import {inconsistentTerm} from './inconsistent-term.js'
import {mixedScript} from './mixed-script.js'
import {undefinedAbbreviation} from './undefined-abbreviation.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options
export const rules: ReadonlyArray<Rule<any>> = [undefinedAbbreviation, inconsistentTerm, ambiguousWording, mixedScript]

export {ambiguousWording, inconsistentTerm, mixedScript, undefinedAbbreviation}

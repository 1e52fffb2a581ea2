/** Every rule of reqlint, in the order they run and are documented. */
import type {Rule} from '../rule.js'
import {ambiguousWording} from './ambiguous-wording.js'
import {inconsistentTerm} from './inconsistent-term.js'
import {mixedScript} from './mixed-script.js'
import {undefinedAbbreviation} from './undefined-abbreviation.js'

export const rules: readonly Rule[] = [undefinedAbbreviation, inconsistentTerm, ambiguousWording, mixedScript]

export {ambiguousWording, inconsistentTerm, mixedScript, undefinedAbbreviation}

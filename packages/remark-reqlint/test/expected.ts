/** The findings the fixture site must produce, shared by the tests that run it different ways. */

/** What spec.md must produce with the site glossary: every rule, in tables and lists, control comments applied. */
export const specFindings = [
  '8:66-8:69 undefined-abbreviation «SSO»',
  '12:19-12:25 ambiguous-wording «быстро»',
  '13:59-13:66 inconsistent-term «коробку»',
  '14:25-14:37 inconsistent-term «тех. задание»',
  '18:47-18:54 ambiguous-wording «удобным»',
  '19:29-19:32 mixed-script «CRМ»',
  '27:23-27:29 ambiguous-wording «быстро»'
]

/** What guide.mdx must produce: prose in a JSX element and in a table cell, nothing else. */
export const guideFindings = ['12:43-12:49 ambiguous-wording «быстро»', '19:27-19:33 ambiguous-wording «быстро»']

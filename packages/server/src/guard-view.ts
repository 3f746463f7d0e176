/**
 * The user file as workflow guards read it. The shipped `validOrientation` guard reads
 * `/userFile/rights/cdaphDecisions` with establishment categories (`ime`, `mas`), while the
 * user-file schema keeps CDAPH decisions under `/rights/mdph/decisions` with TRE_R66 codes
 * (`183`, `255`). Until the two agree, this view adds the former, derived from the latter, so an
 * IME or MAS admission can pass its orientation check. Nothing is written back.
 */

/** TRE_R66 category codes → the establishment categories workflow definitions use. */
const CATEGORY_OF_TRE_R66: Record<string, string> = {
  '177': 'mecs',
  '183': 'ime',
  '186': 'itep',
  '192': 'iem',
  '255': 'mas',
  '500': 'ehpad',
};

interface CdaphDecision {
  kind?: string;
  category?: string;
  openingDate?: string;
  expiryDate?: string;
}

/**
 * Returns the file with `rights.cdaphDecisions` derived from `rights.mdph.decisions` (refusals
 * and closures left out), unless the file already has it.
 *
 * @example
 * guardView({ rights: { mdph: { decisions: [{ id: 'd1', date: '2025-01-01', category: '183', openingDate: '2025-01-01' }] } } });
 * // → rights.cdaphDecisions = [{ category: 'ime', openingDate: '2025-01-01', … }]
 */
export function guardView(file: unknown): unknown {
  if (!file || typeof file !== 'object') return file;
  const rights = (file as { rights?: { cdaphDecisions?: unknown; mdph?: { decisions?: CdaphDecision[] } } })
    .rights;
  const decisions = rights?.mdph?.decisions;
  if (!rights || rights.cdaphDecisions !== undefined || !Array.isArray(decisions)) return file;
  const cdaphDecisions = decisions
    .filter((d) => d.kind !== 'refusal' && d.kind !== 'closure')
    .map((d) => ({ ...d, category: (d.category && CATEGORY_OF_TRE_R66[d.category]) ?? d.category }));
  return { ...file, rights: { ...rights, cdaphDecisions } };
}

/** A confidence band as documented by Handl (handl-api.md §6, "Confidence scale"). */
export interface Band {
  id: 'certain' | 'fairly' | 'possibly-wrong' | 'probably-wrong' | 'wrong';
  label: string;
  range: string;
}

export const BANDS: readonly Band[] = [
  { id: 'certain', label: 'certain', range: '0.90–1' },
  { id: 'fairly', label: 'fairly certain', range: '0.70–0.89' },
  { id: 'possibly-wrong', label: 'possibly wrong', range: '0.50–0.69' },
  { id: 'probably-wrong', label: 'probably wrong', range: '0.01–0.49' },
  { id: 'wrong', label: 'certainly wrong', range: '0' },
];

/**
 * The band of a confidence. The documented ranges have gaps at two decimals (0.895?), so each
 * band starts at its lower bound and runs up to the next one.
 */
export function bandOf(confidence: number): Band {
  const index = confidence >= 0.9 ? 0 : confidence >= 0.7 ? 1 : confidence >= 0.5 ? 2 : confidence > 0 ? 3 : 4;
  return BANDS[index] as Band;
}

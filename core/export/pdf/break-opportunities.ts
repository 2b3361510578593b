import LineBreaker from 'linebreak';

/** A place a line may end: before `position`; `required` after a line break in the text. */
export type BreakOpportunity = { position: number; required: boolean };

/** The Unicode line-break opportunities of `text` (UAX #14), in order; the last is its end. */
export function breakOpportunities(text: string): BreakOpportunity[] {
  const out: BreakOpportunity[] = [];
  const breaker = new LineBreaker(text);
  for (let b = breaker.nextBreak(); b !== null; b = breaker.nextBreak()) out.push({ position: b.position, required: b.required });
  return out;
}

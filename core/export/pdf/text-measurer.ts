import { FONT_FACES, type FontFace, type FontMetrics } from './font-metrics.ts';

/**
 * Widths of words with a cache per face: a statement repeats its words, and shaping a word
 * (fontkit's layout) costs far more than a map lookup. Widths scale linearly with the size
 * (PDF has no hinting), so the cache holds em widths.
 */
export class TextMeasurer {
  private readonly caches = new Map<FontFace, Map<string, number>>(FONT_FACES.map((face) => [face, new Map()]));

  readonly metrics: FontMetrics;

  constructor(metrics: FontMetrics) {
    this.metrics = metrics;
  }

  width(text: string, face: FontFace, size: number): number {
    if (text === '') return 0;
    const cache = this.caches.get(face)!;
    let em = cache.get(text);
    if (em === undefined) {
      em = this.metrics.advance(text, face);
      cache.set(text, em);
    }
    return em * size;
  }

  /** Distinct strings measured so far (for tests of the cache). */
  get cachedCount(): number {
    let count = 0;
    for (const cache of this.caches.values()) count += cache.size;
    return count;
  }
}

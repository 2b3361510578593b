/**
 * Types of the small untyped packages the layout engine uses. Both are plain JavaScript with
 * no Node imports, so they run in core (main process, worker, tests) like our own code.
 */
declare module 'linebreak' {
  /** Unicode line breaking (UAX #14): each break opportunity in turn, then null. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}

declare module 'hypher' {
  export type HyphenationPatterns = { id: string | string[]; leftmin: number; rightmin: number; patterns: Record<string, string>; exceptions?: string };
  /** Liang's algorithm over TeX patterns: a word as its syllables. */
  export default class Hypher {
    constructor(patterns: HyphenationPatterns);
    hyphenate(word: string): string[];
  }
}

declare module 'hyphenation.en-us' {
  import type { HyphenationPatterns } from 'hypher';
  const patterns: HyphenationPatterns;
  export default patterns;
}

declare module 'hyphenation.ru' {
  import type { HyphenationPatterns } from 'hypher';
  const patterns: HyphenationPatterns;
  export default patterns;
}

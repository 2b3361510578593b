/**
 * The few web-platform globals core/ uses. They exist in Node and in browsers alike, but
 * core compiles without the DOM and Node typings so that it cannot lean on either.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly username: string;
  readonly password: string;
}

/** For reading imported files in their encoding (core/import/decode-bytes.ts). */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}

/** For an archive import's chunks, sent between threads as bytes (core/archive/archive-chunk.ts). */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

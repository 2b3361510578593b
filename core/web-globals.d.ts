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

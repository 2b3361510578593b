/**
 * The part of Papa Parse (papaparse) that core uses: synchronous parsing of a string, one row
 * at a time. Declared here rather than taken from @types/papaparse, whose typings pull in
 * all of Node's and would let core/ use Node globals unnoticed.
 */
declare module 'papaparse' {
  export type ParseError = { type: 'Quotes' | 'Delimiter' | 'FieldMismatch'; code: string; message: string; row?: number; index?: number };
  export type StepResult = {
    data: string[];
    errors: ParseError[];
    /** meta.cursor: the offset in the input just after this row (and its line break). */
    meta: { cursor: number; delimiter: string; linebreak: string; aborted: boolean };
  };
  export type Parser = { abort(): void };
  export type ParseConfig = {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    escapeChar?: string;
    header?: false;
    skipEmptyLines?: boolean;
    step?: (results: StepResult, parser: Parser) => void;
  };
  const Papa: { parse(input: string, config: ParseConfig): void };
  export default Papa;
}

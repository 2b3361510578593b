import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { lineAndColumn } from '../statement/parse.ts';
import { templateMessages, type TemplateText } from './template-messages.ts';
import type { ProblemSink } from './template-problem.ts';

/**
 * Reading the settings block's YAML nodes with their places in the file, so that every
 * message about a setting or a variable points at its line.
 */
export type Place = { line: number; column: number };

export class YamlReader {
  // Plain fields, not parameter properties: Node runs this file by stripping types (the
  // command line, the benchmarks), and it cannot strip those.
  private readonly source: string;
  private readonly firstLine: number;
  readonly report: ProblemSink;
  /** The problems' words, in the interface language. */
  readonly m: TemplateText;

  constructor(source: string, firstLine: number, report: ProblemSink, m: TemplateText = templateMessages.en) {
    this.source = source;
    this.firstLine = firstLine;
    this.report = report;
    this.m = m;
  }

  placeOf(node: Node | null | undefined, fallback: Place = { line: this.firstLine, column: 1 }): Place {
    const offset = node?.range?.[0];
    if (offset === undefined) return fallback;
    const { line, column } = lineAndColumn(this.source, offset);
    return { line: line + this.firstLine - 1, column };
  }

  placeOfOffset(offset: number): Place {
    const { line, column } = lineAndColumn(this.source, offset);
    return { line: line + this.firstLine - 1, column };
  }

  problem(node: Node | null | undefined, message: string, fallback?: Place): void {
    const { line, column } = this.placeOf(node, fallback);
    this.report(line, column, message);
  }

  /** The entries of a mapping with their keys as text; reports anything that is not one. */
  entries(node: Node | null | undefined, what: string): Array<{ key: string; pair: Pair<Node, Node | null> }> {
    if (!isMap(node)) {
      this.problem(node, this.m.notAMapping(what));
      return [];
    }
    return (node.items as Array<Pair<Node, Node | null>>).flatMap((pair) => {
      if (!isScalar(pair.key) || pair.key.value === null || typeof pair.key.value === 'object') {
        this.problem(pair.key, this.m.nameBeforeColon(what));
        return [];
      }
      return [{ key: String(pair.key.value).trim().replace(/\s+/g, ' '), pair }];
    });
  }

  /** A single line of text; numbers are taken as their figures. */
  text(node: Node | null | undefined, what: string, at: Place): string | null {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value).trim();
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) {
      this.report(at.line, at.column, this.m.empty(what));
      return null;
    }
    // {{name}} without quotes reads as YAML's inline mapping; say how to write it.
    this.problem(node, this.m.notText(what, isMap(node)));
    return null;
  }

  /** A list of text lines, or one line standing for a list of one. */
  textList(node: Node | null | undefined, what: string, at: Place): Array<{ text: string; place: Place }> {
    if (isSeq(node)) {
      return node.items.flatMap((item) => {
        const place = this.placeOf(item as Node, at);
        const text = this.text(item as Node, what, place);
        return text === null ? [] : [{ text, place }];
      });
    }
    const text = this.text(node, what, at);
    return text === null ? [] : [{ text, place: this.placeOf(node, at) }];
  }

  /** yes/no, true/false; YAML 1.2 reads "yes" as text, and writers type it. */
  flag(node: Node | null | undefined, what: string, at: Place): boolean {
    const value = isScalar(node) ? node.value : undefined;
    if (value === true || value === false) return value;
    if (typeof value === 'string' && /^(yes|no)$/i.test(value)) return value.toLowerCase() === 'yes';
    this.report(at.line, at.column, this.m.notAFlag(what));
    return false;
  }
}

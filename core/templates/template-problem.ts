/** What is wrong in a template file, and where: a writer opens the file at that line. */
export type TemplateProblem = { file: string; line: number; column: number; message: string };

/** Collects problems of one file, so each parser step only says the line and the message. */
export type ProblemSink = (line: number, column: number, message: string) => void;

export function problemCollector(file: string): { problems: TemplateProblem[]; report: ProblemSink } {
  const problems: TemplateProblem[] = [];
  return { problems, report: (line, column, message) => problems.push({ file, line, column, message }) };
}

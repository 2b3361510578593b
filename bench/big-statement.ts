/**
 * Generates a long statement for the benchmarks: 800 paragraphs of English and Russian
 * prose with headings, nested lists, quotes, bold, italic and links, in Lexical's
 * serialized form. Deterministic (seeded), so runs compare like with like.
 */
import { STATEMENT_FORMAT, STATEMENT_VERSION } from '../core/statement/format.ts';
import type { SerializedNode } from '../core/statement/editor-state.ts';
import type { Statement } from '../core/statement/schema.ts';

const EN = (
  'the authorities detained blogger lawyer defender journalist activist court sentence appeal hearing article code criminal ' +
  'charges extradition deportation asylum refugee return torture custody prison colony family relatives access counsel ' +
  'international obligations convention committee rapporteur urgent release immediately unconditionally guarantee safety ' +
  'independent investigation allegations ill-treatment monitoring embassy ministry government parliament civil society ' +
  'organisations freedom expression assembly association peaceful protest arrest detention region border transfer'
).split(' ');
const RU = (
  'власти задержали блогера адвоката правозащитника журналиста активиста суд приговор апелляция слушание статья кодекс ' +
  'уголовный обвинения экстрадиция депортация убежище беженец возвращение пытки содержание колония семья родственники ' +
  'доступ защитник международные обязательства конвенция комитет докладчик срочно освободить немедленно безусловно ' +
  'гарантировать безопасность независимое расследование жестокое обращение мониторинг посольство министерство'
).split(' ');

/** Small, fast, seeded PRNG (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (t: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
const element = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
});

/** A footnote reference with its one-paragraph note, as the editor stores it. */
const footnote = (body: SerializedNode[]): SerializedNode => ({
  type: 'footnote',
  version: 1,
  $slots: { body: element('footnote-body', [element('paragraph', body, { textFormat: 0, textStyle: '' })]) },
});

export function generateBigStatement(paragraphs = 800, seed = 26, footnotes = 200): Statement {
  const rand = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (words: string[], n: number) => {
    const s = Array.from({ length: n }, () => pick(words)).join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const inline = (words: string[]): SerializedNode[] => {
    const runs: SerializedNode[] = [text(`${sentence(words, 12 + Math.floor(rand() * 10))} `)];
    const r = rand();
    if (r < 0.25) runs.push(text(sentence(words, 4), 1)); // bold
    else if (r < 0.45) runs.push(text(sentence(words, 3), 2)); // italic
    else if (r < 0.55) runs.push(element('link', [text(sentence(words, 3))], { url: 'https://www.ohchr.org/en/treaty-bodies/cat', rel: null, target: null, title: null }));
    runs.push(text(` ${sentence(words, 10 + Math.floor(rand() * 14))} ${sentence(words, 8)}`));
    return runs;
  };
  const blocks: SerializedNode[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const words = i % 2 === 0 ? EN : RU;
    if (i % 40 === 0) blocks.push(element('heading', [text(sentence(words, 5))], { tag: i % 80 === 0 ? 'h1' : 'h2' }));
    if (i % 25 === 12) {
      const item = (value: number, children: SerializedNode[]) => element('listitem', children, { value, checked: undefined });
      const nested = element('list', [item(1, [text(sentence(words, 6))]), item(2, [text(sentence(words, 7))])], { listType: 'bullet', start: 1, tag: 'ul' });
      blocks.push(
        element('list', [item(1, inline(words)), item(2, [nested]), item(2, inline(words)), item(3, [text(sentence(words, 9))])], {
          listType: i % 50 === 12 ? 'number' : 'bullet',
          start: 1,
          tag: i % 50 === 12 ? 'ol' : 'ul',
        }),
      );
      continue;
    }
    if (i % 30 === 20) {
      blocks.push(element('quote', inline(words)));
      continue;
    }
    blocks.push(element('paragraph', inline(words), { textFormat: 0, textStyle: '' }));
  }
  // Spread the notes evenly over the paragraphs, after their first sentence.
  const paragraphsOnly = blocks.filter((b) => b.type === 'paragraph');
  for (let n = 0; n < footnotes; n++) {
    const target = paragraphsOnly[Math.floor((n * paragraphsOnly.length) / footnotes)]!;
    const words = n % 2 === 0 ? EN : RU;
    const note = rand() < 0.3
      ? [text(`${sentence(words, 6)} `), element('link', [text('ohchr.org')], { url: 'https://www.ohchr.org/', rel: null, target: null, title: null })]
      : [text(`Article ${100 + n} of the Criminal Code. ${sentence(words, 9)}`)];
    target.children!.splice(1, 0, footnote(note));
  }
  return {
    format: STATEMENT_FORMAT,
    version: STATEMENT_VERSION,
    meta: { title: 'Benchmark: a long joint statement', date: '2025-06-26', places: ['Bishkek', 'Almaty', 'Vienna'], language: 'en', footnoteStyle: 'decimal' },
    editor: { root: element('root', blocks) as Statement['editor']['root'] },
    signatories: [],
  };
}

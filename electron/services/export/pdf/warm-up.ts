import type { StatementDocument } from '../../../../core/document/model.ts';
import { exportPdf } from './export-pdf.ts';

const run = (text: string) => ({ kind: 'text' as const, text, marks: [] });

/** A few lines in both languages, with a note, a link and bold and italic text. */
const SAMPLE: StatementDocument = {
  meta: { title: 'Warm-up', date: '2024-06-26', dateText: '26 June 2024', dateline: 'Bishkek, 26 June 2024', language: 'en', footnoteStyle: 'decimal' },
  blocks: [
    { kind: 'heading', level: 2, runs: [run('Calls to the authorities')] },
    {
      kind: 'paragraph',
      runs: [
        run('The undersigned organisations call for an independent investigation of the allegations of torture in custody'),
        { kind: 'noteref', noteId: 'fn-1', number: 1, label: '1' },
        run('. '),
        { kind: 'text', text: 'Immediately and unconditionally.', marks: ['bold'] },
        { kind: 'link', href: 'https://www.ohchr.org/', runs: [{ kind: 'text', text: ' Committee against Torture', marks: ['italic'] }] },
      ],
    },
    { kind: 'paragraph', runs: [run('Власти должны немедленно освободить правозащитника и обеспечить доступ защитника и родственников.')], lang: 'ru' },
  ],
  footnotes: [{ id: 'fn-1', number: 1, label: '1', blocks: [{ kind: 'paragraph', runs: [run('Article 3 of the Convention against Torture.')] }] }],
  warnings: [],
};

/**
 * Readies a worker for its first export: reads and parses the fonts, builds the hyphenation
 * patterns and lets the engine's code be compiled, by exporting a short sample and throwing
 * it away. Call it when the export worker starts, before any request arrives.
 */
export async function preparePdfExport(options: { fontDirectory?: string } = {}): Promise<void> {
  await exportPdf(SAMPLE, options.fontDirectory === undefined ? {} : { fontDirectory: options.fontDirectory });
}

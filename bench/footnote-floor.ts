/**
 * The floor under the footnote figures: the same insertion and deletion done to the same
 * page by hand-written DOM calls, with no editor, no React and no framework. The statement's
 * rendered DOM (its blocks, 200 references, the notes area) is frozen as plain HTML in a
 * contenteditable with the app's own styles, and a key does only what the browser cannot
 * be spared: a reference put in the first paragraph, a note put first in the notes list,
 * every label in the text and in the notes repainted, and the caret put in the new note.
 * What Chromium needs for that on this machine is what no editor can go below; the rows
 * beside ours say how much of our time is the editor's own.
 */
import type { Page } from 'playwright-core';
import type { BenchRow } from './editor-bench.ts';
import { timeRenumber } from './footnote-bench.ts';
import { median, percentile } from './stats.ts';

/** Replaces the live editor with a frozen copy of its DOM and installs the hand-written insert (Ctrl+Alt+F) and delete (Ctrl+Alt+D). */
async function freezePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    // The whole window frozen as plain HTML (statement, panels, bars) with the same styles:
    // React and the editor go, the DOM and its layout stay as they were.
    const root = document.getElementById('root')!;
    const copy = root.cloneNode(true) as HTMLElement;
    root.replaceWith(copy);
    const frozen = copy.querySelector<HTMLElement>('.st-content')!;
    frozen.removeAttribute('data-lexical-editor');
    frozen.contentEditable = 'true';

    let serial = 0;
    const relabel = () => {
      const markers = frozen.querySelectorAll('.st-footnote-marker');
      const numbers = frozen.querySelectorAll('.st-footnotes .st-footnote-number');
      markers.forEach((marker, i) => {
        const text = marker.firstChild as Text;
        if (text.data !== String(i + 1)) text.data = String(i + 1);
      });
      numbers.forEach((number, i) => {
        const text = number.firstChild as Text;
        if (text.data !== String(i + 1)) text.data = String(i + 1);
      });
    };
    document.addEventListener('keydown', (event) => {
      if (!(event.ctrlKey && event.altKey)) return;
      if (event.code === 'KeyF') {
        event.preventDefault();
        const key = `floor-${++serial}`;
        const sup = document.createElement('sup');
        sup.className = 'st-footnote-ref';
        const marker = Object.assign(document.createElement('a'), { className: 'st-footnote-marker', href: `#note-${key}`, id: `ref-${key}` });
        marker.append(document.createTextNode('0'));
        sup.append(marker);
        frozen.querySelector('p')!.prepend(sup);
        const item = Object.assign(document.createElement('li'), { className: 'st-footnote', id: `note-${key}` });
        const number = Object.assign(document.createElement('button'), { className: 'st-footnote-number', type: 'button', contentEditable: 'false' });
        number.append(document.createTextNode('0'));
        const text = Object.assign(document.createElement('div'), { className: 'st-footnote-text' });
        const paragraph = document.createElement('p');
        paragraph.append(document.createElement('br'));
        text.append(paragraph);
        item.append(number, text);
        const list = frozen.querySelector('.st-footnotes')!;
        list.prepend(item);
        relabel();
        document.getSelection()!.setBaseAndExtent(paragraph, 0, paragraph, 0);
        paragraph.scrollIntoView({ block: 'nearest' });
      } else if (event.code === 'KeyD') {
        event.preventDefault();
        frozen.querySelector('.st-footnote-ref')?.remove();
        frozen.querySelector('.st-footnotes .st-footnote')?.remove();
        relabel();
      }
    });
  });
}

export async function runFootnoteFloorBench(page: Page, noteCount: number): Promise<BenchRow[]> {
  await freezePage(page);
  const inserts: number[] = [];
  const deletes: number[] = [];
  let count = noteCount;
  const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
  for (let round = 0; round < 15; round++) {
    await page.evaluate(() => {
      const first = document.querySelector('.st-content p')!;
      document.getSelection()!.setBaseAndExtent(first, 0, first, 0);
      window.scrollTo(0, 0);
      document.querySelector<HTMLElement>('.writing-column')?.scrollTo(0, 0);
    });
    await settle();
    inserts.push(await timeRenumber(page, { key: 'Control+Alt+F' }, ++count));
    await settle();
    deletes.push(await timeRenumber(page, { key: 'Control+Alt+D' }, --count));
    await settle();
  }
  return [
    { name: '  floor: the same insert by bare DOM calls, no editor, p50', value: median(inserts), unit: 'ms' },
    { name: '  floor: insert, p95', value: percentile(inserts, 95), unit: 'ms' },
    { name: '  floor: the same delete by bare DOM calls, p50', value: median(deletes), unit: 'ms' },
    { name: '  floor: delete, p95', value: percentile(deletes, 95), unit: 'ms' },
  ];
}

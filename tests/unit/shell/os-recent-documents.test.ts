import { describe, expect, it } from 'vitest';
import { createOsRecentSync } from '../../../electron/main/os-recent-documents.ts';

const docs = (...names: string[]) => names.map((name) => ({ name: `${name}.statement`, path: `/home/aida/${name}.statement` }));
const path = (name: string) => `/home/aida/${name}.statement`;

describe('recent documents in the OS', () => {
  function setUp() {
    const given: string[] = [];
    return { given, sync: createOsRecentSync({ addRecentDocument: (p) => void given.push(p) }) };
  }

  it('gives the whole list at first, oldest first, so the newest ends on top', () => {
    const { given, sync } = setUp();
    sync(docs('june-26', 'summit', 'custody'));
    expect(given).toEqual([path('custody'), path('summit'), path('june-26')]);
  });

  it('then gives only the files that came to the front', () => {
    const { given, sync } = setUp();
    sync(docs('june-26', 'summit'));
    given.length = 0;
    sync(docs('letter', 'june-26', 'summit'));
    expect(given).toEqual([path('letter')]);
    sync(docs('summit', 'letter', 'june-26'));
    expect(given).toEqual([path('letter'), path('summit')]);
  });

  it('gives nothing when the list has not changed or only lost a file', () => {
    const { given, sync } = setUp();
    sync(docs('june-26', 'summit', 'custody'));
    given.length = 0;
    sync(docs('june-26', 'summit', 'custody'));
    sync(docs('june-26', 'custody'));
    expect(given).toEqual([]);
  });

  it('starts over when the file that was on top is gone', () => {
    const { given, sync } = setUp();
    sync(docs('june-26', 'summit'));
    given.length = 0;
    sync(docs('summit'));
    expect(given).toEqual([path('summit')]);
  });
});

import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { COUNTRY_NAMES } from '../../../core/cases/countries.ts';
import { nameKeyPrefix, nameKeys, nameWords } from '../../../core/cases/name-key.ts';
import type { SignerRecord } from '../../../core/signatories/signer-record.ts';
import { createRecordStore, type RecordStore } from './record-store.ts';

/**
 * Storage and search of the roster's signers (the `signers` table, schema version 2). Each
 * row keeps the record's JSON and what finding it needs: the email in lower case, the name
 * keys between spaces and the lower-cased text of everything else a writer may type.
 *
 * A query's words must all match. A word matches when it is part of the text (names as
 * written, role, organisation, country in English or Russian, tags, email), or when every
 * name word in it begins one of the signer's name keys: "Reimberdi Kurbanov", "KURBANOV
 * Reyimberdy" and "Курбанов" all find Reyimberdy Kurbanov.
 */
export type SignerStore = RecordStore<SignerRecord> & {
  search(query: string): SignerRecord[];
  /** Signers with this email (any case), for spotting the same person twice. */
  withEmail(email: string): SignerRecord[];
};

/** Russian text is matched with ё read as е, as it is usually typed. */
const folded = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/** Longer queries are names pasted by mistake; the first words decide. */
const MAX_QUERY_WORDS = 8;

export function signerName(record: Pick<SignerRecord, 'givenName' | 'familyName'>): string {
  return [record.familyName, record.givenName].filter(Boolean).join(' ');
}

function searchText(record: SignerRecord): string {
  const country = record.country ? COUNTRY_NAMES[record.country] : undefined;
  return folded(
    [record.givenName, record.familyName, record.role, record.organisation, record.country ?? '', country?.en ?? '', country?.ru ?? '', ...record.tags, record.email]
      .filter(Boolean)
      .join(' \u0001 '),
  );
}

const keysColumn = (record: SignerRecord) => ` ${nameKeys(`${record.givenName} ${record.familyName}`).join(' ')} `;

export function createSignerStore(db: DatabaseSync): SignerStore {
  const records = createRecordStore<SignerRecord>(db, 'signers', signerName, {
    names: ['email', 'name_keys', 'search_text'],
    values: (record) => [record.email.toLowerCase(), keysColumn(record), searchText(record)],
  });
  const byEmail = db.prepare("SELECT record FROM signers WHERE email = ? AND email <> '' ORDER BY name COLLATE NOCASE, id");
  const searches = new Map<number, ReturnType<DatabaseSync['prepare']>>();
  const parse = (rows: unknown[]) => (rows as Array<{ record: string }>).map((row) => JSON.parse(row.record) as SignerRecord);

  /** One prepared statement per number of words; each word is a text parameter and up to four key parameters. */
  function searchStatement(words: number) {
    let statement = searches.get(words);
    if (!statement) {
      const condition = (i: number) =>
        `(instr(search_text, :w${i}) > 0 OR (:k${i}a <> '' AND instr(name_keys, :k${i}a) > 0 AND instr(name_keys, :k${i}b) > 0 AND instr(name_keys, :k${i}c) > 0 AND instr(name_keys, :k${i}d) > 0))`;
      const where = Array.from({ length: words }, (_, i) => condition(i)).join(' AND ');
      statement = db.prepare(`SELECT record FROM signers WHERE ${where} ORDER BY name COLLATE NOCASE, id`);
      searches.set(words, statement);
    }
    return statement;
  }

  return {
    ...records,
    withEmail(email) {
      const wanted = email.trim().toLowerCase();
      return wanted === '' ? [] : parse(byEmail.all(wanted));
    },
    search(query) {
      const words = query.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS);
      if (words.length === 0) return records.all();
      const params: Record<string, SQLInputValue> = {};
      words.forEach((word, i) => {
        params[`w${i}`] = folded(word);
        // A word may hold several name words ("Kurbanov-Smith"); each must begin a name key. At most four are checked.
        const keys = nameWords(word).map(nameKeyPrefix).filter(Boolean).slice(0, 4);
        const padded = keys.map((key) => ` ${key}`);
        ['a', 'b', 'c', 'd'].forEach((slot, j) => (params[`k${i}${slot}`] = padded[j] ?? padded[0] ?? ''));
      });
      return parse(searchStatement(words.length).all(params));
    },
  };
}

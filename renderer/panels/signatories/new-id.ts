/**
 * Ids for new signatories: "s-" and twelve random letters and digits (the schema's record
 * id). crypto.getRandomValues, not randomUUID, which only secure contexts have.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const LENGTH = 12;

type RandomBytes = (count: number) => ArrayLike<number>;
const cryptoBytes: RandomBytes = (count) => crypto.getRandomValues(new Uint8Array(count));

export function randomId(random: RandomBytes = cryptoBytes): string {
  return `s-${Array.from(random(LENGTH), (b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}

/** A maker of ids that never repeats one of `taken` (the list's) or one it made before. */
export function idMaker(taken: Iterable<string>, random: RandomBytes = cryptoBytes): () => string {
  const used = new Set(taken);
  return () => {
    let id = randomId(random);
    while (used.has(id)) id = randomId(random);
    used.add(id);
    return id;
  };
}

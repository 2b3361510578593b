import type { EventType } from '../cases/vocabulary.ts';

/**
 * The words that tell what happened to a person, in English and Russian: "extradited",
 * "forcibly returned", "was sentenced", "died", "депортирован", "задержана", "приговорил".
 * A denial ("has not been tortured", "не был задержан") is not an event.
 */
export type EventWord = { start: number; end: number; type: EventType; text: string };

const EVENT_WORDS: ReadonlyArray<[EventType, RegExp]> = [
  ['extradition', /\bextradit(?:ed|ion)\b|(?<!\p{L})(?:экстрадирован\p{L}*|экстрадиц\p{L}*|выдан[аы]?|выдали)(?!\p{L})/giu],
  ['deportation', /\bdeport(?:ed|ation)\b|\bexpell?ed\b|\bforcibly returned\b|\bforced return\b|\bforcible return\b|\brendition\b|(?<!\p{L})(?:депортирован\p{L}*|депортировал\p{L}*|депортаци\p{L}*|выдворен\p{L}*|принудительно возвращ\p{L}*)(?!\p{L})/giu],
  ['arrest', /\barrested\b|(?<!\p{L})(?:арестован\p{L}*|арестовал\p{L}*)(?!\p{L})/giu],
  ['detention', /\bdetained\b|(?<!\p{L})(?:задержан\p{L}*|задержал\p{L}*)(?!\p{L})/giu],
  ['sentence', /\bsentenced\b|\bconvicted\b|(?<!\p{L})(?:осужд[её]н\p{L}*|приговор[её]н\p{L}*|приговорил\p{L}*)(?!\p{L})/giu],
  ['death', /\bdied\b|(?<!\p{L})(?:умер|умерла|скончал\p{L}*|погиб|погибла)(?!\p{L})/giu],
  ['summons', /\bsummoned\b|(?<!\p{L})(?:вызван|вызвана)(?!\p{L})/giu],
  ['release', /\breleased\b|(?<!\p{L})(?:освобожд[её]н\p{L}*|освободил\p{L}*)(?!\p{L})/giu],
  ['disappearance', /\bdisappeared\b|\benforced disappearance\b|(?<!\p{L})(?:пропал|пропала|исчез|исчезла)(?!\p{L})/giu],
  ['torture', /\btortured\b|(?<!\p{L})(?:подвергс\p{L}* пыткам|подверглась пыткам|пытали)(?!\p{L})/giu],
  ['charge', /\bcharged with\b|(?<!\p{L})(?:предъявлен\p{L}* обвинени\p{L}*|обвиняется|обвиняют)(?!\p{L})/giu],
  ['flight', /\bfled\b|(?<!\p{L})(?:бежал|бежала)(?!\p{L})/giu],
];

/** A fear, a risk or a threat of it is not an event either: "fearing forced return", "at risk of deportation". */
const FEARED = /(?:fear\p{L}*|risk\p{L}*|threat\p{L}*|danger\p{L}*|could|would|may|might|угроз\p{L}*|опаса\p{L}*|риск\p{L}*|может|могут)\s+(?:\p{L}+\s+){0,2}$/iu;
const DENIED = /(?:\bnot|\bnever|(?<!\p{L})не|(?<!\p{L})никогда не)\s+(?:(?:yet|been|have|has|had|был\p{L}*)\s+){0,2}$/iu;

export function eventWordsIn(text: string): EventWord[] {
  const out: EventWord[] = [];
  for (const [type, re] of EVENT_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (DENIED.test(before) || FEARED.test(before)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a death happened in the hands of the state: the words say so, or the person was held. */
export const IN_CUSTODY = /custody|detention|detained|prison|institution|colony|cell|под стражей|в СИЗО|в заключении|в колонии|в тюрьме|в изоляторе/iu;

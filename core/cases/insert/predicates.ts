import type { EventType, Status } from '../vocabulary.ts';
import type { InsertLanguage } from './insert-request.ts';
import type { PlaceRelation } from './place-phrases.ts';

/**
 * What a statement says happened to a person, in each form the formats need.
 *
 * English needs no gender: the formats name the person instead of writing "he" or "she".
 * Russian verbs agree with the person ("задержан", "задержана"); when the name shows no
 * gender (see gender.ts) the formats use the neutral form, a noun phrase ("задержание",
 * "экстрадиция") or a wording that has no gender ("находится под стражей", "обвиняется").
 */
export type Predicate = {
  /** After the name in a list line: "extradited", "died in custody". */
  enList: string;
  /** After the subject in a sentence: "was extradited", "has been charged". */
  enFinite: string;
  ru: { male: string; female: string; neutral: string };
  /** Russian after the subject in a sentence, when it differs from the list form ("был задержан"). */
  ruFinite?: { male: string; female: string };
  /** Languages in which it is said of the case, not the person ("a court ruled on the case", "судьба неизвестна"): no subject is written. */
  impersonalIn?: ReadonlyArray<InsertLanguage>;
  /** Said where no place is known: "fled abroad", "выехал за границу". */
  withoutPlace?: { en: string; ru: string };
};

const passive = (en: string, male: string, female: string, neutral: string): Predicate => ({
  enList: en,
  enFinite: `was ${en}`,
  ru: { male, female, neutral },
  ruFinite: { male: `был ${male}`, female: `была ${female}` },
});
const active = (en: string, male: string, female: string, neutral: string): Predicate => ({ enList: en, enFinite: en, ru: { male, female, neutral } });
const impersonal = (enList: string, enFinite: string, ruList: string, ruFinite: string): Predicate => ({
  enList,
  enFinite,
  ru: { male: ruList, female: ruList, neutral: ruList },
  ruFinite: { male: ruFinite, female: ruFinite },
  impersonalIn: ['en', 'ru'],
});

const EVENT_PREDICATES: Record<Exclude<EventType, 'other' | 'sentence' | 'death'>, Predicate> = {
  arrest: passive('arrested', 'арестован', 'арестована', 'арест'),
  detention: passive('detained', 'задержан', 'задержана', 'задержание'),
  summons: passive('summoned for questioning', 'вызван на допрос', 'вызвана на допрос', 'вызов на допрос'),
  charge: passive('charged', 'обвинён', 'обвинена', 'предъявление обвинения'),
  trial: active('stood trial', 'предстал перед судом', 'предстала перед судом', 'суд'),
  appeal: active('appealed', 'подал апелляцию', 'подала апелляцию', 'апелляция'),
  deportation: passive('deported', 'депортирован', 'депортирована', 'депортация'),
  extradition: passive('extradited', 'экстрадирован', 'экстрадирована', 'экстрадиция'),
  release: passive('released', 'освобождён', 'освобождена', 'освобождение'),
  disappearance: active('disappeared', 'исчез', 'исчезла', 'исчезновение'),
  // Passive in English, active in Russian.
  torture: { enList: 'tortured', enFinite: 'was tortured', ru: { male: 'подвергся пыткам', female: 'подверглась пыткам', neutral: 'пытки' } },
  'court-ruling': impersonal('court ruling', 'a court ruled on the case', 'решение суда', 'по делу вынесено судебное решение'),
  'un-decision': impersonal('UN decision', 'a UN body took a decision on the case', 'решение органа ООН', 'по делу принято решение органа ООН'),
  flight: { ...active('fled', 'выехал', 'выехала', 'выезд'), withoutPlace: { en: 'abroad', ru: 'за границу' } },
};

/** Where the country recorded for an event stands to it. */
export function placeRelation(type: EventType): PlaceRelation {
  return type === 'deportation' || type === 'extradition' ? 'from' : type === 'flight' ? 'to' : 'in';
}

/**
 * The predicate of an event; null for "other", which the formats tell by its text. A death
 * is "in custody" when that is the case's status; a sentence names its term when known.
 */
export function eventPredicate(type: EventType, status: Status, term: { en: string | null; ru: string | null }): Predicate | null {
  if (type === 'other') return null;
  if (type === 'death') {
    return status === 'died-in-custody' ? active('died in custody', 'умер под стражей', 'умерла под стражей', 'смерть под стражей') : active('died', 'умер', 'умерла', 'смерть');
  }
  if (type === 'sentence') {
    return {
      ...passive(term.en === null ? 'sentenced' : `sentenced to ${term.en}`, 'осуждён', 'осуждена', 'приговор'),
      ...(term.ru === null ? {} : sentencedTo(term.ru)),
    };
  }
  return EVENT_PREDICATES[type];
}

function sentencedTo(ruTerm: string): Pick<Predicate, 'ru' | 'ruFinite'> {
  return {
    ru: { male: `приговорён ${ruTerm}`, female: `приговорена ${ruTerm}`, neutral: `приговор ${ruTerm}` },
    ruFinite: { male: `был приговорён ${ruTerm}`, female: `была приговорена ${ruTerm}` },
  };
}

/** The events that tell how a case came to its status: a deported person's deportation. */
export const STATUS_EVENTS: Record<Status, ReadonlyArray<EventType>> = {
  'at-risk': [],
  wanted: [],
  detained: ['detention', 'arrest'],
  charged: ['charge'],
  sentenced: ['sentence'],
  deported: ['deportation'],
  extradited: ['extradition'],
  released: ['release'],
  disappeared: ['disappearance'],
  'died-in-custody': ['death'],
  'in-exile': ['flight'],
  unknown: [],
};

const state = (enList: string, enFinite: string, male: string, female: string, neutral: string): Predicate => ({ enList, enFinite, ru: { male, female, neutral } });
/** A state the same for both genders, said shortly in a list ("под стражей") and with a verb in a sentence. */
const where = (enList: string, enFinite: string, ruList: string, ruFinite: string): Predicate => ({
  enList,
  enFinite,
  ru: { male: ruList, female: ruList, neutral: ruList },
  ruFinite: { male: ruFinite, female: ruFinite },
});

/** The status itself, said when no event tells it, as a present state ("has been deported"). */
export const STATUS_PREDICATES: Record<Status, Predicate> = {
  'at-risk': where('at risk', 'is at risk', 'под угрозой', 'находится под угрозой'),
  wanted: where('wanted', 'is wanted', 'в розыске', 'находится в розыске'),
  detained: where('in detention', 'is in detention', 'под стражей', 'находится под стражей'),
  charged: where('charged', 'has been charged', 'обвиняется', 'обвиняется'),
  sentenced: state('sentenced', 'has been sentenced', 'осуждён', 'осуждена', 'вынесен приговор'),
  deported: state('deported', 'has been deported', 'депортирован', 'депортирована', 'депортация'),
  extradited: state('extradited', 'has been extradited', 'экстрадирован', 'экстрадирована', 'экстрадиция'),
  released: state('released', 'has been released', 'освобождён', 'освобождена', 'на свободе'),
  disappeared: state('disappeared', 'has disappeared', 'исчез', 'исчезла', 'местонахождение неизвестно'),
  'died-in-custody': state('died in custody', 'died in custody', 'умер под стражей', 'умерла под стражей', 'смерть под стражей'),
  'in-exile': where('in exile', 'lives in exile', 'в эмиграции', 'находится в эмиграции'),
  unknown: { ...where('fate unknown', 'remains unaccounted for', 'судьба неизвестна', 'судьба неизвестна'), impersonalIn: ['ru'] },
};

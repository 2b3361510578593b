/**
 * The closed lists a case is described with. Closed, so that filters and the insert formats
 * can rely on them. Each value has an English and a Russian label, plus further word forms
 * (Russian gender and case forms, synonyms) that only feed the search index, so that
 * "блогер" or "задержана" finds a case recorded in English. Adding a value needs no
 * migration; renaming or removing one does.
 */
type Labels = { en: string; ru: string; also?: string };

export const ROLES = {
  blogger: { en: 'blogger', ru: 'блогер' },
  journalist: { en: 'journalist', ru: 'журналист', also: 'журналистка' },
  lawyer: { en: 'lawyer', ru: 'адвокат', also: 'юрист' },
  'human-rights-defender': { en: 'human rights defender', ru: 'правозащитник', also: 'правозащитница' },
  activist: { en: 'activist', ru: 'активист', also: 'активистка' },
  'opposition-politician': { en: 'opposition politician', ru: 'оппозиционный политик' },
  'religious-believer': { en: 'religious believer', ru: 'верующий', also: 'верующая' },
  'migrant-worker': { en: 'migrant worker', ru: 'трудовой мигрант' },
  'asylum-seeker': { en: 'asylum seeker', ru: 'беженец', also: 'refugee беженка убежище' },
  'torture-survivor': { en: 'torture survivor', ru: 'пострадавший от пыток', also: 'пострадавшая' },
  relative: { en: 'relative', ru: 'родственник', also: 'родственница' },
  other: { en: 'other', ru: 'другое' },
} as const satisfies Record<string, Labels>;
export type Role = keyof typeof ROLES;
export const ROLE_VALUES = Object.keys(ROLES) as [Role, ...Role[]];

export const STATUSES = {
  'at-risk': { en: 'at risk', ru: 'под угрозой' },
  wanted: { en: 'wanted', ru: 'в розыске' },
  detained: { en: 'detained', ru: 'задержан', also: 'задержана под стражей' },
  charged: { en: 'charged', ru: 'обвиняется', also: 'обвинение' },
  sentenced: { en: 'sentenced', ru: 'осуждён', also: 'осуждена приговор' },
  deported: { en: 'deported', ru: 'депортирован', also: 'депортирована' },
  extradited: { en: 'extradited', ru: 'экстрадирован', also: 'экстрадирована выдан выдана' },
  released: { en: 'released', ru: 'освобождён', also: 'освобождена' },
  disappeared: { en: 'disappeared', ru: 'исчез', also: 'исчезла пропал пропала' },
  'died-in-custody': { en: 'died in custody', ru: 'умер под стражей', also: 'умерла' },
  'in-exile': { en: 'in exile', ru: 'в эмиграции', also: 'изгнании' },
  unknown: { en: 'fate unknown', ru: 'судьба неизвестна' },
} as const satisfies Record<string, Labels>;
export type Status = keyof typeof STATUSES;
export const STATUS_VALUES = Object.keys(STATUSES) as [Status, ...Status[]];

export const EVENT_TYPES = {
  arrest: { en: 'arrest', ru: 'арест' },
  detention: { en: 'detention', ru: 'задержание', also: 'detained задержан задержана' },
  summons: { en: 'summons', ru: 'вызов', also: 'summoned вызван вызвана' },
  charge: { en: 'charge', ru: 'обвинение', also: 'charged' },
  trial: { en: 'trial', ru: 'суд' },
  sentence: { en: 'sentence', ru: 'приговор', also: 'sentenced осуждён осуждена' },
  appeal: { en: 'appeal', ru: 'апелляция' },
  deportation: { en: 'deportation', ru: 'депортация', also: 'deported депортирован депортирована' },
  extradition: { en: 'extradition', ru: 'экстрадиция', also: 'extradited экстрадирован экстрадирована выдача' },
  release: { en: 'release', ru: 'освобождение', also: 'released освобождён освобождена' },
  disappearance: { en: 'disappearance', ru: 'исчезновение', also: 'disappeared' },
  torture: { en: 'torture', ru: 'пытки', also: 'ill-treatment жестокое обращение' },
  death: { en: 'death', ru: 'смерть', also: 'died умер умерла' },
  'court-ruling': { en: 'court ruling', ru: 'решение суда' },
  'un-decision': { en: 'UN decision', ru: 'решение ООН' },
  flight: { en: 'flight abroad', ru: 'выезд за границу', also: 'fled бежал бежала' },
  other: { en: 'other', ru: 'другое' },
} as const satisfies Record<string, Labels>;
export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_VALUES = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

/** How far a source can be trusted, as the writer judged it. */
export const RELIABILITY_VALUES = ['confirmed', 'credible', 'unverified'] as const;
export type Reliability = (typeof RELIABILITY_VALUES)[number];

/** Every word of a value's labels, for the search index. */
export function labelWords(labels: Labels): string {
  return [labels.en, labels.ru, labels.also ?? ''].join(' ');
}

import type { CaseSnapshot } from './case-snapshot.ts';
import { birthText, chargeClause, headline, nameRuns, predicateClause, type Voice } from './clauses.ts';
import type { StatementName } from './case-names.ts';
import { plain, type InsertedRun } from './inserted-text.ts';
import { caseTimeline } from './timeline.ts';

/**
 * One line of a list of people at risk: "Farhat MEYMANKULYYEV (1992), extradited from
 * Turkey on 19 May 2023". After the name and birth year (or age) comes what shows where
 * the case stands: the latest event that led to its status, with place and date, the
 * charges of a person whose status is "charged", or the status alone ("at risk") when no
 * event tells it. No closing punctuation: the list decides between ";" and ".".
 */
export function listLine(snapshot: CaseSnapshot, name: StatementName, voice: Voice): InsertedRun[] {
  const lead = [...nameRuns(name.full, voice), ...plain(`${birthText(snapshot, voice)}, `)];
  if (snapshot.status === 'charged' && snapshot.charges.length > 0) return [...lead, ...chargeClause(snapshot, voice, 'list')];
  const { predicate, event } = headline(snapshot, caseTimeline(snapshot));
  return [...lead, ...plain(predicateClause(predicate, event, voice, 'list'))];
}

import type { z } from 'zod';
import { channels, type Channel } from '../../../core/ipc/contract.ts';
import { MAX_STATEMENT_BYTES } from '../../../core/statement/format.ts';

export type HostileCase = { label: string; args: unknown; key?: string };

/** The keys of a channel's argument object (empty for a schema that is not an object). */
export function argumentKeys(channel: Channel): string[] {
  const schema = channels[channel].args as z.ZodType & { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

const WRONG_TYPES: ReadonlyArray<[string, unknown]> = [
  ['a number', 12345],
  ['an object', { nested: { deeper: true } }],
  ['an array', ['a', 1, null]],
  ['null', null],
  ['a boolean', true],
  ['a function-like string', 'function () { return process }'],
];
/** Longer than any string the contract accepts (statement JSON is the largest). */
export const OVERSIZED = 'x'.repeat(MAX_STATEMENT_BYTES + 1);
export const TRAVERSAL = ['../../etc/passwd', '..\\..\\Windows\\System32\\config\\SAM', '/etc/passwd', 'library-../../../../etc/passwd.sqlite', 'file:///etc/passwd'];

/**
 * Argument shapes the renderer must never get through, derived from the channel's schema
 * so that a channel added later is covered without editing this file. Each case is kept
 * only if the schema refuses it: the test then checks that the router refuses it too, logs
 * it, and never reaches a service.
 */
export function hostileArguments(channel: Channel): HostileCase[] {
  const schema = channels[channel].args;
  const keys = argumentKeys(channel);
  const cases: HostileCase[] = [
    { label: 'no arguments', args: undefined },
    { label: 'a string instead of an object', args: 'documents.open' },
    { label: 'an array instead of an object', args: [{}] },
    { label: 'an extra key', args: { unexpected: true } },
    { label: 'a prototype key', args: JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}') },
  ];
  for (const key of keys) {
    for (const [what, value] of WRONG_TYPES) cases.push({ label: `${key} as ${what}`, args: { [key]: value }, key });
    cases.push({ label: `${key} oversized`, args: { [key]: OVERSIZED }, key });
    for (const path of TRAVERSAL) cases.push({ label: `${key} = ${path}`, args: { [key]: path }, key });
  }
  // A case about one key counts only if the schema refuses that key's value itself, not
  // merely the siblings left out: otherwise it would prove nothing about the value.
  return cases.filter((c) => (c.key === undefined ? !schema.safeParse(c.args).success : refusesKey(channel, c.args, c.key)));
}

function refusesKey(channel: Channel, args: unknown, key: string): boolean {
  const result = channels[channel].args.safeParse(args);
  return !result.success && result.error.issues.some((issue) => issue.path[0] === key);
}

/** Keys that take a string of any length: each is a way to make the main process hold gigabytes. */
export function unboundedKeys(channel: Channel): string[] {
  return argumentKeys(channel).filter((key) => !refusesKey(channel, { [key]: OVERSIZED }, key));
}

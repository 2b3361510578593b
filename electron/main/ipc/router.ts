import type { z } from 'zod';
import { channels, type Channel, type ChannelResult } from '../../../core/ipc/contract.ts';
import { fail, type Result } from '../../../core/ipc/result.ts';

/** What the router knows of the caller: the URL of the frame that sent the message. */
export type Sender = { frameUrl: string | null | undefined };

export type Handler<C extends Channel> = (args: z.output<(typeof channels)[C]['args']>) => Promise<Result<ChannelResult<C>>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

export type RouterLog = (entry: { channel: string; code: string; message: string }) => void;

/**
 * The one door into the main process. Every call is checked in this order: the sender is
 * our own app frame, the channel exists, the arguments pass the channel's schema. Only then
 * does the service run; whatever it throws becomes an INTERNAL failure, not a crash.
 */
export function createRouter(table: HandlerTable, options: { isTrustedFrame: (url: string) => boolean; log?: RouterLog }) {
  const log: RouterLog = options.log ?? (() => {});
  const reject = (channel: string, failure: Result<never> & { ok: false }) => {
    log({ channel, code: failure.code, message: failure.message });
    return failure;
  };

  return async function invoke(sender: Sender, channel: unknown, args: unknown): Promise<Result<unknown>> {
    const name = typeof channel === 'string' ? channel.slice(0, 100) : String(channel);
    if (!sender.frameUrl || !options.isTrustedFrame(sender.frameUrl)) {
      return reject(name, fail('BAD_SENDER', 'The request did not come from the Statement Studio window.'));
    }
    if (typeof channel !== 'string' || !Object.hasOwn(channels, channel)) {
      return reject(name, fail('UNKNOWN_CHANNEL', `There is no channel "${name}".`));
    }
    const parsed = channels[channel as Channel].args.safeParse(args);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length > 0 ? issue.path.join('.') : 'arguments';
      return reject(name, fail('BAD_ARGUMENTS', `Invalid arguments for ${name} at ${where}: ${issue.message}.`));
    }
    try {
      const handler = table[channel as Channel] as (a: unknown) => Promise<Result<unknown>>;
      const result = await handler(parsed.data);
      // A service refusing what the window asked for (a path it was never given) is as
      // suspicious as bad arguments: logged the same way.
      return !result.ok && result.code === 'REFUSED' ? reject(name, result) : result;
    } catch (error) {
      return reject(name, fail('INTERNAL', `Unexpected error in ${name}: ${(error as Error)?.message ?? String(error)}`));
    }
  };
}

export type Router = ReturnType<typeof createRouter>;

/**
 * Trusts only frames loaded from the app's own origin (app://statement-studio in the real
 * app). Scheme and host are compared by hand: a custom scheme's URL.origin is "null".
 */
export function trustOrigin(origin: string): (url: string) => boolean {
  const expected = new URL(origin);
  return (url: string) => {
    try {
      const actual = new URL(url);
      return actual.protocol === expected.protocol && actual.host === expected.host && actual.username === '' && actual.password === '';
    } catch {
      return false;
    }
  };
}

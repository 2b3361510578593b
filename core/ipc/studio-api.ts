/**
 * Builds window.studio from two functions. Shared by the Electron preload (ipcRenderer
 * behind them) and the Chromium tests (a Playwright binding behind them), so what the
 * tests drive is the API the app ships.
 *
 * Self-contained on purpose: the tests inject it into a page by its source text.
 */
export function buildStudioApi(
  channelNames: readonly string[],
  eventNames: readonly string[],
  invoke: (channel: string, args: unknown) => Promise<unknown>,
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void,
): unknown {
  const api: Record<string, unknown> = {};
  for (const channel of channelNames) {
    const [group, method] = channel.split('.') as [string, string];
    const target = (api[group] ??= {}) as Record<string, unknown>;
    target[method] = (args: unknown) => invoke(channel, args ?? {});
  }
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!eventNames.includes(event)) throw new Error(`unknown event ${event}`);
    if (typeof listener !== 'function') throw new Error('listener must be a function');
    return subscribe(event, listener);
  };
  return Object.freeze(api);
}

import { spawn } from 'node:child_process';

export type DriverLog = {
  /** Generation -> the time it was typed (E lines). */
  typed: Map<number, number>;
  lastRecovered: number | null;
  lastSaved: number | null;
  ready: boolean;
  stderr: string;
};

/**
 * Starts the driver, kills it with SIGKILL after `delayMs` (counted from its READY line, or
 * from the start when `beforeReady`), and returns what it had reported and when it was killed.
 */
export function runAndKill(command: string, args: string[], delayMs: number, beforeReady: boolean): Promise<{ log: DriverLog; killedAt: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const log: DriverLog = { typed: new Map(), lastRecovered: null, lastSaved: null, ready: false, stderr: '' };
    let killedAt = 0;
    let buffered = '';
    const kill = () => {
      if (killedAt !== 0) return;
      killedAt = Date.now();
      child.kill('SIGKILL');
    };
    const timer = beforeReady ? setTimeout(kill, delayMs) : null;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, gen, at] = line.split(' ');
        if (kind === 'READY') {
          log.ready = true;
          if (!beforeReady) setTimeout(kill, delayMs);
        } else if (kind === 'E') log.typed.set(Number(gen), Number(at));
        else if (kind === 'R') log.lastRecovered = Number(gen);
        else if (kind === 'S') log.lastSaved = Number(gen);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (log.stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      // Anything but our SIGKILL means the driver itself failed: that is a finding, not a kill.
      if (signal !== 'SIGKILL') reject(new Error(`driver exited on its own (code ${code}, signal ${signal}): ${log.stderr.slice(0, 2000)}`));
      else resolve({ log, killedAt });
    });
  });
}

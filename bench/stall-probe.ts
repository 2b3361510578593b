/**
 * How long the main thread is kept from answering the window while some work runs. A timer
 * ticks every 2 ms; the longest gap between ticks is the longest the window would wait (the
 * wall-clock stall). On a machine shared with other busy programs that gap also holds the time
 * the thread merely waited for a CPU, and an idle Node process sees gaps of 100–200 ms there;
 * so the probe also reads the thread's own CPU time (process.threadCpuUsage) between ticks,
 * whose largest step is the longest task our code ran on the main thread (the task stall).
 */
export type Stall = { wallMs: number; taskMs: number };

/** The longest wall-clock gap and the longest main-thread task while `work` runs. */
export async function probeMainThread<T>(work: () => Promise<T>): Promise<Stall & { result: T }> {
  let lastWall = performance.now();
  let lastCpu = threadCpuMs();
  let wallMs = 0;
  let taskMs = 0;
  const tick = () => {
    const wall = performance.now();
    const cpu = threadCpuMs();
    wallMs = Math.max(wallMs, wall - lastWall);
    taskMs = Math.max(taskMs, cpu - lastCpu);
    lastWall = wall;
    lastCpu = cpu;
  };
  const timer = setInterval(tick, 2);
  try {
    const result = await work();
    tick();
    return { result, wallMs, taskMs };
  } finally {
    clearInterval(timer);
  }
}

/** The calling thread's CPU time (user and system), in milliseconds. */
function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/** The longest wall-clock gap of an idle timer over `ms`: what the machine alone costs (the baseline of wallMs). */
export async function idleStall(ms: number): Promise<number> {
  const { wallMs } = await probeMainThread(() => new Promise((resolve) => setTimeout(resolve, ms)));
  return wallMs;
}

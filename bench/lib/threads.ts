/**
 * CPU time of each thread of a running process, from /proc (Linux only):
 * where `--jobs 2` spends the CPU that `--jobs 1` does not. Node names
 * none of its threads, so they are told apart by role: the main thread
 * (its id is the process id), the `jobs` busiest other threads (the
 * parsing workers, when there are workers) and the rest: V8's background
 * threads (optimizing compiler, concurrent and parallel GC) and libuv's.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc counts CPU time in 1/100 s on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

export interface ThreadCpu {
  /** CPU seconds (user + system) of the main thread. */
  readonly main: number;
  /** CPU seconds of the worker threads that parse (0 with --jobs 1: the main thread parses). */
  readonly workers: number;
  /** CPU seconds of every other thread: V8's compiler and GC helpers, libuv. */
  readonly helpers: number;
}

/** utime + stime of each thread of `pid`, in ticks; empty when /proc cannot be read. */
function readThreads(pid: number): Map<string, number> {
  const ticks = new Map<string, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return ticks;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(tid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The thread ended between the two reads.
    }
  }
  return ticks;
}

/** The first child process of `pid` (GNU time's child), when /proc tells. */
export function childOf(pid: number): number | undefined {
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0];
    return first ? Number(first) : undefined;
  } catch {
    return undefined;
  }
}

export interface ThreadWatch {
  /** Stop polling; the last reading of each thread, grouped by role (undefined when /proc gave nothing). */
  stop(jobs: number): ThreadCpu | undefined;
}

/**
 * Poll the threads of the process `pid()` names (it may not exist yet)
 * every `intervalMs`, keeping each thread's last reading: a thread that
 * ends loses at most one interval of its time.
 */
export function watchThreads(pid: () => number | undefined, intervalMs = 50): ThreadWatch {
  const last = new Map<string, number>();
  let main: string | undefined;
  const poll = (): void => {
    const id = pid();
    if (id === undefined) return;
    main = String(id);
    for (const [tid, ticks] of readThreads(id)) last.set(tid, ticks);
  };
  const timer = setInterval(poll, intervalMs);
  return {
    stop(jobs) {
      clearInterval(timer);
      if (main === undefined || last.size === 0) return undefined;
      const others = [...last.entries()].filter(([tid]) => tid !== main).map(([, ticks]) => ticks).sort((a, b) => b - a);
      const parsing = jobs > 1 ? others.slice(0, jobs) : [];
      const rest = jobs > 1 ? others.slice(jobs) : others;
      const sum = (list: readonly number[]): number => list.reduce((total, ticks) => total + ticks, 0) / TICKS_PER_SECOND;
      return { main: (last.get(main) ?? 0) / TICKS_PER_SECOND, workers: sum(parsing), helpers: sum(rest) };
    },
  };
}

/**
 * SIGINT/SIGTERM during a run: the first asks the run to stop taking new
 * work (in-flight batches finish, the summary is printed, exit 130/143);
 * a second one exits at once.
 */

export type StopReason = 'SIGINT' | 'SIGTERM';

export interface StopWatch {
  /** The signal that asked the run to stop, if any. */
  readonly reason: StopReason | undefined;
  /** Aborted on the first signal. */
  readonly signal: AbortSignal;
  /** Remove the handlers. */
  dispose(): void;
}

export const exitCodeOf: Readonly<Record<StopReason, number>> = { SIGINT: 130, SIGTERM: 143 };

export function watchSignals(stderr: NodeJS.WritableStream, quiet: boolean): StopWatch {
  const controller = new AbortController();
  let reason: StopReason | undefined;
  const handler = (name: StopReason): void => {
    if (reason !== undefined) {
      stderr.write(`\ncna-ingest: ${name} again: exiting now.\n`);
      process.exit(exitCodeOf[name]);
    }
    reason = name;
    if (!quiet) stderr.write(`\ncna-ingest: ${name}: finishing the posts in flight (send it again to exit at once)…\n`);
    controller.abort(name);
  };
  const onInt = (): void => handler('SIGINT');
  const onTerm = (): void => handler('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    get reason() {
      return reason;
    },
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

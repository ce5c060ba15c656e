/** The streams a command writes to, and what it knows of the terminal. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Where `--files-from -` reads its list. Default: none (the option then fails). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Whether stderr is a terminal (a live progress bar) or not (plain lines). Default: false. */
  readonly stderrIsTTY?: boolean;
}

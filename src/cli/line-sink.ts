/**
 * Where NDJSON goes: a file or stdout. Writes are whole chunks of whole
 * lines and are awaited (backpressure). When a file write fails (ENOSPC),
 * the file is cut back to the last complete chunk, so no half line remains,
 * and the failure becomes a `CommandError` (exit 2).
 */
import { open, type FileHandle } from 'node:fs/promises';
import { CommandError, describeSystemError } from './errors.js';

export interface LineSink {
  /** Write complete lines (each ending in `\n`), as text or UTF-8 bytes; resolves when written. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flush and close (stdout is left open). */
  close(): Promise<void>;
}

/** Create or truncate `path` for writing; fails at once when it cannot be created. */
export async function openFileSink(path: string, flag: string): Promise<LineSink> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'w');
  } catch (error) {
    throw new CommandError(`cannot create the ${flag} file ${JSON.stringify(path)}: ${describeSystemError(error)}.`, {
      hint: 'Check that the folder exists and is writable.',
    });
  }
  let committed = 0;
  let failed: CommandError | undefined;
  return {
    async write(chunk) {
      if (failed) throw failed;
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      try {
        await writeAll(handle, bytes);
        committed += bytes.length;
      } catch (error) {
        // Cut a partly written chunk; a device without a size (/dev/full) cannot be cut and needs none.
        await handle.truncate(committed).catch(() => undefined);
        failed = new CommandError(`cannot write the ${flag} file ${JSON.stringify(path)}: ${describeSystemError(error)}.`, {
          hint: `It holds the ${committed} bytes of complete lines written before the failure.`,
        });
        throw failed;
      }
    },
    async close() {
      await handle.close().catch(() => undefined);
    },
  };
}

/** Write every byte at the current position (no explicit offsets: /dev/stdout and pipes work too). */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
    offset += bytesWritten;
  }
}

/** Write to a stream such as stdout; each write waits for the stream to take it. */
export function streamSink(stream: NodeJS.WritableStream, label: string): LineSink {
  let failed: CommandError | undefined;
  const fail = (error: unknown): CommandError => {
    failed ??= new CommandError(`cannot write to ${label}: ${describeSystemError(error)}.`);
    return failed;
  };
  const onError = (error: unknown): void => {
    fail(error);
  };
  stream.on('error', onError);
  return {
    write(chunk) {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        stream.write(chunk, (error) => (error ? reject(fail(error)) : resolve()));
      });
    },
    async close() {
      stream.off('error', onError);
    },
  };
}

// Reads a container's multiplexed attach stream (Tty off), with a byte cap per stream.
//
// Docker frames each chunk as an 8-byte header — stream (1 = stdout, 2 = stderr), three zero
// bytes, payload length (uint32 big-endian) — followed by the payload.

export interface OutputCaps {
  stdoutBytes: number;
  stderrBytes: number;
  /** How much of stderr's end is kept for the report. */
  stderrTailBytes?: number;
}

export class OutputCollector {
  /** Complete stdout lines, in order (at most stdoutBytes of them). */
  readonly stdoutLines: string[] = [];
  stdoutBytes = 0;
  stderrBytes = 0;
  /** Set once a stream passed its cap; nothing more is kept after that. */
  overflowed: 'stdout' | 'stderr' | null = null;

  private pending: Buffer = Buffer.alloc(0);
  private partialLine = '';
  private stderrTailChunks: Buffer[] = [];
  private stderrTailSize = 0;
  private readonly tailLimit: number;

  constructor(
    private readonly caps: OutputCaps,
    /** Called once, when a cap is passed (the runner kills the container). */
    private readonly onOverflow: (stream: 'stdout' | 'stderr') => void,
    /** Called for each complete stdout line (lets the runner track progress). */
    private readonly onStdoutLine: (line: string) => void = () => undefined,
  ) {
    this.tailLimit = caps.stderrTailBytes ?? 8192;
  }

  /** Feeds raw bytes from the attach socket. */
  push(chunk: Buffer): void {
    if (this.overflowed) return;
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.pending.length >= 8 && !this.overflowed) {
      const size = this.pending.readUInt32BE(4);
      if (this.pending.length < 8 + size) break;
      const stream = this.pending[0];
      const payload = this.pending.subarray(8, 8 + size);
      this.pending = this.pending.subarray(8 + size);
      if (stream === 1) this.takeStdout(payload);
      else if (stream === 2) this.takeStderr(payload);
    }
    if (this.overflowed) this.pending = Buffer.alloc(0);
  }

  /** The end of stderr as text (the candidate's prints and any interpreter error). */
  stderrTail(): string {
    return Buffer.concat(this.stderrTailChunks).toString('utf8').slice(-this.tailLimit);
  }

  /** Output after the last newline, if the harness died in the middle of a line. */
  unfinishedLine(): string {
    return this.partialLine;
  }

  private takeStdout(payload: Buffer): void {
    this.stdoutBytes += payload.length;
    if (this.stdoutBytes > this.caps.stdoutBytes) {
      this.overflow('stdout');
      return;
    }
    const text = this.partialLine + payload.toString('utf8');
    const lines = text.split('\n');
    this.partialLine = lines.pop() ?? '';
    for (const line of lines) {
      this.stdoutLines.push(line);
      this.onStdoutLine(line);
    }
  }

  private takeStderr(payload: Buffer): void {
    this.stderrBytes += payload.length;
    this.stderrTailChunks.push(payload);
    this.stderrTailSize += payload.length;
    while (this.stderrTailChunks.length > 1 && this.stderrTailSize - this.stderrTailChunks[0].length >= this.tailLimit) {
      this.stderrTailSize -= this.stderrTailChunks.shift()!.length;
    }
    if (this.stderrBytes > this.caps.stderrBytes) this.overflow('stderr');
  }

  private overflow(stream: 'stdout' | 'stderr'): void {
    this.overflowed = stream;
    this.onOverflow(stream);
  }
}

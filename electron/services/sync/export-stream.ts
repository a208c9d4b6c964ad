import { createGzip, type Gzip } from 'node:zlib';

/**
 * The signed text of a bundle, written piece by piece: each piece is encoded to UTF-8
 * once, kept for the signature, and handed to an asynchronous gzip stream, whose deflate
 * runs on the libuv thread pool while the main thread validates and writes the next
 * rows. Nothing builds the whole 57 M-character text as one string.
 *
 * The gzip stream moves one write forward each time the event loop turns, so the
 * writer's caller hands it a piece and yields (`await writer.flush()`) every megabyte or so.
 */
export class SignedGzipWriter {
  // A large output buffer lets one thread-pool job deflate a whole piece instead of
  // coming back to the main thread every 16 KiB of output.
  private readonly gzip: Gzip = createGzip({ level: 6, chunkSize: 1 << 20 });
  /**
   * The signed bytes, encoded straight into one buffer: Ed25519 reads its message twice
   * and needs it whole, and this spares a second 57 MB copy at the end. Pages the text
   * does not reach are never touched, so a generous first size costs address space only.
   */
  private signed: Buffer;
  private used = 0;
  /** Where the bytes not yet handed to gzip start. */
  private flushed = 0;
  private readonly compressed: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  /** `expectedBytes`: a guess at the signed text's size; the buffer doubles when it is short. */
  constructor(expectedBytes: number) {
    this.signed = Buffer.allocUnsafeSlow(Math.max(64 * 1024, expectedBytes));
    this.gzip.on('data', (chunk: Buffer) => this.compressed.push(chunk));
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.gzip.on('end', () => resolve(Buffer.concat(this.compressed)));
      this.gzip.on('error', reject);
    });
    // An aborted writer's promise is never awaited; keep its rejection from being unhandled.
    this.done.catch(() => undefined);
  }

  private append(text: string): number {
    const from = this.used;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit; count exactly only when that might not fit.
    if (from + text.length * 3 > this.signed.length) {
      const need = from + Buffer.byteLength(text, 'utf8');
      if (need > this.signed.length) {
        const next = Buffer.allocUnsafeSlow(Math.max(need, this.signed.length * 2));
        this.signed.copy(next, 0, 0, from);
        // Pieces already handed to gzip keep the old buffer alive until it has read them.
        this.signed = next;
      }
    }
    this.used += this.signed.write(text, from, 'utf8');
    return from;
  }

  /** Appends signed text (it is both signed and compressed). */
  write(text: string): void {
    if (text.length > 0) this.append(text);
  }

  /** Bytes written since the last hand-over to gzip. */
  get pending(): number {
    return this.used - this.flushed;
  }

  /**
   * Hands what was written to gzip and lets the event loop turn, so the stream takes its
   * finished work and starts on this piece.
   */
  flush(): Promise<void> {
    if (this.used > this.flushed) this.gzip.write(this.signed.subarray(this.flushed, this.used));
    this.flushed = this.used;
    return new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * The signed bytes, plus `last`, which is signed but not compressed: the document's
   * closing brace, replaced in the file by the signature member.
   */
  signedText(last: string): Buffer {
    if (this.used > this.flushed) this.gzip.write(this.signed.subarray(this.flushed, this.used));
    this.append(last);
    this.flushed = this.used;
    return this.signed.subarray(0, this.used);
  }

  /** Compresses `unsigned` (the signature member and the closing brace) and ends the stream. */
  finish(unsigned: string): Promise<Buffer> {
    this.gzip.end(Buffer.from(unsigned, 'utf8'));
    return this.done;
  }

  abort(): void {
    this.gzip.destroy();
  }
}

import { createGzip, type Gzip } from 'node:zlib';

/**
 * The signed text of a bundle, written piece by piece: each piece is encoded to UTF-8
 * once, kept for the signature, and handed to an asynchronous gzip stream, whose deflate
 * runs on the libuv thread pool while the main thread validates and writes the next
 * rows. Nothing builds the whole 57 M-character text as one string.
 *
 * The gzip stream moves one write forward each time the event loop turns, so the
 * writer's caller yields (`await writer.turn()`) between pieces.
 */
export class SignedGzipWriter {
  // A large output buffer lets one thread-pool job deflate a whole piece instead of
  // coming back to the main thread every 16 KiB of output.
  private readonly gzip: Gzip = createGzip({ level: 6, chunkSize: 1 << 20 });
  private readonly signed: Buffer[] = [];
  private signedBytes = 0;
  private readonly compressed: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor() {
    this.gzip.on('data', (chunk: Buffer) => this.compressed.push(chunk));
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.gzip.on('end', () => resolve(Buffer.concat(this.compressed)));
      this.gzip.on('error', reject);
    });
    // An aborted writer's promise is never awaited; keep its rejection from being unhandled.
    this.done.catch(() => undefined);
  }

  /** Appends signed text (it is both signed and compressed). */
  write(text: string): void {
    if (text.length === 0) return;
    const bytes = Buffer.from(text, 'utf8');
    this.signed.push(bytes);
    this.signedBytes += bytes.length;
    this.gzip.write(bytes);
  }

  /** Lets the gzip stream take its finished work and start the next piece. */
  turn(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * The signed bytes as one buffer (the signature algorithm, Ed25519, reads its message
   * twice and needs it whole), plus `last`, which is signed but not compressed: the
   * document's closing brace, replaced in the file by the signature member.
   */
  signedText(last: string): Buffer {
    const tail = Buffer.from(last, 'utf8');
    return Buffer.concat([...this.signed, tail], this.signedBytes + tail.length);
  }

  /** Compresses `unsigned` (the signature member and the closing brace) and ends the stream. */
  finish(unsigned: string): Promise<Buffer> {
    this.signed.length = 0;
    this.gzip.end(Buffer.from(unsigned, 'utf8'));
    return this.done;
  }

  abort(): void {
    this.signed.length = 0;
    this.gzip.destroy();
  }
}

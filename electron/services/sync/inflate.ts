import { promisify } from 'node:util';
import { gunzip as gunzipCb } from 'node:zlib';
import { RelaisError } from '../../../shared/bridge/result';
import { MAX_BUNDLE_JSON_BYTES } from '../../../shared/sync/limits';

const gunzip = promisify(gunzipCb);

/**
 * Inflates a bundle's gzip stream, stopping as soon as the output passes `max` bytes:
 * zlib inflates chunk by chunk and `maxOutputLength` aborts the stream there, so a bomb
 * (1 MB of zeros → 1 GiB) costs at most `max` bytes of memory, and nothing is parsed.
 */
export const inflateCapped = async (compressed: Uint8Array, max: number = MAX_BUNDLE_JSON_BYTES): Promise<Buffer> => {
  try {
    return await gunzip(compressed, { maxOutputLength: max });
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new RelaisError('bundle_too_large', `the bundle inflates past the reader's limit of ${Math.round(max / 1048576)} MiB`);
    throw new RelaisError('bundle_not_a_bundle', 'the decrypted content is not gzip-compressed');
  }
};

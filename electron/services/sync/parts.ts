import { createHash } from 'node:crypto';
import { PART_SIZE, partName, type PartsManifest } from '../../../shared/sync/format';

export interface PartPlan {
  name: string;
  offset: number;
  size: number;
  sha256: string;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Cuts an encrypted bundle into pieces a weak link can finish one by one. A bundle that
 * fits in one part keeps its own name, so central IT usually sees plain `.age` files.
 */
export const planParts = (file: string, bytes: Uint8Array, partSize = PART_SIZE): { parts: PartPlan[]; manifest: PartsManifest | null } => {
  if (bytes.length <= partSize) return { parts: [{ name: file, offset: 0, size: bytes.length, sha256: sha256Hex(bytes) }], manifest: null };
  const parts: PartPlan[] = [];
  for (let offset = 0, i = 0; offset < bytes.length; offset += partSize, i++) {
    const size = Math.min(partSize, bytes.length - offset);
    parts.push({ name: partName(file, i), offset, size, sha256: sha256Hex(bytes.subarray(offset, offset + size)) });
  }
  const manifest: PartsManifest = {
    format: 'relais-bundle-parts',
    version: 1,
    bundle: file,
    size: bytes.length,
    sha256: sha256Hex(bytes),
    parts: parts.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
  };
  return { parts, manifest };
};

/**
 * One way to write every WebDAV address Relais sends, in the request line and in MOVE's
 * `Destination` alike: each path segment percent-encoded as UTF-8. Strict servers (rclone,
 * Apache) refuse anything else; a lenient one hid the difference for a long time.
 */

/** Decodes the valid %XX runs of a segment and keeps a stray `%` as a literal character. */
const decodeSegment = (seg: string): string =>
  seg.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });

export const encodeSegment = (name: string): string => encodeURIComponent(name);

/**
 * The folder a user typed or pasted, as one canonical URL ending in `/`. Whether they typed
 * `Envois reçus` or pasted `Envois%20re%C3%A7us`, the result is the same. A WebDAV folder
 * address has no query or fragment, so `?` and `#` count as part of a folder's name.
 */
export const davFolderUrl = (typed: string): string => {
  const u = new URL(typed.trim());
  const rawPath = `${u.pathname}${u.search}${u.hash}`;
  const segments = rawPath.split('/').filter((s) => s !== '');
  const path = segments.map((s) => encodeSegment(decodeSegment(s))).join('/');
  return `${u.protocol}//${u.host}/${path ? `${path}/` : ''}`;
};

/** The address of a file directly inside the folder. */
export const davFileUrl = (folderUrl: string, name: string): string => `${folderUrl}${encodeSegment(name)}`;

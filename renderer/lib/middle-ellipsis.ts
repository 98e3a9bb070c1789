/**
 * Shortening a file path for a narrow header. Cutting from the left hides the drive or home
 * folder, cutting from the right hides the file name; cutting the middle keeps both ends, which
 * are what a person recognises a path by.
 */

/**
 * `path` at most `max` characters (code points), with the middle replaced by "…" and the cut
 * moved to a folder separator when one is close, so whole folder names remain. The file name
 * (after the last separator) is kept whole whenever it fits.
 */
export function middleEllipsis(path: string, max: number): string {
  const chars = Array.from(path);
  if (chars.length <= max) return path;
  if (max < 5) return chars.slice(0, Math.max(0, max - 1)).join('') + '…';
  const lastSep = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const fileName = lastSep >= 0 ? Array.from(path.slice(lastSep)) : [];
  // The tail: the file name with its separator when it leaves room for a head, else a plain half.
  const tailLength = fileName.length > 0 && fileName.length <= max - 4 ? Math.max(fileName.length, Math.floor((max - 1) / 2)) : Math.floor((max - 1) / 2);
  let tail = chars.slice(chars.length - tailLength);
  // Prefer to start the tail at a separator, when one is near, so no folder name is cut.
  const sepInTail = tail.findIndex((c) => c === '/' || c === '\\');
  if (sepInTail > 0 && sepInTail < tail.length - fileName.length + 1 && sepInTail <= 8) tail = tail.slice(sepInTail);
  let head = chars.slice(0, max - 1 - tail.length);
  const lastHeadSep = Math.max(head.lastIndexOf('/'), head.lastIndexOf('\\'));
  if (lastHeadSep > 0 && head.length - lastHeadSep <= 8) head = head.slice(0, lastHeadSep + 1);
  return `${head.join('')}…${tail.join('')}`;
}

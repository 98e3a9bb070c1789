/**
 * Test support: a stand-in for the sha256 of a text — 64 hex digits, equal for equal texts —
 * for fixtures in shared/, which has no node:crypto (the code under test only compares hashes).
 */
export function fakeHash(text: string): string {
  let out = '';
  for (let round = 0; round < 8; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

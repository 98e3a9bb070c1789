import { describe, expect, it } from 'vitest';
import { toCodePointOffset, toCodePointOffsets, toUtf16Offset } from './code-points.js';

// A flag is two code points (four UTF-16 units); 😀 is one code point (two units).
const text = 'Flag 🇩🇪 then 😀 and “quote” 𝔸 end';

describe('code point offsets', () => {
  it('counts an emoji or a flag before a passage as code points, not UTF-16 units', () => {
    const at = text.indexOf('then');
    expect(at).toBe(10);
    expect(toCodePointOffset(text, at)).toBe(8);
    expect(toUtf16Offset(text, 8)).toBe(at);
  });

  it('round-trips every offset that is not inside a surrogate pair', () => {
    for (let i = 0; i <= text.length; i++) {
      const c = text.charCodeAt(i - 1);
      if (c >= 0xd800 && c <= 0xdbff) continue; // inside a pair
      expect(toUtf16Offset(text, toCodePointOffset(text, i))).toBe(i);
    }
  });

  it('converts many offsets at once exactly as one by one', () => {
    const offsets = [text.length, 0, text.indexOf('😀'), text.indexOf('𝔸') + 2, 5, text.indexOf('end')];
    expect(toCodePointOffsets(text, offsets)).toEqual(offsets.map((o) => toCodePointOffset(text, o)));
  });

  it('clamps offsets past the end', () => {
    expect(toUtf16Offset('ab', 10)).toBe(2);
    expect(toCodePointOffset('ab', 10)).toBe(2);
  });
});

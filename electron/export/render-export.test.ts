import { describe, expect, it } from 'vitest';
import { jsonLdText } from './render-export.js';

describe('jsonLdText', () => {
  it('cannot end a <script> element it is published in, and reads back as the same JSON', () => {
    const value = { claimReviewed: 'x </script><script>alert(1)</script> & <b>', note: 'line\u2028sep' };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

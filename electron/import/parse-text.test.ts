import { describe, expect, it } from 'vitest';
import { ImportFailure } from './import-failure.js';
import { decodeText, textMetadata } from './parse-text.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('Café')]))).toBe('Café');
  });

  it('decodes UTF-16 files that start with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße', 'utf16le')]);
    expect(decodeText(le)).toBe('Grüße');
  });

  it('refuses binary data, saying so', () => {
    expect(() => decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toThrow(ImportFailure);
    expect(() => decodeText(Uint8Array.from([0x41, 0x00]))).toThrow(/binary file.*NUL bytes/);
  });

  it('refuses text in another encoding, telling the researcher to save it as UTF-8', () => {
    const latin1 = Buffer.from('Caf\xe9 cr\xe8me', 'latin1');
    expect(() => decodeText(latin1)).toThrow(/not valid UTF-8.*save it as UTF-8/);
  });
});

describe('textMetadata', () => {
  it('reads a leading URL line and takes the title from the next line', () => {
    const meta = textMetadata('https://example.org/news/allies-huawei\n\nAllies urged to drop Huawei\n\nBody text.');
    expect(meta.url).toBe('https://example.org/news/allies-huawei');
    expect(meta.title).toBe('Allies urged to drop Huawei');
  });

  it('reads a "By Name" byline under the headline', () => {
    expect(textMetadata('Allies urged to drop Huawei\nBy Jane van der Berg\n\nBody.').author).toBe('Jane van der Berg');
    expect(textMetadata('Allies urged\nBy Ann Lee and Bo Chan\nBody.').author).toBe('Ann Lee and Bo Chan');
  });

  it('does not take an ordinary sentence for a byline', () => {
    expect(textMetadata('Allies urged\nby the way, this is body text\nBody.').author).toBeNull();
  });

  it('reads a closing "— Name, Role, Publication" signature', () => {
    const meta = textMetadata('Some body text.\nMore.\n— Ray Example, Editor-in-Chief, Network Weekly\n');
    expect(meta.author).toBe('Ray Example');
    expect(meta.source).toBe('Network Weekly');
  });

  it('does not take a closing quotation for the author', () => {
    const meta = textMetadata('Some body text.\n— Donald Example, speaking on Twitter, last week');
    expect(meta.author).toBeNull();
    expect(meta.source).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseText, textMetadata } from './parse-text.js';

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

describe('parseText', () => {
  it('reads metadata from text in a legacy encoding', () => {
    // "Café au lait\nBy José Núñez\n\nBody." in Windows-1252.
    const found = parseText(Buffer.from('Caf\xe9 au lait\nBy Jos\xe9 N\xfa\xf1ez\n\nBody.', 'latin1'));
    expect(found.title).toBe('Café au lait');
    expect(found.author).toBe('José Núñez');
  });
});

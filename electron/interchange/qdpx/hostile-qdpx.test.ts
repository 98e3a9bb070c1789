import { describe, expect, it } from 'vitest';
import { rejection } from '../../../shared/test-support/errors.js';
import { writeQdpx } from './export-qdpx.js';
import { readQdpx, type ReadQdpxOptions } from './import-qdpx.js';
import { emptyProject, rawZip, sampleProject, T1, zipOf, type RawEntry } from './test-qdpx.js';

const stamp = { author: 'Importer', now: '2026-03-01T00:00:00.000Z', newId: () => 'x' };
const QDE = '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="P"/>';
// Library wording, stack traces and file content never reach the researcher.
const LIBRARY_TALK = /yauzl|xmldom|jszip|zlib|invalid|signature|central directory|\n\s+at |Error:|lol/i;

async function refused(bytes: Uint8Array, options?: ReadQdpxOptions) {
  const e = await rejection(readQdpx(bytes, emptyProject(), stamp, options));
  expect(e.message).not.toMatch(LIBRARY_TALK);
  return e;
}

describe('readQdpx: hostile and broken files', () => {
  it('refuses something that is not a zip archive', async () => {
    const e = await refused(new TextEncoder().encode('<Project>this is not a zip</Project>'));
    expect(e.code).toBe('bad-file');
    expect(e.message).toBe('This .qdpx file is not a zip archive (or it is damaged), so it cannot be a REFI-QDA project.');
  });

  it('refuses a zip without any .qde', async () => {
    const e = await refused(await zipOf({ 'sources/a.txt': 'text', 'readme.md': 'hi' }));
    expect(e.code).toBe('bad-file');
    expect(e.message).toMatch(/holds no project\.qde/);
  });

  it('refuses XML that is not well-formed', async () => {
    const e = await refused(await zipOf({ 'project.qde': '<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Sources></Project>' }));
    expect(e).toMatchObject({ code: 'bad-file', message: 'This .qdpx file is damaged: its project.qde is not well-formed XML.' });
  });

  it('refuses XML whose root is not a REFI-QDA Project', async () => {
    const e = await refused(await zipOf({ 'project.qde': '<html><body>hello</body></html>' }));
    expect(e.message).toMatch(/not a REFI-QDA project/);
  });

  it('refuses a DTD with entities (billion laughs) before parsing it', async () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE Project [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol3;"/>`;
    const e = await refused(await zipOf({ 'project.qde': laughs }));
    expect(e).toMatchObject({ code: 'bad-file', message: 'This .qdpx file was refused: its project.qde declares a DTD, which Warrant does not read (it can hide entity expansion).' });
    // An entity declared without a DOCTYPE line is refused all the same.
    expect((await refused(await zipOf({ 'project.qde': QDE.replace('<Project', '<!ENTITY x "y"><Project') }))).message).toMatch(/DTD/);
  });

  it.each(['../x.txt', '/abs/x.txt', 'sources/../../x.txt', 'sources\\x.txt', 'C:/x.txt'])('refuses the entry name %s, which points outside the archive', async (name) => {
    const e = await refused(rawZip([{ name: 'project.qde', data: QDE }, { name, data: 'evil' }]));
    expect(e.code).toBe('bad-file');
    expect(e.message).toMatch(/^This \.qdpx file was refused: its entry names point outside the archive \(/);
  });

  it('refuses a zip bomb from its declared sizes, before inflating it', async () => {
    // 8 MB of zeros packs into ~8 KB: a ratio of about 1,000.
    const bomb: RawEntry = { name: 'sources/a.txt', data: new Uint8Array(8 * 1024 * 1024), deflate: true };
    const e = await refused(rawZip([{ name: 'project.qde', data: QDE }, bomb]));
    expect(e.code).toBe('limit');
    expect(e.message).toMatch(/packed more than 200 times smaller than it unpacks, as a “zip bomb” is/);
  });

  it('refuses an archive that would unpack to more than the limits, naming them', async () => {
    const bytes = await writeQdpx(sampleProject(), { claimIds: null, generatedAt: T1 });
    const total = await refused(bytes, { limits: { maxTotalBytes: 1000 } });
    expect(total).toMatchObject({ code: 'limit', message: 'This .qdpx file was refused: it would unpack to more than 1,000 bytes.', details: { limit: 1000 } });
    const one = await refused(bytes, { limits: { maxEntryBytes: 2 * 1024 * 1024 - 1, maxTotalBytes: 10, ratioFloorBytes: 0 } });
    expect(one.code).toBe('limit');
    expect((await refused(bytes, { limits: { maxEntries: 2 } })).message).toMatch(/lists more than 2 files/);
    expect((await refused(bytes, { limits: { maxArchiveBytes: 100 } })).message).toMatch(/larger than/);
  });

  it('stops inflating an entry that unpacks to more than it declares', async () => {
    const liar: RawEntry = { name: 'sources/a.txt', data: 'x'.repeat(5000), deflate: true, declaredSize: 10 };
    const bytes = rawZip([{ name: 'project.qde', data: QDE.replace('/>', '><Sources><TextSource guid="00000000-0000-4000-8000-000000000001" name="A" plainTextPath="internal://a.txt"/></Sources></Project>') }, liar]);
    const e = await refused(bytes);
    expect(e.code).toBe('bad-file');
    expect(e.message).toMatch(/unpacks to more than the archive declares|cannot be unpacked/);
  });

  it('refuses a truncated archive', async () => {
    const bytes = await writeQdpx(sampleProject(), { claimIds: null, generatedAt: T1 });
    const e = await refused(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(e.code).toBe('bad-file');
  });

  it('reads a well-formed minimal project without complaint (the guards do not refuse everything)', async () => {
    const items = await readQdpx(rawZip([{ name: 'project.qde', data: QDE, deflate: true }]), emptyProject(), stamp);
    expect(items).toEqual({ articles: [], claims: [], highlights: [], links: [], ratings: [], unmatched: [] });
  });
});

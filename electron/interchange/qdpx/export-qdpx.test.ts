import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { missingReason, referenceDir } from '../../dev/reference-data.js';
import { rejection } from '../../../shared/test-support/errors.js';
import { writeQdpx } from './export-qdpx.js';
import { guidFor } from './guid.js';
import { EMOJI_TEXT, LONG_CLAIM, sampleProject, T1, unzip, validateAgainstXsd } from './test-qdpx.js';

const NS = 'urn:QDA-XML:project:1.0';
const opts = { claimIds: null, generatedAt: T1 };

async function exported(project = sampleProject(), o: Parameters<typeof writeQdpx>[1] = opts) {
  const files = await unzip(await writeQdpx(project, o));
  const xml = files.get('project.qde');
  if (xml === undefined) throw new Error('no project.qde');
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const all = (name: string) => Array.from(doc.getElementsByTagNameNS(NS, name)) as Element[];
  return { files, xml, doc, all };
}

const schemaDir = referenceDir('standards', 'refi-qda');

describe('writeQdpx: the archive', () => {
  it('holds project.qde and one UTF-8 text file per article under a lowercase sources/ folder, named by its GUID', async () => {
    const { files, all } = await exported();
    const p = sampleProject();
    expect([...files.keys()].sort()).toEqual(['project.qde', ...p.articles.map((a) => `sources/${guidFor('article', a.id)}.txt`)].sort());
    for (const a of p.articles) expect(files.get(`sources/${guidFor('article', a.id)}.txt`)).toBe(a.text);
    const sources = all('TextSource');
    expect(sources.map((s) => s.getAttribute('plainTextPath'))).toEqual(p.articles.map((a) => `internal://${guidFor('article', a.id)}.txt`));
    expect(sources.map((s) => s.getAttribute('name'))).toEqual(['Harbour report', 'Crab survey']);
  });

  it.skipIf(schemaDir === null)(`validates against the official QDA-XML 1.0 schema${schemaDir === null ? ` (${missingReason('standards/refi-qda')})` : ''}`, async () => {
    const { xml } = await exported();
    const result = await validateAgainstXsd(xml, schemaDir!);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    // The check itself can fail: the same file without a required attribute does not validate.
    const broken = await validateAgainstXsd(xml.replace(/ isCodable="true"/, ''), schemaDir!);
    expect(broken.valid).toBe(false);
  });

  it.skipIf(schemaDir === null)('validates for a selection of claims, and for a project with nothing in it', async () => {
    const p = sampleProject();
    for (const project of [p, { ...p, articles: [], highlights: [], claims: [], links: [], ratings: [] }]) {
      const claimIds = project.claims.length > 0 ? [project.claims.find((c) => c.text.startsWith('The council'))!.id] : null;
      const { xml } = await exported(project, { claimIds, generatedAt: T1 });
      expect((await validateAgainstXsd(xml, schemaDir!)).errors).toEqual([]);
    }
  });

  it('gives the same bytes for the same project, with UUID-shaped GUIDs', async () => {
    const a = await writeQdpx(sampleProject(), opts);
    const b = await writeQdpx(sampleProject(), opts);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const { xml } = await exported();
    const guids = [...xml.matchAll(/(?:guid|GUID|creatingUser)="([^"]*)"/g)].map((m) => m[1]);
    expect(guids.length).toBeGreaterThan(20);
    for (const g of guids) expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('writeQdpx: the mapping', () => {
  it('counts offsets in code points, end exclusive: an emoji before and a flag at the start of the passage', async () => {
    const { all } = await exported();
    const s = all('PlainTextSelection').find((e) => e.getAttribute('name')!.includes('team said'))!;
    // By hand: "Harbour report " is 15 code points, 🎉 is 1 (15), ". The " 16–21, 🇫🇷 two (22, 23);
    // the passage is 🇫🇷 (2) + " team said the " (15) + 🐟 (1) + " catch fell" (11) = 29.
    expect(s.getAttribute('startPosition')).toBe('22');
    expect(s.getAttribute('endPosition')).toBe('51');
    expect(Array.from(EMOJI_TEXT).slice(22, 51).join('')).toBe('🇫🇷 team said the 🐟 catch fell');
    // In UTF-16 units the same passage starts at 23: an exporter that forgot would write that.
    expect(EMOJI_TEXT.indexOf('🇫🇷')).toBe(23);
  });

  it('writes claims as codable codes with sub-claims nested, the name cut and the full text in Description', async () => {
    const { all } = await exported();
    const codes = all('Code');
    const top = codes.filter((c) => (c.parentNode as Element).localName === 'Codes');
    expect(top).toHaveLength(3);
    const c1 = top[0]!;
    expect(Array.from(c1.getAttribute('name')!).length).toBeLessThanOrEqual(80);
    expect(c1.getAttribute('name')!.endsWith('…')).toBe(true);
    expect(c1.getElementsByTagNameNS(NS, 'Description')[0]!.textContent).toBe(LONG_CLAIM);
    const subs = codes.filter((c) => c.parentNode === c1).map((c) => c.getAttribute('name'));
    expect(subs).toEqual(['The drop is about 20%', 'Crabs are affected too']);
    for (const c of codes) {
      expect(c.getAttribute('isCodable')).toBe('true');
      expect(c.getAttribute('color')).toMatch(/^#[0-9A-F]{6}$/);
    }
  });

  it('codes each highlight with its claims, and carries stance, weight, ratings and the verdict in notes another tool shows as text', async () => {
    const { all, doc } = await exported();
    const notes = new Map(all('Note').map((n) => [n.getAttribute('guid'), n]));
    const users = new Map(all('User').map((u) => [u.getAttribute('guid'), u.getAttribute('name')]));
    expect([...users.values()].sort()).toEqual(['Ada', 'Ben']);
    const noteText = (ref: Element) => notes.get(ref.getAttribute('targetGUID'))!.getElementsByTagNameNS(NS, 'PlainTextContent')[0]!.textContent;

    const s = all('PlainTextSelection').find((e) => e.getAttribute('name')!.includes('team said'))!;
    expect(users.get(s.getAttribute('creatingUser'))).toBe('Ada');
    const codings = Array.from(s.getElementsByTagNameNS(NS, 'Coding')) as Element[];
    expect(codings).toHaveLength(2);
    const [supports, context] = codings;
    expect(noteText(supports!.getElementsByTagNameNS(NS, 'NoteRef')[0] as Element)).toBe('warrant:stance=supports\nwarrant:weight=2\n\nStrong figure\nfrom the fleet');
    // A plain context link needs no note: context is what any coding means on import.
    expect(context!.getElementsByTagNameNS(NS, 'NoteRef')).toHaveLength(0);
    const selectionNotes = (Array.from(s.childNodes) as Element[]).filter((n) => n.localName === 'NoteRef');
    expect(selectionNotes.map(noteText)).toEqual(['Check the 20% figure 🐟']);
    expect(s.getElementsByTagNameNS(NS, 'Description')[0]!.textContent).toBe('warrant:color=green\nwarrant:label=key figure');

    const c1 = all('Code')[0]!;
    const codeNotes = (Array.from(c1.childNodes) as Element[]).filter((n) => n.localName === 'NoteRef').map((r) => notes.get(r.getAttribute('targetGUID'))!);
    expect(codeNotes.map((n) => [users.get(n.getAttribute('creatingUser')), n.getElementsByTagNameNS(NS, 'PlainTextContent')[0]!.textContent])).toEqual([
      ['Ada', 'warrant:rating=moderate\n\nTwo sources, one disputed'],
      ['Ben', 'warrant:rating=weak'],
      ['Ada', 'warrant:verdict=weak\n\nAgreed after discussion'],
    ]);
    expect(doc.documentElement!.getAttribute('origin')).toMatch(/^Warrant( \d+\.\d+\.\d+)?$/);
    expect(doc.documentElement!.getAttribute('name')).toBe('Harbour & crabs <study>');
  });

  it('writes the article metadata as Description lines', async () => {
    const { all } = await exported();
    expect(all('TextSource')[0]!.getElementsByTagNameNS(NS, 'Description')[0]!.textContent).toBe('Source: Harbour Gazette\nAuthor: J. Smith\nDate: 2024-05-01\nURL: https://example.org/harbour');
  });

  it('exports only the chosen claims (with sub-claims and parents) and the evidence linked to them', async () => {
    const p = sampleProject();
    const sub = p.claims.find((c) => c.text === 'The drop is about 20%')!;
    const { all, files } = await exported(p, { claimIds: [sub.id], generatedAt: T1 });
    expect(all('Code').map((c) => c.getAttribute('name'))).toEqual([expect.stringMatching(/^Fish catches/), 'The drop is about 20%', 'Crabs are affected too']);
    // Every highlight linked to the parent comes along: two in the first article, one in the second.
    expect(all('PlainTextSelection')).toHaveLength(3);
    expect(files.size).toBe(3);
    const c2 = p.claims.find((c) => c.text.startsWith('The council'))!;
    const only = await exported(p, { claimIds: [c2.id], generatedAt: T1 });
    expect(only.all('PlainTextSelection')).toHaveLength(1);
    expect(only.all('TextSource').map((s) => s.getAttribute('name'))).toEqual(['Harbour report']);
    expect((await rejection(writeQdpx(p, { claimIds: ['nope'], generatedAt: T1 }))).code).toBe('not-found');
  });

  it('drops characters XML cannot hold, so a stray control character in a note does not spoil the file', async () => {
    const p = sampleProject();
    const q = { ...p, highlights: p.highlights.map((h, i) => (i === 0 ? { ...h, note: 'bell\u0007 and \u000Bvertical tab' } : h)) };
    const { xml } = await exported(q);
    expect(xml).toContain('bell and vertical tab');
    expect(() =>
      new DOMParser({
        onError: (level) => {
          if (level !== 'warning') throw new Error('bad xml');
        },
      }).parseFromString(xml, 'application/xml'),
    ).not.toThrow();
  });

  it('reports progress up to the total', async () => {
    const seen: [number, number][] = [];
    await writeQdpx(sampleProject(), { ...opts, onProgress: (d, t) => seen.push([d, t]) });
    // Two articles: each written into the XML, the XML, then three files compressed.
    expect(seen).toEqual([1, 2, 3, 4, 5, 6].map((d) => [d, 6]));
  });
});

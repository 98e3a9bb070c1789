import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeShard, finishShard, mergeVocabs, vocabOf } from './shard-build.js';
import { ANALYSIS_VERSION } from '../../shared/search/analyzer.js';
import { INDEX_KEY_VERSION, OUTDATED, decodeShard, encodeShard } from './shard-cache.js';
import type { IndexDoc, ShardData } from './shard-data.js';

const docs: IndexDoc[] = [
  { id: 'a', title: 'Huawei ban', source: 'Reuters', date: '2019-01-02', text: 'The US asks allies to ban Huawei.' },
  { id: 'b', title: 'Financial aid', source: null, date: null, text: 'Financial aid for countries that shun Huawei, says the report.' },
];

function build(): ShardData {
  const a = analyzeShard(docs);
  const g = mergeVocabs([vocabOf(a)]);
  const index = new Map(g.vocab.map((t, i) => [t, i]));
  return finishShard(a, g, index);
}

const id = { nameKey: 'n'.repeat(64), shardHash: 'h'.repeat(64), shardIndex: 0, shardCount: 1 };
const bytes = (data: ShardData) => Buffer.concat(encodeShard(data, { ...id, corpusKey: 'c'.repeat(64) }, docs.map((d) => d.id)));

/** Rewrites the checksum so that only the structural checks can catch a change. */
function resign(buf: Buffer): Buffer {
  buf.writeUInt32LE(zlib.crc32(buf.subarray(16)), 12);
  return buf;
}

describe('the index cache format', () => {
  it('round-trips a shard', () => {
    const data = build();
    const r = decodeShard(bytes(data), id, docs);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.corpusKey).toBe('c'.repeat(64));
    expect(r.data.vocab).toEqual(data.vocab);
    expect([...r.data.vecData]).toEqual([...data.vecData]);
    expect([...(r.data.streams[1]?.ids ?? [])]).toEqual([...(data.streams[1]?.ids ?? [])]);
  });

  it('rejects damaged, truncated and foreign files with a reason', () => {
    const good = bytes(build());
    const flipped = Buffer.from(good);
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] ?? 0) ^ 1;
    expect(decodeShard(flipped, id, docs)).toEqual({ ok: false, reason: expect.stringMatching(/checksum/) });
    expect(decodeShard(good.subarray(0, good.length - 100), id, docs)).toMatchObject({ ok: false });
    expect(decodeShard(Buffer.from('not an index at all'), id, docs)).toEqual({ ok: false, reason: 'not an index cache file' });
    expect(decodeShard(good, { ...id, shardHash: 'x'.repeat(64) }, docs)).toEqual({ ok: false, reason: OUTDATED });
    expect(decodeShard(good, id, [docs[1] as IndexDoc, docs[0] as IndexDoc])).toEqual({ ok: false, reason: 'document ids differ' });
  });

  it('rejects a file whose checksum is right but whose content is inconsistent', () => {
    const data = build();
    // A posting that points past the last document.
    data.postDocs[0] = 99;
    expect(decodeShard(resign(bytes(data)), id, docs)).toEqual({ ok: false, reason: 'has a bad posting' });
    const data2 = build();
    // A token that starts beyond the end of its text.
    const starts = data2.streams[1]?.starts as Uint16Array;
    starts[starts.length - 1] = 60000;
    expect(decodeShard(resign(bytes(data2)), id, docs)).toEqual({ ok: false, reason: 'token stream does not fit the text' });
    const data3 = build();
    data3.vecData[1] = NaN;
    expect(decodeShard(resign(bytes(data3)), id, docs)).toEqual({ ok: false, reason: 'has a bad field vector' });
  });

  it('treats a file built by another analysis as outdated (a normal rebuild, not damage)', () => {
    const good = bytes(build());
    const header = good.toString('latin1', 16, 16 + good.readUInt32LE(8));
    expect(header).toContain(`"analysis":${ANALYSIS_VERSION},`);
    const old = Buffer.from(good);
    old.write(header.replace(`"analysis":${ANALYSIS_VERSION},`, `"analysis":${ANALYSIS_VERSION - 1},`), 16, 'latin1');
    expect(decodeShard(resign(old), id, docs)).toEqual({ ok: false, reason: OUTDATED });
    expect(decodeShard(good, id, docs).ok).toBe(true);
  });

  it('names cache generations after the analysis too', () => {
    expect(INDEX_KEY_VERSION).toContain(String(ANALYSIS_VERSION));
  });
});

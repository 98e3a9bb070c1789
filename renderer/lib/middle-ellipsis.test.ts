import { describe, expect, it } from 'vitest';
import { middleEllipsis } from './middle-ellipsis.js';

describe('middleEllipsis', () => {
  it('leaves a path that fits alone', () => {
    expect(middleEllipsis('/home/ada/water.warrant', 40)).toBe('/home/ada/water.warrant');
  });

  it('keeps the start and the file name and cuts the middle', () => {
    const path = '/home/ada/Projects/2026/fact-checks/port-aldren/water-tariffs.warrant';
    const short = middleEllipsis(path, 40);
    expect(Array.from(short).length).toBeLessThanOrEqual(40);
    expect(short.startsWith('/home/')).toBe(true);
    expect(short.endsWith('/water-tariffs.warrant')).toBe(true);
    expect(short).toContain('…');
  });

  it('works on Windows paths and with letters outside the BMP', () => {
    const short = middleEllipsis('C:\\Users\\Ada\\Documents\\Recherche\\🌊 Wasser\\tarife.warrant', 30);
    expect(Array.from(short).length).toBeLessThanOrEqual(30);
    expect(short.startsWith('C:\\')).toBe(true);
    expect(short.endsWith('\\tarife.warrant')).toBe(true);
  });

  it('cuts a file name too long to keep whole from the middle as well', () => {
    const short = middleEllipsis('/a/' + 'x'.repeat(60) + '.warrant', 24);
    expect(Array.from(short).length).toBeLessThanOrEqual(24);
    expect(short.endsWith('.warrant')).toBe(true);
  });
});

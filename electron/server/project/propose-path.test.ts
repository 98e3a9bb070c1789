import { homedir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFileName, proposeProjectPath } from './propose-path.js';

const base = resolve('/data/Warrant');

describe('project paths from what was typed', () => {
  it('proposes Untitled in the default folder when nothing was typed', () => {
    expect(proposeProjectPath('  ', base)).toBe(join(base, 'Untitled.warrant'));
  });

  it('proposes the folder itself, ending in a separator, for opening with nothing typed', () => {
    expect(proposeProjectPath('', base, 'open')).toBe(base + sep);
    // What was typed is resolved the same way for opening as for creating.
    expect(proposeProjectPath('Study', base, 'open')).toBe(join(base, 'Study.warrant'));
  });

  it('puts a bare name in the default folder as a safe file name with the extension', () => {
    expect(proposeProjectPath('Huawei aid: draft?', base)).toBe(join(base, 'Huawei aid draft .warrant'.replace(' .', '.')));
    expect(proposeProjectPath('Report v1.2', base)).toBe(join(base, 'Report v1.2.warrant'));
    expect(proposeProjectPath('Tariffs.WARRANT', base)).toBe(join(base, 'Tariffs.WARRANT'));
  });

  it('resolves relative, home and absolute paths, adding the extension only when missing', () => {
    expect(proposeProjectPath('team/aid', base)).toBe(join(base, 'team', 'aid.warrant'));
    expect(proposeProjectPath('~/projects/aid', base)).toBe(join(homedir(), 'projects', 'aid.warrant'));
    expect(proposeProjectPath('/tmp/x/aid.warrant', base)).toBe(resolve('/tmp/x/aid.warrant'));
  });

  it('never lets a name escape its folder through separators', () => {
    expect(projectFileName('..')).toBe('...warrant');
    expect(projectFileName('a<b>|c')).toBe('a b c.warrant');
  });
});

import { describe, expect, it } from 'vitest';
import { exportFileStem } from './file-name';

describe('exportFileStem', () => {
  it('names a plain day after its date', () => {
    expect(exportFileStem({ date: '2017-10-15', focus: null, compare: null })).toBe('runtimes-2017-10-15');
  });

  it('adds the focused stack and the compared day', () => {
    expect(exportFileStem({ date: '2017-10-15', focus: 'cri-containerd', compare: null })).toBe(
      'runtimes-2017-10-15-cri-containerd',
    );
    expect(exportFileStem({ date: '2022-06-01', focus: null, compare: '2021-06-01' })).toBe(
      'runtimes-2022-06-01-vs-2021-06-01',
    );
    expect(exportFileStem({ date: '2022-06-01', focus: 'cri-dockerd', compare: '2021-06-01' })).toBe(
      'runtimes-2022-06-01-cri-dockerd-vs-2021-06-01',
    );
  });

  it('never lets a path separator or space into the name', () => {
    expect(exportFileStem({ date: '2017-10-15', focus: '../Evil Stack', compare: null })).toBe(
      'runtimes-2017-10-15--evil-stack',
    );
  });
});

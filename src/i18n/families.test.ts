import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../model/families';
import { en } from './en';
import { familyName } from './families';
import { ja } from './ja';

describe('family names', () => {
  it('exist in English and Japanese for every family drawn as a group, and for nothing else', () => {
    for (const f of FAMILIES) {
      expect(familyName(en, f.id), f.id).toMatch(/\S/);
      expect(familyName(ja, f.id), f.id).toMatch(/\S/);
    }
    expect(Object.keys(en.families).sort()).toEqual(FAMILIES.map((f) => f.id.slice('group:'.length)).sort());
  });

  it('are worded per language where the words differ', () => {
    expect(familyName(en, 'group:nvidia')).toBe('NVIDIA GPU path');
    expect(familyName(ja, 'group:nvidia')).toBe('NVIDIA GPU 対応');
    expect(familyName(ja, 'group:kata')).toBe('Kata Containers');
  });
});

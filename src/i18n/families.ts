import type { Family } from '../model/families';
import type { Messages } from './en';

/** A family's name in the language of `t`. */
export function familyName(t: Messages, id: Family['id']): string {
  return t.families[id.slice('group:'.length) as keyof Messages['families']];
}

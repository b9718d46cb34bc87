import type { DatasetEvent } from '../../model/types';

type Kind = DatasetEvent['kind'];

/** Tick colours by event kind; each passes 3:1 against white as a non-text mark. */
export const KIND_COLOUR: Record<Kind, string> = {
  announced: '#0369a1',
  released: '#047857',
  renamed: '#6d28d9',
  donated: '#0f766e',
  graduated: '#4338ca',
  'default-changed': '#a16207',
  deprecated: '#c2410c',
  removed: '#b91c1c',
  archived: '#475569',
};

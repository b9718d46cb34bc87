import { startDay } from './dates';
import type { Component, Role } from './types';

export type RowId = 'client' | 'cri' | 'engine' | 'shim' | 'oci-runtime' | 'sandbox' | 'hypervisor' | 'other';

export interface Row {
  id: RowId;
  roles: Role[];
}

/** Top to bottom, like the article's figures; the last row holds what is not on a call path. */
export const ROWS: Row[] = [
  { id: 'client', roles: ['client'] },
  { id: 'cri', roles: ['cri'] },
  { id: 'engine', roles: ['engine'] },
  { id: 'shim', roles: ['shim'] },
  { id: 'oci-runtime', roles: ['oci-runtime'] },
  { id: 'sandbox', roles: ['sandbox'] },
  { id: 'hypervisor', roles: ['hypervisor'] },
  { id: 'other', roles: ['spec', 'tool', 'project'] },
];
export const OTHER = ROWS.length - 1;

export const rowOf = (c: Component): number => ROWS.findIndex((r) => r.roles.includes(c.role));
export const FOREVER = '9999-12-31';
export const endOf = (c: { until: string | null }): string =>
  c.until === null ? FOREVER : startDay(c.until);

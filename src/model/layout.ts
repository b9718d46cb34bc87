import { startDay } from './dates';
import type { Component, Role } from './types';

export interface Row {
  id: string;
  label: string;
  roles: Role[];
}

/** Top to bottom, like the article's figures; the last row holds what is not on a call path. */
export const ROWS: Row[] = [
  { id: 'client', label: 'Client', roles: ['client'] },
  { id: 'cri', label: 'CRI implementation', roles: ['cri'] },
  { id: 'engine', label: 'Engine', roles: ['engine'] },
  { id: 'shim', label: 'Shim', roles: ['shim'] },
  { id: 'oci-runtime', label: 'OCI runtime', roles: ['oci-runtime'] },
  { id: 'sandbox', label: 'Sandbox / VM', roles: ['sandbox'] },
  { id: 'hypervisor', label: 'Hypervisor / kernel', roles: ['hypervisor'] },
  { id: 'other', label: 'Specs, tools, projects', roles: ['spec', 'tool', 'project'] },
];

export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 64;
export const COLUMN_GAP = 24;
export const ROW_HEIGHT = 120;
export const ROW_LABEL_WIDTH = 150;

export interface Position {
  x: number;
  y: number;
}

export interface Layout {
  positions: Map<string, Position>;
  rowTop: Map<string, number>;
  width: number;
}

/**
 * A foresighted layout: every component gets one place for its whole life, so nothing moves
 * while scrubbing. Within a row, a column is reused once its previous occupant has gone.
 */
export function computeLayout(components: readonly Component[]): Layout {
  const positions = new Map<string, Position>();
  const rowTop = new Map<string, number>();
  let columns = 0;
  ROWS.forEach((row, index) => {
    const y = index * ROW_HEIGHT;
    rowTop.set(row.id, y);
    const members = components
      .filter((c) => row.roles.includes(c.role))
      .sort((a, b) => startDay(a.since).localeCompare(startDay(b.since)) || a.id.localeCompare(b.id));
    const freeFrom: string[] = []; // per column: the day it becomes free
    for (const c of members) {
      let column = freeFrom.findIndex((day) => day <= startDay(c.since));
      if (column === -1) column = freeFrom.length;
      freeFrom[column] = c.until === null ? '9999-12-31' : startDay(c.until);
      positions.set(c.id, { x: ROW_LABEL_WIDTH + column * (NODE_WIDTH + COLUMN_GAP), y: y + (ROW_HEIGHT - NODE_HEIGHT) / 2 });
    }
    columns = Math.max(columns, freeFrom.length);
  });
  return { positions, rowTop, width: ROW_LABEL_WIDTH + columns * (NODE_WIDTH + COLUMN_GAP) };
}

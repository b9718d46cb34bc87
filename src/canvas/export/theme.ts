import type { Mechanism } from '../../model/types';
import type { Emphasis } from '../to-flow';

/** A box's paint: mirrors .component-box.emphasis-* in src/index.css. */
export interface BoxPaint {
  fill: string;
  stroke: string;
  width: number;
  dashed?: boolean;
  opacity?: number;
  ring?: string;
  muted?: boolean;
}

/** Every colour the exported picture uses, per theme, as the screen paints it (index.css, dark.css). */
export interface Theme {
  name: 'light' | 'dark';
  page: string;
  emphasis: Record<Emphasis, BoxPaint>;
  /** An opened family: a frame over its neighbours. */
  openGroup: BoxPaint;
  closedGroup: string;
  text: string;
  meta: string;
  muted: string;
  marks: { deprecated: string; ending: string };
  badge: { fill: string; text: string };
  row: { line: string; fill: string; text: string };
  frame: { stroke: string; tab: string; tabText: string };
  pod: { fill: string; stroke: string; text: string };
  edge: string;
  mechanisms: Record<Mechanism, string>;
  replaced: { stroke: string; fill: string; text: string };
  caption: { fill: string; line: string; text: string };
}

export const LIGHT: Theme = {
  name: 'light',
  page: '#ffffff',
  emphasis: {
    normal: { fill: '#ffffff', stroke: '#64748b', width: 1 },
    focused: { fill: '#ffffff', stroke: '#0369a1', width: 2, ring: 'rgb(3 105 161 / 0.18)' },
    dimmed: { fill: '#ffffff', stroke: '#cbd5e1', width: 1, muted: true },
    added: { fill: '#ecfdf5', stroke: '#059669', width: 2 },
    removed: { fill: '#fef2f2', stroke: '#b91c1c', width: 2, dashed: true, opacity: 0.75 },
  },
  openGroup: { fill: '#ffffff', stroke: '#334155', width: 2 },
  closedGroup: '#f8fafc',
  text: '#0f172a',
  meta: '#334155',
  muted: '#475569',
  marks: { deprecated: '#9a3412', ending: '#991b1b' },
  badge: { fill: '#1e293b', text: '#ffffff' },
  row: { line: '#cbd5e1', fill: '#f1f5f9', text: '#334155' },
  frame: { stroke: '#64748b', tab: '#475569', tabText: '#ffffff' },
  pod: { fill: '#ecfdf5', stroke: '#047857', text: '#022c22' },
  edge: '#475569',
  mechanisms: {
    'cri-grpc': '#1d4ed8',
    'docker-api': '#0e7490',
    'containerd-api': '#0f766e',
    'shim-v1': '#a16207',
    'shim-v2': '#c2410c',
    'oci-cli': '#15803d',
    'in-process': '#475569',
    exec: '#6d28d9',
    'agent-rpc': '#be185d',
    hypervisor: '#b91c1c',
    '9p': '#7c2d12',
    'os-api': '#334155',
  },
  replaced: { stroke: '#6d28d9', fill: '#ede9fe', text: '#4c1d95' },
  caption: { fill: '#f8fafc', line: '#e2e8f0', text: '#334155' },
};

// The dark theme mirrors each palette (src/dark.css: slate-900 becomes slate-100, and so on).
export const DARK: Theme = {
  name: 'dark',
  page: '#0f172a',
  emphasis: {
    normal: { fill: '#0f172a', stroke: '#64748b', width: 1 },
    focused: { fill: '#0f172a', stroke: '#7dd3fc', width: 2, ring: 'rgb(125 211 252 / 0.25)' },
    dimmed: { fill: '#0f172a', stroke: '#334155', width: 1, muted: true },
    added: { fill: '#022c22', stroke: '#34d399', width: 2 },
    removed: { fill: '#450a0a', stroke: '#fca5a5', width: 2, dashed: true, opacity: 0.75 },
  },
  openGroup: { fill: '#0f172a', stroke: '#cbd5e1', width: 2 },
  closedGroup: '#020617',
  text: '#f1f5f9',
  meta: '#cbd5e1',
  muted: '#94a3b8',
  marks: { deprecated: '#fed7aa', ending: '#fecaca' },
  badge: { fill: '#e2e8f0', text: '#0f172a' },
  row: { line: '#334155', fill: '#1e293b', text: '#cbd5e1' },
  frame: { stroke: '#64748b', tab: '#94a3b8', tabText: '#0f172a' },
  pod: { fill: '#022c22', stroke: '#6ee7b7', text: '#ecfdf5' },
  edge: '#94a3b8',
  mechanisms: {
    'cri-grpc': '#60a5fa',
    'docker-api': '#22d3ee',
    'containerd-api': '#2dd4bf',
    'shim-v1': '#facc15',
    'shim-v2': '#fb923c',
    'oci-cli': '#4ade80',
    'in-process': '#94a3b8',
    exec: '#a78bfa',
    'agent-rpc': '#f472b6',
    hypervisor: '#f87171',
    '9p': '#fdba74',
    'os-api': '#cbd5e1',
  },
  replaced: { stroke: '#c4b5fd', fill: '#4c1d95', text: '#ede9fe' },
  caption: { fill: '#020617', line: '#1e293b', text: '#cbd5e1' },
};

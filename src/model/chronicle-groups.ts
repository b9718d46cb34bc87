import type { LifeBar } from './chronicle-bars';
import type { Role } from './types';
import { ROWS } from './rows';

/**
 * The families of the chronicle, in the order they are drawn, with their members' canonical ids
 * (docs/contract.md §1). An id not listed joins its parent's family, else "other".
 */
export const FAMILIES = {
  kubernetes: ['kubelet', 'cri', 'dockershim', 'cri-dockerd', 'criproxy'],
  docker: [
    'docker',
    'lxc',
    'libcontainer',
    'moby',
    'sysbox',
    'nvidia-docker',
    'nvidia-container-runtime',
    'nvidia-container-toolkit',
  ],
  oci: ['oci', 'oci-runtime-spec', 'runc', 'crun', 'youki', 'railcar', 'runj', 'crio-lxc'],
  containerd: [
    'containerd',
    'containerd-shim',
    'containerd-shim-runc-v1',
    'containerd-shim-runc-v2',
    'cri-containerd',
    'cri-plugin',
    'runwasi',
  ],
  crio: ['cri-o', 'conmon', 'kpod', 'podman', 'buildah', 'skopeo'],
  rkt: ['appc', 'rkt', 'rkt-fly', 'rktnetes', 'rktlet'],
  windows: ['windows-containers', 'hcs', 'hcsshim', 'runhcs', 'containerd-shim-runhcs-v1'],
  hyper: ['hyperd', 'hyperctl', 'runv', 'frakti'],
  clear: ['clear-containers', 'cc-runtime', 'cc-shim', 'cc-proxy'],
  kata: [
    'kata-containers',
    'kata-runtime',
    'kata-shim',
    'kata-proxy',
    'kata-agent',
    'containerd-shim-kata-v2',
    'kata-runtime-rs',
    'dragonball',
  ],
  gvisor: ['gvisor', 'runsc', 'sentry', 'gofer', 'gvisor-containerd-shim', 'containerd-shim-runsc-v1'],
  firecracker: ['firecracker', 'firecracker-containerd', 'firecracker-containerd-shim', 'fc-agent'],
  vm: ['virtlet', 'vmwrapper', 'libvirt', 'qemu', 'kvm', 'runq'],
  nabla: ['nabla-containers', 'runnc', 'solo5', 'rumprun'],
  singularity: ['singularity', 'singularity-cri', 'apptainer'],
  alibaba: ['pouchcontainer', 'inclavare-containers', 'rune', 'containerd-shim-rune-v2'],
  ukontainer: ['ukontainer', 'runu', 'lkl'],
  other: [] as string[],
} satisfies Record<string, string[]>;

export type Family = keyof typeof FAMILIES;
export const FAMILY_ORDER = Object.keys(FAMILIES) as Family[];
/** Roles in the canvas's row order, top to bottom. */
const ROLE_ORDER: Role[] = ROWS.flatMap((r) => r.roles);

const familyById = new Map<string, Family>(
  FAMILY_ORDER.flatMap((f) => FAMILIES[f].map((id) => [id, f] as const)),
);

export function familyOf(bar: Pick<LifeBar, 'id' | 'parent'>): Family {
  return familyById.get(bar.id) ?? (bar.parent === null ? undefined : familyById.get(bar.parent)) ?? 'other';
}

export type Grouping = 'family' | 'role';

export interface BarGroup {
  /** A Family or a Role, depending on the grouping. */
  key: string;
  bars: LifeBar[];
}

/** Bars in groups (families or roles, in a fixed order, empty ones left out), each by start then name. */
export function groupBars(bars: readonly LifeBar[], by: Grouping): BarGroup[] {
  const order: readonly string[] = by === 'family' ? FAMILY_ORDER : ROLE_ORDER;
  const keyOf = (bar: LifeBar) => (by === 'family' ? familyOf(bar) : bar.role);
  const groups = new Map<string, LifeBar[]>(order.map((k) => [k, []]));
  for (const bar of bars) groups.get(keyOf(bar))!.push(bar);
  return order
    .map((key) => ({
      key,
      bars: groups.get(key)!.sort((a, b) => a.start - b.start || a.name.localeCompare(b.name)),
    }))
    .filter((g) => g.bars.length > 0);
}

export interface RowLayout {
  rows: ({ kind: 'group'; key: string; y: number } | { kind: 'bar'; bar: LifeBar; y: number })[];
  height: number;
}

/** Top-to-bottom rows: a heading row per group, then one row per bar. */
export function layoutRows(groups: readonly BarGroup[], heading: number, row: number): RowLayout {
  const rows: RowLayout['rows'] = [];
  let y = 0;
  for (const group of groups) {
    rows.push({ kind: 'group', key: group.key, y });
    y += heading;
    for (const bar of group.bars) {
      rows.push({ kind: 'bar', bar, y });
      y += row;
    }
  }
  return { rows, height: y };
}

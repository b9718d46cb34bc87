import type { Lang } from '../url/view-state';

// The chronicle's own words, shipped with its chunk rather than with the first page.
const en = {
  chronicleRegion: 'Chronicle: every component’s life on one timeline',
  groupBy: 'Group by',
  groupings: { family: 'family', role: 'role' },
  families: {
    kubernetes: 'Kubernetes',
    docker: 'Docker',
    oci: 'OCI and its runtimes',
    containerd: 'containerd',
    crio: 'CRI-O and Podman',
    rkt: 'rkt and appc',
    windows: 'Windows',
    hyper: 'Hyper',
    clear: 'Clear Containers',
    kata: 'Kata Containers',
    gvisor: 'gVisor',
    firecracker: 'Firecracker',
    vm: 'Virtlet and VMs',
    nabla: 'Nabla',
    singularity: 'Singularity / Apptainer',
    alibaba: 'Alibaba',
    ukontainer: 'ukontainer',
    other: 'Other',
  },
  barLabel: (name: string, since: string, until: string) => `${name}, ${since} – ${until}`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  wholeHistory: 'Whole history',
  firstDayOf: (name: string, day: string) => `Go to the first day of ${name} (${day})`,
  chronicleHelp:
    'Click or drag on the axis (or drag the line) to set the date; Shift-drag on the axis or the wheel zooms. Click a bar for details; Shift-click jumps to its first day.',
  chronicleKey: {
    soft: 'faded start: known to the month or year',
    deprecated: 'hatched: deprecated',
    release: 'tick: release',
    open: '▸ still there',
  },
};

const ja: typeof en = {
  chronicleRegion: '年表：すべてのコンポーネントの生涯を一本の時間軸に',
  groupBy: 'まとめ方',
  groupings: { family: 'ファミリー', role: '役割' },
  families: {
    kubernetes: 'Kubernetes',
    docker: 'Docker',
    oci: 'OCI とそのランタイム',
    containerd: 'containerd',
    crio: 'CRI-O と Podman',
    rkt: 'rkt と appc',
    windows: 'Windows',
    hyper: 'Hyper',
    clear: 'Clear Containers',
    kata: 'Kata Containers',
    gvisor: 'gVisor',
    firecracker: 'Firecracker',
    vm: 'Virtlet と仮想マシン',
    nabla: 'Nabla',
    singularity: 'Singularity / Apptainer',
    alibaba: 'Alibaba',
    ukontainer: 'ukontainer',
    other: 'その他',
  },
  barLabel: (name: string, since: string, until: string) => `${name}、${since} 〜 ${until}`,
  zoomIn: '拡大',
  zoomOut: '縮小',
  wholeHistory: '全期間',
  firstDayOf: (name: string, day: string) => `${name} の最初の日（${day}）へ移動`,
  chronicleHelp:
    '軸をクリック・ドラッグ（または線をドラッグ）すると日付が変わる。軸上の Shift ドラッグやホイールで期間を拡大。バーをクリックすると詳細、Shift クリックで最初の日へ移動。',
  chronicleKey: {
    soft: '薄い始まり：月または年までしか分からない',
    deprecated: '斜線：非推奨',
    release: '目盛り：リリース',
    open: '▸ 現存',
  },
};

export const chronicleMessages = (lang: Lang): typeof en => (lang === 'ja' ? ja : en);

import type { Mechanism } from '../model/types';

/** Edge colours by mechanism (CSS variables in index.css, one set per theme) and their names. */
export const MECHANISM_STYLE: Record<Mechanism, { colour: string; label: { en: string; ja: string } }> = {
  'cri-grpc': { colour: 'var(--mech-cri-grpc)', label: { en: 'CRI gRPC', ja: 'CRI gRPC' } },
  'docker-api': { colour: 'var(--mech-docker-api)', label: { en: 'Docker API', ja: 'Docker API' } },
  'containerd-api': {
    colour: 'var(--mech-containerd-api)',
    label: { en: 'containerd API (gRPC)', ja: 'containerd API（gRPC）' },
  },
  'shim-v1': { colour: 'var(--mech-shim-v1)', label: { en: 'shim v1', ja: 'shim v1' } },
  'shim-v2': {
    colour: 'var(--mech-shim-v2)',
    label: { en: 'shim API v2 (ttrpc)', ja: 'shim API v2（ttrpc）' },
  },
  'oci-cli': { colour: 'var(--mech-oci-cli)', label: { en: 'OCI runtime CLI', ja: 'OCI ランタイム CLI' } },
  'in-process': {
    colour: 'var(--mech-in-process)',
    label: { en: 'in-process library', ja: 'プロセス内ライブラリ' },
  },
  exec: { colour: 'var(--mech-exec)', label: { en: 'spawns a process', ja: 'プロセスを起動' } },
  'agent-rpc': {
    colour: 'var(--mech-agent-rpc)',
    label: { en: 'agent RPC (into the VM)', ja: 'エージェント RPC（VM 内へ）' },
  },
  hypervisor: {
    colour: 'var(--mech-hypervisor)',
    label: { en: 'hypervisor control', ja: 'ハイパーバイザー制御' },
  },
  '9p': { colour: 'var(--mech-9p)', label: { en: '9P file proxy', ja: '9P ファイルプロキシ' } },
  'os-api': { colour: 'var(--mech-os-api)', label: { en: 'OS service API', ja: 'OS サービス API' } },
};

/** The id of the arrowhead in a mechanism's colour (src/canvas/edges/ArrowMarkers.tsx): edges name it, so a grouped edge takes the colour of its call of the day. */
export const arrowId = (mechanism: Mechanism) => `arrow-${mechanism}`;

import type { Mechanism } from '../model/types';

/** Edge colours by mechanism; each keeps 3:1 contrast on white as a graphic. */
export const MECHANISM_STYLE: Record<Mechanism, { colour: string; label: string }> = {
  'cri-grpc': { colour: '#1d4ed8', label: 'CRI gRPC' },
  'docker-api': { colour: '#0e7490', label: 'Docker API' },
  'containerd-api': { colour: '#0f766e', label: 'containerd API (gRPC)' },
  'shim-v1': { colour: '#a16207', label: 'shim v1' },
  'shim-v2': { colour: '#c2410c', label: 'shim API v2 (ttrpc)' },
  'oci-cli': { colour: '#15803d', label: 'OCI runtime CLI' },
  'in-process': { colour: '#475569', label: 'in-process library' },
  exec: { colour: '#6d28d9', label: 'spawns a process' },
  'agent-rpc': { colour: '#be185d', label: 'agent RPC (into the VM)' },
  hypervisor: { colour: '#b91c1c', label: 'hypervisor control' },
  '9p': { colour: '#7c2d12', label: '9P file proxy' },
  'os-api': { colour: '#334155', label: 'OS service API' },
};

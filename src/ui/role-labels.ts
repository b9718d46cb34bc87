import type { Role } from '../model/types';

export const ROLE_LABEL: Record<Role, string> = {
  client: 'Client / orchestrator',
  cri: 'CRI implementation',
  engine: 'Engine (high-level runtime)',
  shim: 'Shim',
  'oci-runtime': 'OCI runtime',
  sandbox: 'Sandbox / VM part',
  hypervisor: 'Hypervisor / kernel',
  spec: 'Specification',
  tool: 'Tool',
  project: 'Project',
};

import type { Localized } from './types';

/**
 * A family is drawn as one group node at the overview: its parts only matter inside it, and
 * opening the group (or selecting one of its parts) shows them. Ids carry a colon, so no
 * component can have one.
 */
export interface Family {
  id: `group:${string}`;
  name: Localized;
  members: readonly string[];
}

const family = (key: string, en: string, ja: string, members: string[]): Family => ({
  id: `group:${key}`,
  name: { en, ja },
  members,
});

export const FAMILIES: readonly Family[] = [
  family('kata', 'Kata Containers', 'Kata Containers', [
    'kata-containers',
    'containerd-shim-kata-v2',
    'kata-runtime-rs',
    'kata-shim',
    'kata-runtime',
    'kata-proxy',
    'kata-agent',
    'dragonball',
  ]),
  family('gvisor', 'gVisor', 'gVisor', [
    'gvisor',
    'gvisor-containerd-shim',
    'containerd-shim-runsc-v1',
    'runsc',
    'sentry',
    'gofer',
  ]),
  family('firecracker', 'Firecracker', 'Firecracker', [
    'firecracker-containerd',
    'firecracker-containerd-shim',
    'fc-agent',
    'firecracker',
  ]),
  family('unikernels', 'Unikernel runtimes (Nabla, ukontainer)', 'ユニカーネル系（Nabla・ukontainer）', [
    'nabla-containers',
    'runnc',
    'rumprun',
    'solo5',
    'ukontainer',
    'runu',
    'lkl',
  ]),
  family('clear-containers', 'Intel Clear Containers', 'Intel Clear Containers', [
    'clear-containers',
    'cc-shim',
    'cc-runtime',
    'cc-proxy',
  ]),
  family('hyper', 'Hyper (frakti, runV)', 'Hyper（frakti・runV）', ['frakti', 'hyperctl', 'hyperd', 'runv']),
  family('virtlet', 'Virtlet (CRI Proxy)', 'Virtlet（CRI Proxy）', ['criproxy', 'virtlet', 'vmwrapper']),
  family('rkt', 'rkt', 'rkt', ['rktlet', 'rkt', 'rkt-fly', 'appc']),
  family('windows', 'Windows (HCS)', 'Windows（HCS）', [
    'windows-containers',
    'hcsshim',
    'containerd-shim-runhcs-v1',
    'runhcs',
    'hcs',
  ]),
  family('nvidia', 'NVIDIA GPU path', 'NVIDIA GPU 対応', [
    'nvidia-docker',
    'nvidia-container-toolkit',
    'nvidia-container-runtime',
  ]),
  family('inclavare', 'Inclavare Containers', 'Inclavare Containers', [
    'inclavare-containers',
    'containerd-shim-rune-v2',
    'rune',
  ]),
  family('singularity', 'Singularity / Apptainer', 'Singularity / Apptainer', [
    'singularity-cri',
    'singularity',
    'apptainer',
  ]),
  family('lxc', 'LXC', 'LXC', ['lxc', 'crio-lxc']),
  family('more-runtimes', 'More OCI runtimes', 'その他の OCI ランタイム', ['railcar', 'runq', 'sysbox', 'runj', 'youki']),
  family('image-tools', 'Image tools', 'イメージツール', ['skopeo', 'buildah']),
  family('specs', 'Specs and umbrella projects', '仕様と母体プロジェクト', [
    'oci',
    'oci-runtime-spec',
    'cri',
    'moby',
  ]),
];

const byMember = new Map(FAMILIES.flatMap((f) => f.members.map((id) => [id, f] as const)));

/** The family a component is drawn in at the overview, if any. */
export const familyOf = (id: string): Family | undefined => byMember.get(id);

export const isGroupId = (id: string): id is Family['id'] => id.startsWith('group:');

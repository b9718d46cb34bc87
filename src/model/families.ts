/**
 * A family is drawn as one group node at the overview: its parts only matter inside it, and
 * opening the group (or selecting one of its parts) shows them. Ids carry a colon, so no
 * component can have one.
 */
export interface Family {
  id: `group:${string}`;
  members: readonly string[];
}

// Their names, in both languages, are in src/i18n (`families`, by the key after "group:").
const family = (key: string, members: string[]): Family => ({ id: `group:${key}`, members });

export const FAMILIES: readonly Family[] = [
  family('kata', [
    'kata-containers',
    'containerd-shim-kata-v2',
    'kata-runtime-rs',
    'kata-shim',
    'kata-runtime',
    'kata-proxy',
    'kata-agent',
    'dragonball',
  ]),
  family('gvisor', [
    'gvisor',
    'gvisor-containerd-shim',
    'containerd-shim-runsc-v1',
    'runsc',
    'sentry',
    'gofer',
  ]),
  family('firecracker', ['firecracker-containerd', 'firecracker-containerd-shim', 'fc-agent', 'firecracker']),
  family('unikernels', ['nabla-containers', 'runnc', 'rumprun', 'solo5', 'ukontainer', 'runu', 'lkl']),
  family('clear-containers', ['clear-containers', 'cc-shim', 'cc-runtime', 'cc-proxy']),
  family('hyper', ['frakti', 'hyperctl', 'hyperd', 'runv']),
  family('virtlet', ['criproxy', 'virtlet', 'vmwrapper']),
  family('rkt', ['rktlet', 'rkt', 'rkt-fly', 'appc']),
  family('windows', ['windows-containers', 'hcsshim', 'containerd-shim-runhcs-v1', 'runhcs', 'hcs']),
  family('nvidia', ['nvidia-docker', 'nvidia-container-toolkit', 'nvidia-container-runtime']),
  family('inclavare', ['inclavare-containers', 'containerd-shim-rune-v2', 'rune']),
  family('singularity', ['singularity-cri', 'singularity', 'apptainer']),
  family('lxc', ['lxc', 'crio-lxc']),
  family('more-runtimes', ['railcar', 'runq', 'sysbox', 'runj', 'youki']),
  family('image-tools', ['skopeo', 'buildah']),
  family('specs', ['oci', 'oci-runtime-spec', 'cri', 'moby']),
];

const byMember = new Map(FAMILIES.flatMap((f) => f.members.map((id) => [id, f] as const)));

/** The family a component is drawn in at the overview, if any. */
export const familyOf = (id: string): Family | undefined => byMember.get(id);

export const isGroupId = (id: string): id is Family['id'] => id.startsWith('group:');

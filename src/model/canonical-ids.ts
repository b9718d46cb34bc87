/** The component ids fixed by the public contract (CONTRACT.md §1); the dataset must cover them all. */
export const CANONICAL_IDS = [
  'kubelet', 'docker', 'lxc', 'libcontainer', 'rkt', 'appc', 'rktnetes',
  'windows-containers', 'hcs', 'hcsshim', 'runhcs', 'oci', 'oci-runtime-spec', 'runc',
  'clear-containers', 'cc-runtime', 'cc-shim', 'cc-proxy', 'hyperd', 'hyperctl', 'runv',
  'containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2',
  'cri', 'dockershim', 'cri-dockerd', 'cri-o', 'conmon', 'podman', 'buildah', 'skopeo', 'kpod',
  'rktlet', 'frakti', 'singularity', 'singularity-cri',
  'nvidia-docker', 'nvidia-container-runtime', 'nvidia-container-toolkit',
  'moby', 'railcar', 'crun', 'virtlet', 'criproxy', 'vmwrapper', 'libvirt', 'qemu',
  'cri-containerd', 'cri-plugin',
  'kata-containers', 'kata-runtime', 'kata-shim', 'kata-proxy', 'kata-agent', 'containerd-shim-kata-v2',
  'runq', 'gvisor', 'runsc', 'sentry', 'gofer', 'containerd-shim-runsc-v1',
  'nabla-containers', 'runnc', 'solo5', 'rumprun', 'firecracker', 'firecracker-containerd',
  'pouchcontainer', 'inclavare-containers', 'rune', 'ukontainer', 'runu', 'crio-lxc', 'runj', 'sysbox',
] as const;

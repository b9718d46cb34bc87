/** A day each figure of the article depicts (../shared/seed/README.md), and parts it must show. */
export const FIGURE_DAYS: Record<string, { day: string; shows: string[] }> = {
  cr1: { day: '2015-01-01', shows: ['kubelet', 'docker'] },
  cr13: { day: '2017-01-01', shows: ['kubelet', 'rkt'] },
  cr7: { day: '2017-01-27', shows: ['docker', 'hcs'] },
  cr2: { day: '2015-07-01', shows: ['kubelet', 'docker'] },
  cr3: { day: '2016-06-01', shows: ['docker', 'containerd', 'containerd-shim', 'runc'] },
  cr4: {
    day: '2017-06-01',
    shows: ['kubelet', 'dockershim', 'docker', 'containerd', 'containerd-shim', 'runc'],
  },
  cr12: { day: '2018-06-01', shows: ['kubelet', 'cri-o', 'conmon', 'runc'] },
  cr11: { day: '2018-06-01', shows: ['criproxy', 'virtlet', 'dockershim', 'qemu'] },
  cr5: { day: '2017-10-15', shows: ['cri-containerd', 'containerd', 'containerd-shim', 'runc'] },
  cr6: { day: '2018-06-01', shows: ['cri-plugin', 'containerd', 'containerd-shim', 'runc'] },
  cr9: { day: '2018-06-01', shows: ['kata-runtime', 'kata-shim', 'kata-proxy', 'kata-agent', 'qemu'] },
  cr10: { day: '2019-06-15', shows: ['containerd-shim-kata-v2', 'kata-agent', 'qemu'] },
  cr8: { day: '2021-01-01', shows: ['cri-plugin', 'containerd', 'hcs'] },
  gvisor: { day: '2019-06-15', shows: ['runsc', 'sentry', 'gofer'] },
  nabla: { day: '2019-06-15', shows: ['runnc', 'solo5'] },
  'firecracker-containerd': { day: '2020-01-01', shows: ['firecracker-containerd', 'firecracker', 'runc'] },
  ukontainer: { day: '2021-01-01', shows: ['runu', 'containerd'] },
};

export interface PublishedStack {
  id: string;
  figure?: string;
  components: string[];
  relations: string[];
}

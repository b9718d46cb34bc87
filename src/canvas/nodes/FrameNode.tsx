import type { Node, NodeProps } from '@xyflow/react';
import type { FrameKind } from '../../model/figure-layout';
import { useMessages } from '../../i18n/useMessages';

type FrameNodeType = Node<{ label: FrameKind; members?: string }, 'frame'>;

/** A dashed frame with a tab, like the figures' "VM" and role frames ("CRI impl", "OCI Runtime"). */
export function FrameNode({ data }: NodeProps<FrameNodeType>) {
  const t = useMessages();
  return (
    <div
      className="pointer-events-none h-full w-full rounded-lg border-2 border-dashed border-slate-500"
      data-frame-members={data.members}
    >
      <span className="absolute -top-3 left-3 rounded bg-slate-600 px-2 text-xs font-semibold text-white">
        {t.frames[data.label]}
      </span>
    </div>
  );
}

/** The Pod at the bottom of a figure: the sandbox container and the container. */
export function PodNode() {
  const t = useMessages();
  return (
    <div className="flex h-full w-full flex-col justify-center rounded-lg border-2 border-dashed border-emerald-700 bg-emerald-50 px-2 text-xs text-emerald-950">
      <span className="font-semibold">{t.pod}</span>
      <span>{t.podContents}</span>
    </div>
  );
}

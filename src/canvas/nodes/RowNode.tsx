import { useMessages } from '../../i18n/useMessages';
import type { NodeProps } from '@xyflow/react';
import type { RowNodeType } from '../to-flow';

/** A band behind one row; its name is pinned to the canvas edge by RowLabels. */
export function RowNode({ data }: NodeProps<RowNodeType>) {
  const t = useMessages();
  return (
    <div
      className="row-band pointer-events-none h-full border-t border-dashed border-slate-300"
      style={{ width: data.width }}
      data-row-label={t.rows[data.row]}
    />
  );
}

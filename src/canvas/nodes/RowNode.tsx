import type { NodeProps } from '@xyflow/react';
import type { RowNodeType } from '../to-flow';
import { useMessages } from '../../i18n/useMessages';

/** A band behind one row, labelled like the figures' frame tabs. */
export function RowNode({ data }: NodeProps<RowNodeType>) {
  const t = useMessages();
  return (
    <div className="pointer-events-none h-full border-t border-dashed border-slate-300" style={{ width: data.width }}>
      <span className="ml-2 mt-2 inline-block rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
        {t.rows[data.row]}
      </span>
    </div>
  );
}

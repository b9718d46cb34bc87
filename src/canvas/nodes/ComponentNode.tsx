import { Handle, Position, type NodeProps } from '@xyflow/react';
import { handleOffsets, type ComponentNodeType } from '../to-flow';
import { useMessages } from '../../i18n/useMessages';

/** A component: name, release current on the day, organisation, and a mark near its end. */
export function ComponentNode({ data, height }: NodeProps<ComponentNodeType>) {
  const { component, release, mark, labelAt, emphasis, perContainer } = data;
  const offsets = handleOffsets(labelAt, height ?? 0);
  const t = useMessages();
  const label = (
    <div className="min-w-0 px-2.5 py-1.5">
      <div className="flex items-baseline gap-1">
        <span className="component-name truncate text-sm font-semibold text-slate-900" title={component.name}>
          {component.name}
        </span>
        {perContainer && (
          <span className="ml-auto shrink-0 rounded bg-slate-800 px-1 text-[10px] font-bold text-white" title={t.perContainer}>
            ×2
          </span>
        )}
      </div>
      <div className="component-meta flex gap-1 truncate text-xs text-slate-700">
        {release && (
          <span className="shrink-0 font-mono" title={t.latestRelease}>
            ≥ {release}
          </span>
        )}
        <span className="truncate">{component.organisation}</span>
      </div>
      {mark && <div className={`component-meta text-[10px] font-semibold uppercase ${mark === 'deprecated' ? 'text-orange-800' : 'text-red-800'}`}>⚠ {t.marks[mark]}</div>}
    </div>
  );
  return (
    <div className={`component-box emphasis-${emphasis} ${labelAt ? 'is-frame' : ''}`} data-role={component.role}>
      <Handle type="target" position={Position.Top} style={{ top: offsets.target }} isConnectable={false} />
      {labelAt === 'bottom' ? <div className="mt-auto">{label}</div> : label}
      <Handle type="source" position={Position.Bottom} style={{ top: offsets.source }} isConnectable={false} />
    </div>
  );
}

import type { NodeProps } from '@xyflow/react';
import { currentRelease } from '../../model/component-at';
import { useOnDrawnDay } from '../drawn';
import { isComponentId, markOn, type ComponentNodeType } from '../to-flow';
import { useMessages } from '../../i18n/useMessages';

/** A component: name, release current on the day, organisation, and a mark near its end. */
export function ComponentNode({ id, data }: NodeProps<ComponentNodeType>) {
  const { component, emphasis, perContainer } = data;
  // Releases and marks change on days that change nothing else: read on the shown day (a ghost of
  // a compared day keeps the one it was drawn with).
  const shown = isComponentId(id);
  const release = useOnDrawnDay(id, (day) => (shown ? currentRelease(component, day) : data.release));
  const mark = useOnDrawnDay(id, (day) => (shown ? markOn(component, day) : data.mark));
  const t = useMessages();
  const label = (
    <div className="component-label px-2 pt-1 pb-0.5">
      <div className="flex items-baseline gap-1">
        <span className="component-name font-semibold text-slate-900" title={component.name}>
          {component.name}
        </span>
        {perContainer && (
          <span
            className="ml-auto shrink-0 rounded bg-slate-800 px-1 text-[10px] font-bold text-white"
            title={t.perContainer}
          >
            ×2
          </span>
        )}
      </div>
      {mark && (
        <div
          className={`component-meta text-[10px] font-semibold uppercase ${mark === 'deprecated' ? 'text-orange-800' : 'text-red-800'}`}
        >
          ⚠ {t.marks[mark]}
        </div>
      )}
      {/* One line: an organisation with no room for a few letters beside the release wraps out of sight. */}
      <div className="component-meta flex h-[15px] flex-wrap gap-x-1 overflow-hidden text-xs leading-[15px] text-slate-700">
        {release && (
          <span className="shrink-0 font-mono" title={t.latestRelease}>
            ≥ {release}
          </span>
        )}
        <span className="min-w-0 grow basis-[4em] truncate">{component.organisation}</span>
      </div>
    </div>
  );
  return (
    <div className={`component-box emphasis-${emphasis}`} data-role={component.role}>
      {label}
    </div>
  );
}

import type { NodeProps } from '@xyflow/react';
import type { GroupNodeType } from '../overview-flow';
import { familyName } from '../../i18n/families';
import { useMessages } from '../../i18n/useMessages';

/**
 * A family drawn as one card at the overview; opened (a part of it selected), it becomes a frame
 * drawn over its neighbours with its parts inside. data-members lists the parts and the calls it stands for.
 */
export function GroupNode({ data }: NodeProps<GroupNodeType>) {
  const { family, members, calls, open, emphasis } = data;
  const t = useMessages();
  const name = familyName(t, family.id);
  const names = members.map((m) => m.name).join(', ');
  return (
    <div
      className={`group-box emphasis-${emphasis} ${open ? 'is-open' : ''}`}
      data-members={[...members.map((m) => m.id), ...calls].join(' ')}
      title={`${name}: ${names}`}
    >
      <div className="component-name group-name">{name}</div>
      {!open && <div className="component-meta group-count">{t.groupParts(members.length)}</div>}
    </div>
  );
}

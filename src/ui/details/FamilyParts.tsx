import { familyOf } from '../../model/families';
import type { Snapshot } from '../../model/snapshot';
import type { Component } from '../../model/types';
import { select } from '../../state/actions';
import { familyName } from '../../i18n/families';
import { useLang, useMessages } from '../../i18n/useMessages';
import { detailsMessages } from './messages';

/** For a part of a family drawn as one group: the family and its parts on the day, each one click away. */
export function FamilyParts({ component, snapshot }: { component: Component; snapshot: Snapshot }) {
  const t = useMessages();
  const d = detailsMessages(useLang());
  const family = familyOf(component.id);
  if (!family) return null;
  const name = familyName(t, family.id);
  const parts = snapshot.components.filter((c) => family.members.includes(c.id));
  return (
    <div className="text-sm">
      <h3 className="font-semibold">{d.drawnTogether(name)}</h3>
      <ul aria-label={name} className="flex flex-wrap gap-1">
        {parts.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="btn"
              aria-current={c.id === component.id}
              onClick={() => select(c.id)}
            >
              {c.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { dismissNotice } from '../state/actions';
import { selectNotices, useExplorer } from '../state/store';
import { useMessages } from '../i18n/useMessages';

/** What the app changed about a link, until the user dismisses it. */
export function Notices() {
  const notices = useExplorer(selectNotices);
  const t = useMessages();
  if (notices.length === 0) return null;
  return (
    <ul aria-label={t.notices} className="space-y-1">
      {notices.map((n) => (
        <li
          key={n.id}
          role="status"
          className="flex items-start gap-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <span className="grow">{n.say(t.urlNotices)}</span>
          <button
            type="button"
            onClick={() => dismissNotice(n.id)}
            className="rounded px-1 font-semibold hover:bg-amber-200"
            aria-label={t.dismissNotice(n.say(t.urlNotices))}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

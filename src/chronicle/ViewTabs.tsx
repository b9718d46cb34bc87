import { useMessages } from '../i18n/useMessages';
import { patchView } from '../state/actions';
import { useExplorer } from '../state/store';
import { Chronicle } from '../ui/panels';
import type { Tab } from '../url/view-state';

/** The chronicle's code starts loading when the pointer or the focus reaches its tab, before the click. */
const prefetch = () => void Chronicle.preload();

/** Canvas | Chronicle: which drawing the main area shows (`view=` in the URL; one history entry per switch). */
export function ViewTabs() {
  const tab = useExplorer((s) => s.view.tab);
  const t = useMessages();
  const tabs: [Tab, string][] = [
    ['canvas', t.canvasTab],
    ['chronicle', t.chronicleTab],
  ];
  return (
    <div role="tablist" aria-label={t.viewTabs} className="flex rounded border border-slate-300 text-sm">
      {tabs.map(([key, label]) => (
        <button
          key={key}
          type="button"
          role="tab"
          aria-selected={tab === key}
          onClick={() => {
            // A click no pointer or focus came before (a screen reader's, say) starts the load too.
            if (key === 'chronicle') prefetch();
            if (tab !== key) patchView({ tab: key }, 'push');
          }}
          onPointerEnter={key === 'chronicle' ? prefetch : undefined}
          onFocus={key === 'chronicle' ? prefetch : undefined}
          className={`px-2 py-0.5 first:rounded-l last:rounded-r ${tab === key ? 'bg-sky-700 font-semibold text-white' : 'bg-white text-slate-900 hover:bg-slate-100'}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

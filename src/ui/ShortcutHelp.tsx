import { useEffect, useRef } from 'react';
import { useLang } from '../state/store';
import { shortcutMessages } from './shortcut-messages';
import { useMessages } from '../i18n/useMessages';

/** The keyboard shortcuts, in a modal dialog that returns focus where it was. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useMessages();
  const s = shortcutMessages(useLang());
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    const previous = document.activeElement as HTMLElement | null;
    el?.showModal();
    return () => {
      el?.close();
      previous?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-heading"
      onCancel={(e) => (e.preventDefault(), onClose())}
      className="m-auto rounded-lg p-5 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id="shortcuts-heading" className="mb-3 text-lg font-bold">
        {t.shortcuts}
      </h2>
      <table className="text-sm">
        <tbody>
          {s.shortcutList.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row" className="py-0.5 pr-4 text-left font-mono font-normal">
                {keys}
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn mt-4" onClick={onClose} autoFocus>
        {s.close}
      </button>
    </dialog>
  );
}

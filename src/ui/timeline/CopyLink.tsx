import { memo, useState } from 'react';
import { useMessages } from '../../i18n/useMessages';

/** Copies the link to this exact view; says so, or shows the link to copy by hand when it cannot. */
export const CopyLink = memo(function CopyLink({ url, label }: { url: () => string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | { manual: string }>('idle');
  const t = useMessages();
  const copy = async () => {
    const link = url();
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
      window.setTimeout(() => setState('idle'), 2000);
    } catch {
      setState({ manual: link });
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className="btn">
        {label ?? t.copyLink}
      </button>
      <span role="status" className="text-sm text-emerald-800">
        {state === 'copied' ? t.linkCopied : ''}
      </span>
      {typeof state === 'object' && (
        <input
          aria-label={t.linkToView}
          readOnly
          value={state.manual}
          onFocus={(e) => e.target.select()}
          autoFocus
          className="w-64 rounded border px-1 text-sm"
        />
      )}
    </span>
  );
});

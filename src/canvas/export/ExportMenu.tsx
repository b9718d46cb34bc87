import { useState } from 'react';
import { useMessages } from '../../i18n/useMessages';

type Format = 'png' | 'svg';

/** Two buttons that save the canvas as drawn now, with a caption strip, as `<fileStem>.png` / `.svg`. */
export function ExportMenu({ fileStem, caption }: { fileStem: string; caption: () => string }) {
  const [busy, setBusy] = useState<Format | null>(null);
  const t = useMessages();

  const save = async (format: Format) => {
    // The canvas is found when asked for, so the menu can sit anywhere on the page.
    const root = document.querySelector('[data-drawn-date]');
    if (root === null) return;
    setBusy(format);
    try {
      // Loaded on first use: the initial bundle carries only these buttons.
      const { exportCanvas } = await import('./export-canvas');
      await exportCanvas(root, format, fileStem, caption());
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="flex gap-1" role="group" aria-label={t.exportGroup}>
      {(['png', 'svg'] as const).map((format) => (
        <button key={format} type="button" className="btn" disabled={busy !== null} aria-busy={busy === format} onClick={() => void save(format)}>
          {t.exportAs(format.toUpperCase())}
        </button>
      ))}
    </div>
  );
}

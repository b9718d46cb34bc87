import { useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { getExplorer } from '../../state/store';

type Format = 'png' | 'svg';

interface ExportMenuProps {
  dark: boolean;
  fileStem: string;
  caption: () => string;
}

/** Two buttons that save the view as the canvas draws it, with a caption strip, as `<fileStem>.png` / `.svg`. */
export function ExportMenu({ dark, fileStem, caption }: ExportMenuProps) {
  const [busy, setBusy] = useState<Format | null>(null);
  const t = useMessages();

  const save = async (format: Format) => {
    setBusy(format);
    try {
      // Loaded on first use: the initial bundle carries only these buttons.
      const { exportCanvas } = await import('./export-canvas');
      // The view as it is when the button is pressed.
      const { prepared, view } = getExplorer();
      await exportCanvas({ prepared, view, dark, messages: t, caption: caption() }, format, fileStem);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="flex gap-1" role="group" aria-label={t.exportGroup}>
      {(['png', 'svg'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="btn"
          disabled={busy !== null}
          aria-busy={busy === format}
          onClick={() => void save(format)}
        >
          {t.exportAs(format.toUpperCase())}
        </button>
      ))}
    </div>
  );
}

import { useState } from 'react';
import { useMessages } from '../../i18n/useMessages';

export type Format = 'png' | 'svg';

/** A PNG and an SVG button, both disabled while one saves (`save` settles once the file is written). */
export function ExportButtons({ label, save }: { label: string; save: (format: Format) => Promise<void> }) {
  const [busy, setBusy] = useState<Format | null>(null);
  const t = useMessages();
  const run = async (format: Format) => {
    setBusy(format);
    try {
      await save(format);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="flex gap-1" role="group" aria-label={label}>
      {(['png', 'svg'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="btn"
          disabled={busy !== null}
          aria-busy={busy === format}
          onClick={() => void run(format)}
        >
          {t.exportAs(format.toUpperCase())}
        </button>
      ))}
    </div>
  );
}

import { useState } from 'react';
import { useMessages } from '../i18n/useMessages';
import { getExplorer } from '../state/store';

type Format = 'png' | 'svg';

/** PNG and SVG of the whole chronicle, with the same caption strip as the canvas export. */
export function ChronicleExport({ fileStem, caption }: { fileStem: string; caption: () => string }) {
  const [busy, setBusy] = useState<Format | null>(null);
  const t = useMessages();
  const save = async (format: Format) => {
    setBusy(format);
    try {
      // Loaded on first use, like the canvas export.
      const [{ chronicleSvg }, { canvasMeasure, downloadPng, downloadSvg }] = await Promise.all([
        import('./chronicle-svg'),
        import('../canvas/export/download'),
      ]);
      const { prepared, view } = getExplorer();
      const focus = prepared.dataset.stacks.find((s) => s.id === view.focus) ?? null;
      const svg = chronicleSvg(
        prepared.dataset,
        prepared.minDay,
        { ...view, focus },
        caption(),
        canvasMeasure(),
      );
      if (format === 'svg') downloadSvg(svg, `${fileStem}.svg`);
      else await downloadPng(svg, `${fileStem}.png`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="flex gap-1" role="group" aria-label={t.exportChronicle}>
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

import { useMessages } from '../i18n/useMessages';
import { ExportButtons, type Format } from '../canvas/export/ExportButtons';
import { getExplorer } from '../state/store';

/** PNG and SVG of the whole chronicle, with the same caption strip as the canvas export. */
export function ChronicleExport({ fileStem, caption }: { fileStem: string; caption: () => string }) {
  const t = useMessages();
  const save = async (format: Format) => {
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
  };
  return <ExportButtons label={t.exportChronicle} save={save} />;
}

import { useMessages } from '../../i18n/useMessages';
import { getExplorer } from '../../state/store';
import { ExportButtons, type Format } from './ExportButtons';

interface ExportMenuProps {
  dark: boolean;
  fileStem: string;
  caption: () => string;
}

/** Two buttons that save the view as the canvas draws it, with a caption strip, as `<fileStem>.png` / `.svg`. */
export function ExportMenu({ dark, fileStem, caption }: ExportMenuProps) {
  const t = useMessages();
  const save = async (format: Format) => {
    // Loaded on first use: the initial bundle carries only these buttons.
    const { exportCanvas } = await import('./export-canvas');
    // The view as it is when the button is pressed.
    const { prepared, view } = getExplorer();
    await exportCanvas({ prepared, view, dark, messages: t, caption: caption() }, format, fileStem);
  };
  return <ExportButtons label={t.exportGroup} save={save} />;
}

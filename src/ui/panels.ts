import { onDemand } from './on-demand';

// Opened by a minority of visits: loaded on demand, outside the initial bundle. A link that opens
// with the details or the chronicle loads them with the dataset (src/boot.ts; the details even
// with the explorer's script: scripts/vite-plugin-first-paint.ts); the chronicle's
// tab starts loading it when the pointer or the focus reaches the tab (src/chronicle/ViewTabs.tsx).
export const GuidePanel = onDemand(() => import('./guide/GuidePanel').then((m) => m.GuidePanel));
export const DetailsPanel = onDemand(() => import('./details/DetailsPanel').then((m) => m.DetailsPanel));
export const Chronicle = onDemand(() => import('../chronicle/Chronicle').then((m) => m.Chronicle));
export const ShortcutHelp = onDemand(() => import('./ShortcutHelp').then((m) => m.ShortcutHelp));

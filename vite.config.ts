import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/vite-plugin-csp';
import { datasetPlugin } from './scripts/vite-plugin-dataset';
import { firstPaintPlugin } from './scripts/vite-plugin-first-paint';
import { precompressedPlugin } from './scripts/vite-plugin-precompressed';

/**
 * `PROFILE_CHUNKS=1` (npm run bench:profile) builds into dist-profile with React, React Flow and the
 * other libraries in chunks of their own, unminified, so a CPU profile can tell their time from ours.
 */
const profiling = process.env.PROFILE_CHUNKS === '1';
const libraryChunk = (id: string) =>
  /node_modules\/(react|react-dom|scheduler)\//.test(id)
    ? 'lib-react'
    : /node_modules\/(@xyflow|d3-)/.test(id)
      ? 'lib-xyflow'
      : id.includes('node_modules')
        ? 'lib-other'
        : undefined;

export default defineConfig({
  // Relative base: the build works when served from any path.
  base: './',
  resolve: {
    // React Flow's store hooks (zustand/traditional) import the shim of useSyncExternalStore for
    // React before 18; this React has the hook: the same package's entry without the shim.
    alias: { 'use-sync-external-store/shim/with-selector.js': 'use-sync-external-store/with-selector.js' },
  },
  build: {
    // Every browser the explorer supports preloads modules itself: no polyfill in the first bundle.
    modulePreload: { polyfill: false },
    ...(profiling
      ? { outDir: 'dist-profile', minify: false, rollupOptions: { output: { manualChunks: libraryChunk } } }
      : {}),
  },
  plugins: [
    react(),
    tailwindcss(),
    datasetPlugin(import.meta.dirname),
    firstPaintPlugin(import.meta.dirname),
    cspPlugin(),
    precompressedPlugin(),
  ],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});

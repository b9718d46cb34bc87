import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/vite-plugin-csp';
import { datasetPlugin } from './scripts/vite-plugin-dataset';

export default defineConfig({
  // Relative base: the build works when served from any path.
  base: './',
  plugins: [react(), tailwindcss(), datasetPlugin(import.meta.dirname), cspPlugin()],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: {
        entry: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // The case library's worker thread, started by electron/services/library/library-client.ts from beside index.js.
          'library-worker': resolve(import.meta.dirname, 'electron/services/library/library-worker.ts'),
          'export-worker': resolve(import.meta.dirname, 'electron/services/exporting/export-worker.ts'),
          // Reads and splits an archive for File > Import an Archive… (electron/services/importing/archive-read-client.ts).
          'archive-read-worker': resolve(import.meta.dirname, 'electron/services/importing/archive-read-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': everything else is bundled in.
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts') },
      // A sandboxed preload cannot be an ES module.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: process.env.STUDIO_NO_MINIFY ? false : true,
      sourcemap: process.env.STUDIO_SOURCEMAP ? true : false,
      // The window, and the print view that the hidden print window shows (electron/main/print-window.ts).
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html'), print: resolve(import.meta.dirname, 'renderer/print/print.html') } },
    },
  },
});

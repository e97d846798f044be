import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for the three Electron targets. Browser mode serves out/renderer as is.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The workers are entries of their own: main starts them as worker threads (main/electron/paths.ts).
      rollupOptions: {
        input: {
          app: resolve('main/electron/app.ts'),
          importWorker: resolve('main/import/worker.ts'),
          searchWorker: resolve('main/search/worker.ts'),
          catalogWorker: resolve('main/library/catalog/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only Electron's own modules: the contract's schema library is bundled in.
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        input: { preload: resolve('main/electron/preload.ts') },
        // A sandboxed preload cannot load ES modules: it must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});

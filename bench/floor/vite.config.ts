import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Bare React 19 + ReactDOM pages, built like the app: one element (the bench's size and memory
 * floors) and a table whose rows are replaced (the floor of an input that changes the table).
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        table: resolve(import.meta.dirname, 'table.html'),
      },
    },
  },
  preview: { port: 4176, strictPort: true },
});

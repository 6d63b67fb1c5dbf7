import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** A bare React 19 + ReactDOM page, built like the app, for the bench's size and memory floors. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  preview: { port: 4176, strictPort: true },
});

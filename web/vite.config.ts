import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app: built into web/dist and served by the platform at /; `npm run web:dev` serves it
// with hot reload and sends /api to a platform started with `npm run dev` (port 3000).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
});

// `npm run dev` proxies the API to the DUI Kit server (`npm start` in the repository, port 8080),
// so the session cookie and the page share one origin, as in production.
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  server: { proxy: { '/api': process.env.DUIKIT_SERVER ?? 'http://127.0.0.1:8080' } },
  preview: { proxy: { '/api': process.env.DUIKIT_SERVER ?? 'http://127.0.0.1:8080' } },
});

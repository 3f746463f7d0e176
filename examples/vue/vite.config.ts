// Vue compiles `dui-*` tags as custom elements (not Vue components); `npm run dev` proxies the
// API to the DUI Kit server (`npm start` in the repository, port 8080): one origin, as in production.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const server = process.env.DUIKIT_SERVER ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dui-') } } })],
  server: { proxy: { '/api': server } },
  preview: { proxy: { '/api': server } },
});

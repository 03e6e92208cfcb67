import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * `npm start` builds the checkout with this config (scripts/start.cjs) and the gateway serves it at
 * /checkout. `npx vite` in this folder serves it with live reload, calling the gateway on :4000.
 */
// eslint-disable-next-line no-restricted-syntax -- Vite reads the default export.
export default defineConfig({
  base: '/checkout/',
  plugins: [react()],
  logLevel: 'warn',
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      '/checkout/config.json': 'http://127.0.0.1:4000',
    },
  },
});

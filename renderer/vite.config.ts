import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// Vite's config loader defines import.meta.dirname; no Node import needed (renderer/ lint forbids them).
const root = import.meta.dirname;

/**
 * index.html carries the strict CSP of the shipped app. Vite's dev server injects an inline
 * React-refresh preamble that this CSP would block, so the meta tag is dropped in dev only.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'plandraft-dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
  };
}

export default defineConfig({
  root,
  // Relative asset URLs: the same build is loaded from file:// by Electron and from / by the web host.
  base: './',
  plugins: [react(), devWithoutCsp()],
  build: {
    // Relative to root: <repo>/dist/renderer, which the web host and Electron load.
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // One local bundle (React, Lexical, zod) read from disk or 127.0.0.1: size warnings do not apply.
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', strictPort: false },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspMetaPlugin } from './cspMetaPlugin.ts';

// Vite's config loader defines import.meta.dirname; no Node import needed (renderer/ lint forbids them).
const root = import.meta.dirname;

export default defineConfig({
  root,
  // Relative asset URLs: the same build is loaded from file:// by Electron and from / by the web host.
  base: './',
  // The CSP meta tag comes from shared/contract/contentSecurityPolicy.ts, injected at build.
  plugins: [react(), cspMetaPlugin()],
  build: {
    // Relative to root: <repo>/dist/renderer, which the web host and Electron load.
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // One local bundle (React, Lexical, zod) read from disk or 127.0.0.1: size warnings do not apply.
    chunkSizeWarningLimit: 1500,
  },
  // The live checks run in a module worker (renderer/checks/checks.worker.ts), bundled as ES too.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', strictPort: false },
});

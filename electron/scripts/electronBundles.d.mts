import type { BuildOptions } from 'esbuild';

export const mainExternal: string[];
export function commonOptions(root: string): BuildOptions & { metafile: true };
export const bundleTargets: Array<{ entry: string; out: string; external: string[] }>;
export const PRELOAD_MAX_BYTES: number;

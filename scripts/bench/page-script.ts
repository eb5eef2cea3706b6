/** Bundles a bench module into one script that can be injected into a Chromium page. */
import { build } from 'esbuild';

export async function pageScript(entry: string): Promise<string> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const text = bundle.outputFiles[0]?.text;
  if (!text) throw new Error(`Bundling ${entry} produced nothing`);
  return text;
}

/** Builds the extension for Chromium and Firefox (MV3), as `npm run build` / `build:firefox` do. */
import { spawnSync } from 'node:child_process';

export function buildExtension(browsers: ('chromium' | 'firefox')[], env: NodeJS.ProcessEnv = {}): void {
  for (const browser of browsers) {
    const args = browser === 'chromium' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox', '--mv3'];
    const started = Date.now();
    const result = spawnSync('npx', args, { encoding: 'utf8', env: { ...process.env, ...env } });
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr);
      throw new Error(`Build for ${browser} failed (npx ${args.join(' ')})`);
    }
    console.log(`built ${browser} extension in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

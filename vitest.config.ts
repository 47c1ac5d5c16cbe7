import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    mockReset: true,
    restoreMocks: true,
    unstubGlobals: true,
    // Stylesheets imported as text (?inline) are real in tests: the background publishes the
    // overlay's, and tests check it arrives.
    css: { include: [/\.css(\?|$)/] },
  },
});

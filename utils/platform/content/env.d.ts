/** Set at build time by wxt.config.ts (vite define). */
interface ImportMetaEnv {
  /** KB_DATA.version: which published kb.bin matches this build's scripts (see knowledge-base.ts). */
  readonly EXOLENS_KB_VERSION: string;
}

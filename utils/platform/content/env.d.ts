/** Set at build time by wxt.config.ts (vite define). */
interface ImportMetaEnv {
  /**
   * This build's kb.bin: knowledge base version + hash of the file. A stored copy is used only
   * when it has this id (utils/platform/content/knowledge-base.ts).
   */
  readonly EXOLENS_KB_BIN_ID: string;
}

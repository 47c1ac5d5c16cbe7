/**
 * The analyzer with the knowledge base built in: what the background, the CLIs, tests and
 * benchmarks import. Content scripts import ./engine and install the same data from the
 * package's kb.bin in compiled form instead, so that their bundles do not carry it
 * (utils/platform/content/knowledge-base.ts).
 */
import { KB_DATA } from '../knowledge/kb-data';
import { installKnowledgeBase } from './engine';

installKnowledgeBase(KB_DATA);

export { analyze, toLabels } from './engine';

import type { Check } from '../check';
import { checkConfidentialExposure } from './confidential';
import { checkDanglingReferences } from './dangling';
import { checkDuplicateSources } from './duplicate';
import { checkEmptyFootnotes } from './footnote-empty';
import { checkUnsourcedArticle } from './unsourced';
import { checkUnusedSources } from './unused';
import { checkUnverifiableSources } from './unverifiable';

/** The checks on sources, citations and footnotes (PRODUCT.md, "Finding codes"), in listing order. */
export const SOURCE_CHECKS: readonly Check[] = [
  checkConfidentialExposure,
  checkDanglingReferences,
  checkEmptyFootnotes,
  checkDuplicateSources,
  checkUnverifiableSources,
  checkUnsourcedArticle,
  checkUnusedSources,
];

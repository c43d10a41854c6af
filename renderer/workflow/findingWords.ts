import type { Finding } from '../../shared/checks/finding';
import { findingTitle } from '../../shared/checks/labels';

/** A finding in words for the person reading a workflow dialog: the checks' own title, then what is wrong. */
export const findingWords = (finding: Finding): string => `${findingTitle(finding)} — ${finding.message}`;

import type { Finding } from '../../../shared/checks/finding';
import { findingTitle, severityLabel } from '../../../shared/checks/labels';

/** What stands between this image and publication, most severe first; a live region so fixes are announced. */
export function ImageFindings({ findings }: { findings: readonly Finding[] }) {
  const sorted = [...findings].sort((a, b) => order(a) - order(b));
  return (
    <section className="rights-findings" aria-label="Image checks" aria-live="polite">
      {sorted.length === 0 ? (
        <p className="rights-findings__clear">Ready to publish: licence, credit and alt text are in order.</p>
      ) : (
        <ul className="rights-findings__list">
          {sorted.map((finding) => (
            <li key={`${finding.code}:${finding.message}`} className={`rights-finding rights-finding--${finding.severity}`} data-code={finding.code}>
              <span className="rights-finding__severity">
                {severityLabel(finding.severity)} · {findingTitle(finding)}
              </span>
              <span className="rights-finding__message">{finding.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const order = (finding: Finding) => (finding.severity === 'block' ? 0 : finding.severity === 'warn' ? 1 : 2);

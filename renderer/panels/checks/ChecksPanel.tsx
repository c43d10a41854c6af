import { findingKey, SEVERITIES, type Finding, type Severity } from '../../../shared/checks/finding';
import { severityLabel } from '../../../shared/checks/labels';
import { requestSelectLocation, requestShowPanel } from '../../app/locationEvents';
import { useToasts } from '../../ui/toasts';
import type { PanelProps } from '../panelTypes';
import { FindingItem } from './FindingItem';
import { useFindings } from './useFindings';
import '../../css/checks.css';

const NONE: Readonly<Record<Severity, string>> = {
  block: 'Nothing blocks publication.',
  warn: 'No warnings.',
  info: 'No notes.',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The labelled control of a metadata field (the headline, the standfirst…), found by its label's text. */
function focusField(field: string): boolean {
  const labels: Readonly<Record<string, string>> = { headline: 'Headline', dek: 'Standfirst (dek)', bylines: 'Byline', section: 'Section', tags: 'Tags', slug: 'Slug', dateline: 'Dateline' };
  const wanted = labels[field];
  if (wanted === undefined) return false;
  const label = [...document.querySelectorAll('label')].find((element) => element.textContent?.trim() === wanted);
  const control = label?.control ?? null;
  if (!(control instanceof HTMLElement)) return false;
  control.focus();
  control.scrollIntoView({ block: 'center' });
  return true;
}

/**
 * The publish-readiness findings for the open article, grouped by severity with counts.
 * They are run again after each save and on demand; choosing one shows its place: the
 * words in the text, the footnote, the field, or the source in the Sources tab.
 */
export function ChecksPanel({ session }: PanelProps) {
  const toasts = useToasts();
  const { load, running, refresh } = useFindings(session?.articleId ?? null);

  if (session === null) return <p className="panel-empty">Open an article to check it.</p>;

  const runNow = async () => {
    // The checks read the saved copy: save what was just typed first.
    await session.saveNow();
    refresh();
  };

  const show = (finding: Finding) => {
    const { location } = finding;
    let shown = false;
    if (location.kind === 'source') {
      requestShowPanel({ panelId: 'sources', request: { kind: 'showSource', sourceId: location.sourceId } });
      shown = true;
    } else if (location.kind === 'field') {
      shown = focusField(location.field);
    } else {
      shown = requestSelectLocation(location);
    }
    if (!shown) toasts.showInfo('That place is no longer in the text: run the checks again.');
  };

  const findings = load.kind === 'ready' ? load.value : [];
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;

  return (
    <div className="checks">
      <div className="checks__toolbar">
        <p className="checks__summary" role="status" aria-live="polite">
          {load.kind === 'ready'
            ? `${plural(count('block'), 'blocking', 'blocking')} · ${plural(count('warn'), 'warning', 'warnings')} · ${plural(count('info'), 'note', 'notes')}`
            : load.kind === 'loading'
              ? 'Checking…'
              : ''}
        </p>
        <button type="button" className="button button--small" onClick={() => void runNow()} disabled={running}>
          {running ? 'Checking…' : 'Run checks'}
        </button>
      </div>
      {load.kind === 'failed' ? (
        <p className="field-error" role="alert">
          Couldn't run the checks: {load.message}{' '}
          <button type="button" className="link-button" onClick={refresh}>
            Try again
          </button>
        </p>
      ) : null}
      {load.kind === 'ready'
        ? SEVERITIES.map((severity) => {
            const group = findings.filter((finding) => finding.severity === severity);
            const headingId = `checks-${severity}`;
            const title = severityLabel(severity, 2);
            return (
              <section key={severity} className={`checks__group checks__group--${severity}`} aria-labelledby={headingId}>
                <h3 id={headingId} className="checks__heading">
                  {title} <span className="checks__count">{group.length}</span>
                </h3>
                {group.length === 0 ? (
                  <p className="checks__none">{NONE[severity]}</p>
                ) : (
                  <ul className="checks__list" aria-label={title}>
                    {group.map((finding, index) => (
                      <FindingItem key={`${findingKey(finding)}#${index}`} finding={finding} onShow={show} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })
        : null}
    </div>
  );
}

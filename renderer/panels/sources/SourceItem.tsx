import type { Source } from '../../../shared/domain/source';
import { confidentialLabel, sourceSubtitle } from '../../common/sources/sourceLabels';

interface Props {
  source: Source;
  highlighted: boolean;
  /** False when the article cannot be changed now: the source can still be edited in the library, not removed from the article. */
  canDetach: boolean;
  busy: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

/** One of the article's sources: title, what it is, a confidential marker, and its actions. */
export function SourceItem({ source, highlighted, canDetach, busy, onEdit, onRemove }: Props) {
  const confidential = confidentialLabel(source);
  return (
    <li id={`source-${source.id}`} className={`source${highlighted ? ' source--highlighted' : ''}`} tabIndex={-1} aria-label={source.title}>
      <div className="source__head">
        <span className="source__title">{source.title}</span>
        {confidential !== null ? <span className="source__badge source__badge--confidential">{confidential}</span> : null}
      </div>
      <div className="source__meta">{sourceSubtitle(source)}</div>
      {source.url !== '' ? <div className="source__url">{source.url}</div> : null}
      {source.url === '' && source.notes.trim() === '' ? <div className="source__hint">No address and no notes: editors cannot check it.</div> : null}
      <div className="source__actions">
        <button type="button" className="button button--small" aria-label={`Edit ${source.title}`} onClick={onEdit} disabled={busy}>
          Edit
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={`Remove ${source.title} from this article`}
          onClick={onRemove}
          disabled={busy || !canDetach}
        >
          Remove
        </button>
      </div>
    </li>
  );
}

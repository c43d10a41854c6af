import { createPortal } from 'react-dom';
import { isConfidential, type Locator, type Source } from '../../../shared/domain/source';
import { KIND_LABELS } from '../../common/sources/sourceLabels';
import { locatorText } from './locatorText';
import { useFloatingPlace } from '../../ui/floating/useFloatingPlace';

interface Props {
  sourceIds: readonly string[];
  locator: Locator | null;
  sources: ReadonlyMap<string, Source>;
  /** The cited words' box on screen. */
  anchor: DOMRect;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** What cited words rest on: each source's title and publisher, and the place in it. */
export function CitationHoverCard({ sourceIds, locator, sources, anchor }: Props) {
  const place = useFloatingPlace<HTMLDivElement>(() => anchor, [anchor]);
  return createPortal(
    <div ref={place.ref} className="citation-card" role="tooltip" id="citation-card" style={place.style}>
      <ul className="citation-card__list">
        {sourceIds.map((id) => {
          const source = sources.get(id);
          if (source === undefined) {
            return (
              <li key={id} className="citation-card__missing">
                A source that is not attached to this article (it may have been removed).
              </li>
            );
          }
          const meta = [KIND_LABELS[source.kind], source.publisher.trim()].filter((part) => part !== '').join(' · ');
          return (
            <li key={id} className="citation-card__source">
              <span className="citation-card__title">{source.title}</span>
              {meta !== '' ? <span className="citation-card__meta">{meta}</span> : null}
              {source.url !== '' ? <span className="citation-card__url">{hostOf(source.url)}</span> : null}
              {isConfidential(source) ? <span className="citation-card__confidential">Confidential: never named outside Galley</span> : null}
            </li>
          );
        })}
      </ul>
      {locator !== null ? <p className="citation-card__locator">{locatorText(locator)}</p> : null}
    </div>,
    document.body,
  );
}

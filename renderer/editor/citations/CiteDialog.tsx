import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { isConfidential, LOCATOR_KINDS, SOURCE_KINDS, SourceFieldsSchema, type Source, type SourceKind } from '../../../shared/domain/source';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { useDebouncedValue } from '../../ui/hooks/useDebouncedValue';
import { KIND_LABELS } from '../../panels/sources/sourceLabels';
import type { CitationDraft } from './citationEditing';
import { isLocatorKind, LOCATOR_LABELS, LOCATOR_PLACEHOLDERS } from './locatorText';
import '../../css/citations.css';

interface Props {
  articleId: string;
  /** The words being cited, shown so the writer knows what they are citing. */
  quote: string;
  /** The citation being edited, or null for a new one. */
  initial: CitationDraft | null;
  articleSources: ReadonlyMap<string, Source>;
  onApply: (draft: CitationDraft) => void;
  onRemove: (() => void) | null;
  onClose: () => void;
  /** The article's sources changed here (one created or attached). */
  onSourcesChanged: () => void;
}

const SEARCH_DEBOUNCE_MS = 200;

/**
 * "Cite": pick one or more sources — the article's own, any from the newsroom's library,
 * or a new one — and optionally where in the source (page, time, paragraph, quote).
 * Library sources picked here are attached to the article when the citation is made.
 */
export function CiteDialog({ articleId, quote, initial, articleSources, onApply, onRemove, onClose, onSourcesChanged }: Props) {
  const api = useApi();
  const baseId = useId();
  const [selected, setSelected] = useState<string[]>(initial?.sourceIds ?? []);
  const [known, setKnown] = useState<ReadonlyMap<string, Source>>(articleSources);
  const [query, setQuery] = useState('');
  const search = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const [library, setLibrary] = useState<Source[]>([]);
  const [locatorKind, setLocatorKind] = useState<string>(initial?.locator?.kind ?? '');
  const [locatorValue, setLocatorValue] = useState(initial?.locator?.value ?? '');
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setKnown((previous) => new Map([...previous, ...articleSources])), [articleSources]);

  useEffect(() => {
    let current = true;
    api.call('sources.list', { query: search, limit: 20 }).then(
      (found) => {
        if (!current) return;
        setLibrary(found);
        setKnown((previous) => new Map([...previous, ...found.map((source): [string, Source] => [source.id, source])]));
      },
      (failure: unknown) => {
        if (current) setError(`Couldn't search the library: ${errorMessage(failure)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [api, search]);

  const fromLibrary = useMemo(() => library.filter((source) => !articleSources.has(source.id)), [library, articleSources]);

  const toggle = (id: string) => setSelected((ids) => (ids.includes(id) ? ids.filter((each) => each !== id) : [...ids, id]));

  const apply = async () => {
    setError(null);
    if (selected.length === 0) {
      setError('Choose at least one source.');
      return;
    }
    let locator: CitationDraft['locator'] = null;
    if (isLocatorKind(locatorKind)) {
      if (locatorValue.trim() === '') {
        setError(`Say which ${LOCATOR_LABELS[locatorKind].toLowerCase()}, or choose “Anywhere in the source”.`);
        return;
      }
      locator = { kind: locatorKind, value: locatorValue.trim().slice(0, 500) };
    }
    setBusy(true);
    try {
      // Citing a library source makes it one of the article's sources.
      const toAttach = selected.filter((id) => !articleSources.has(id));
      for (const sourceId of toAttach) await api.call('sources.attach', { articleId, sourceId });
      if (toAttach.length > 0) onSourcesChanged();
      onApply({ sourceIds: selected, locator });
    } catch (failure) {
      setError(`Couldn't attach the source to this article: ${errorMessage(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  const created = (source: Source) => {
    setKnown((previous) => new Map([...previous, [source.id, source]]));
    setSelected((ids) => [...ids, source.id]);
    setCreating(false);
    onSourcesChanged();
  };

  const list = (sources: readonly Source[], label: string, empty: string) => (
    <fieldset className="cite-dialog__group">
      <legend className="cite-dialog__legend">{label}</legend>
      {sources.length === 0 ? (
        <p className="cite-dialog__empty">{empty}</p>
      ) : (
        <ul className="cite-dialog__list">
          {sources.map((source) => (
            <li key={source.id}>
              <label className="cite-option">
                <input type="checkbox" checked={selected.includes(source.id)} onChange={() => toggle(source.id)} />
                <span className="cite-option__text">
                  <span className="cite-option__title">{source.title}</span>
                  <span className="cite-option__meta">
                    {[KIND_LABELS[source.kind], source.publisher.trim()].filter((part) => part !== '').join(' · ')}
                    {isConfidential(source) ? <span className="cite-option__confidential"> · Confidential</span> : null}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );

  const chosenElsewhere = selected.filter((id) => !articleSources.has(id) && !fromLibrary.some((source) => source.id === id));

  return (
    <Dialog
      title={initial === null ? 'Cite sources' : 'Edit citation'}
      subtitle={quote.trim() === '' ? undefined : `“${quote.trim().length > 90 ? `${quote.trim().slice(0, 90)}…` : quote.trim()}”`}
      size="large"
      onClose={onClose}
      footer={
        <>
          {onRemove !== null ? (
            <button type="button" className="button button--quiet cite-dialog__remove" onClick={onRemove} disabled={busy}>
              Remove citation
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={() => void apply()} disabled={busy || selected.length === 0}>
            {initial === null ? `Cite${selected.length > 1 ? ` ${selected.length} sources` : ''}` : 'Save citation'}
          </button>
        </>
      }
    >
      <div className="cite-dialog">
        {list([...articleSources.values()], 'This article’s sources', 'None yet: find one in the library or add a new one.')}
        {chosenElsewhere.length > 0
          ? list(chosenElsewhere.map((id) => known.get(id)).filter((source): source is Source => source !== undefined), 'Also chosen', '')
          : null}
        <div className="field">
          <label className="field__label" htmlFor={`${baseId}-search`}>
            Find in the library
          </label>
          <input
            id={`${baseId}-search`}
            className="input"
            type="search"
            value={query}
            placeholder="Title, publisher, author or address"
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {list(fromLibrary, search === '' ? 'Recent in the library' : `Library matches for “${search}”`, search === '' ? 'No other sources in the library yet.' : 'Nothing else in the library matches.')}
        {creating ? (
          <NewSourceForm articleId={articleId} onCreated={created} onCancel={() => setCreating(false)} />
        ) : (
          <button type="button" className="button cite-dialog__new" onClick={() => setCreating(true)}>
            New source…
          </button>
        )}
        <div className="cite-dialog__locator">
          <div className="field">
            <label className="field__label" htmlFor={`${baseId}-locator-kind`}>
              Where in the source
            </label>
            <select id={`${baseId}-locator-kind`} className="input" value={locatorKind} onChange={(event) => setLocatorKind(event.target.value)}>
              <option value="">Anywhere in the source</option>
              {LOCATOR_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {LOCATOR_LABELS[kind]}
                </option>
              ))}
            </select>
          </div>
          {isLocatorKind(locatorKind) ? (
            <div className="field cite-dialog__locator-value">
              <label className="field__label" htmlFor={`${baseId}-locator-value`}>
                {LOCATOR_LABELS[locatorKind]}
              </label>
              <input
                id={`${baseId}-locator-value`}
                className="input"
                value={locatorValue}
                maxLength={500}
                placeholder={LOCATOR_PLACEHOLDERS[locatorKind]}
                onChange={(event) => setLocatorValue(event.target.value)}
              />
            </div>
          ) : null}
        </div>
        {error !== null ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}

interface NewSourceProps {
  articleId: string;
  onCreated: (source: Source) => void;
  onCancel: () => void;
}

/** The few fields a source needs to be cited; the Sources panel holds the rest (author, dates, interviews…). */
function NewSourceForm({ articleId, onCreated, onCancel }: NewSourceProps) {
  const api = useApi();
  const baseId = useId();
  const [kind, setKind] = useState<SourceKind>('web_page');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [publisher, setPublisher] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const parsed = SourceFieldsSchema.safeParse({ kind, title, url: url.trim(), publisher });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue?.path[0] === 'url' ? 'The address must start with https:// or http://.' : (issue?.message ?? 'Check the fields.'));
      return;
    }
    setBusy(true);
    try {
      onCreated(await api.call('sources.create', { fields: parsed.data, attachTo: articleId }));
    } catch (failure) {
      setError(`Couldn't add the source: ${errorMessage(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="cite-new-source" aria-label="New source" onSubmit={(event) => void submit(event)} noValidate>
      <div className="cite-new-source__row">
        <div className="field">
          <label className="field__label" htmlFor={`${baseId}-kind`}>
            Kind
          </label>
          <select id={`${baseId}-kind`} className="input" value={kind} onChange={(event) => setKind(SOURCE_KINDS.find((each) => each === event.target.value) ?? 'web_page')}>
            {SOURCE_KINDS.map((each) => (
              <option key={each} value={each}>
                {KIND_LABELS[each]}
              </option>
            ))}
          </select>
        </div>
        <div className="field cite-new-source__grow">
          <label className="field__label" htmlFor={`${baseId}-title`}>
            Title
          </label>
          <input id={`${baseId}-title`} className="input" value={title} maxLength={500} onChange={(event) => setTitle(event.target.value)} />
        </div>
      </div>
      <div className="cite-new-source__row">
        <div className="field cite-new-source__grow">
          <label className="field__label" htmlFor={`${baseId}-url`}>
            Address (URL)
          </label>
          <input id={`${baseId}-url`} className="input" type="url" placeholder="https://" value={url} onChange={(event) => setUrl(event.target.value)} />
        </div>
        <div className="field cite-new-source__grow">
          <label className="field__label" htmlFor={`${baseId}-publisher`}>
            Publisher
          </label>
          <input id={`${baseId}-publisher`} className="input" value={publisher} maxLength={300} onChange={(event) => setPublisher(event.target.value)} />
        </div>
      </div>
      {error !== null ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="cite-new-source__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Add source
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

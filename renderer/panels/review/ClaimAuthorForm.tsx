import { useEffect, useId, useState, type FormEvent } from 'react';
import { CLAIM_AUTHOR_KINDS, ClaimAuthorSchema, type Claim, type ClaimAuthor } from '../../../shared/domain/review';
import { useApi } from '../../platform/ApiContext';
import { useFormAction } from '../../ui/useFormAction';

const KIND_LABELS: Readonly<Record<ClaimAuthor['kind'], string>> = { person: 'Person', organization: 'Organisation' };

interface Draft {
  kind: ClaimAuthor['kind'];
  name: string;
  url: string;
}

const draftOf = (author: ClaimAuthor | null): Draft => ({ kind: author?.kind ?? 'person', name: author?.name ?? '', url: author?.url ?? '' });

/** Who made the claim, as readers of the article see it: the name, linked to their page when there is one. */
export function ClaimAuthorLine({ author }: { author: ClaimAuthor | null }) {
  if (author === null) return null;
  return (
    <p className="review-thread__meta">
      Claim made by{' '}
      {author.url === '' ? (
        author.name
      ) : (
        <a href={author.url} target="_blank" rel="noopener noreferrer">
          {author.name}
        </a>
      )}{' '}
      ({KIND_LABELS[author.kind].toLowerCase()})
    </p>
  );
}

/**
 * Who made the claim (the person or organisation the article quotes, not who checked it):
 * it goes out as the reviewed Claim's author. Editors and desk chiefs record it; the
 * service checks the name and the address again.
 */
export function ClaimAuthorForm({ claim }: { claim: Claim }) {
  const api = useApi();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(claim.author));
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useFormAction('toast');

  // Recorded elsewhere (another window, another reviewer): shown here unless it is being edited.
  const stored = JSON.stringify(claim.author);
  useEffect(() => setDraft(draftOf(JSON.parse(stored) as ClaimAuthor | null)), [stored]);

  const changed = JSON.stringify(draftOf(claim.author)) !== JSON.stringify(draft);

  const send = (author: ClaimAuthor | null) =>
    run(async () => {
      await api.call('review.setClaimAuthor', { claimId: claim.id, author });
      setError(null);
    });

  const save = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ClaimAuthorSchema.safeParse(draft);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the name and the address.');
      return;
    }
    void send(parsed.data);
  };

  return (
    <form className="review-claim__author" aria-label="Who made the claim" onSubmit={save} noValidate>
      <fieldset>
        <legend className="review-thread__meta">Claim made by</legend>
        <div className="review-claim__author-row">
          <label className="visually-hidden" htmlFor={`${id}-kind`}>
            Person or organisation
          </label>
          <select id={`${id}-kind`} className="input" value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as ClaimAuthor['kind'] })}>
            {CLAIM_AUTHOR_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor={`${id}-name`}>
            Name of who made the claim
          </label>
          <input id={`${id}-name`} className="input" value={draft.name} placeholder="Name" maxLength={200} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
        </div>
        <label className="visually-hidden" htmlFor={`${id}-url`}>
          Their web page (optional)
        </label>
        <input
          id={`${id}-url`}
          className="input"
          type="url"
          value={draft.url}
          placeholder="Web page (optional): https://…"
          aria-invalid={error !== null}
          aria-describedby={error === null ? undefined : `${id}-error`}
          onChange={(event) => setDraft({ ...draft, url: event.target.value })}
        />
        {error === null ? null : (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="review-thread__actions">
          {claim.author === null ? null : (
            <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => void send(null)}>
              Clear
            </button>
          )}
          <button type="submit" className="button button--small" disabled={busy || !changed}>
            Save who made it
          </button>
        </div>
      </fieldset>
    </form>
  );
}

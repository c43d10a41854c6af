import type { ReactNode } from 'react';
import type { ArticleDiff, BlockDiff, RightsDiff } from '../../shared/diff/types';
import { plural } from '../ui/format';
import { DiffPieces } from './DiffPieces';
import './diff.css';

const STATUS_WORDS: Record<BlockDiff['status'], string> = { same: '', added: 'New', removed: 'Removed', changed: 'Changed' };

type BodyRow = { kind: 'block'; block: BlockDiff; index: number } | { kind: 'same-run'; count: number; index: number };

/** Unchanged paragraphs between changes fold into "n unchanged paragraphs", keeping one either side of a change for context. */
function bodyRows(blocks: readonly BlockDiff[]): BodyRow[] {
  const near = (index: number) => blocks[index - 1]?.status !== undefined && blocks[index - 1]!.status !== 'same' || (blocks[index + 1] !== undefined && blocks[index + 1]!.status !== 'same');
  const rows: BodyRow[] = [];
  blocks.forEach((block, index) => {
    if (block.status !== 'same' || near(index)) {
      rows.push({ kind: 'block', block, index });
      return;
    }
    const last = rows.at(-1);
    if (last?.kind === 'same-run') last.count += 1;
    else rows.push({ kind: 'same-run', count: 1, index });
  });
  return rows;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="diff__section" aria-label={title}>
      <h3 className="diff__section-title">{title}</h3>
      {children}
    </section>
  );
}

type RecordChange = Pick<RightsDiff, 'label' | 'status' | 'fields'> & { key: string };

/** Records compared field by field (sources, image rights): each with what became of it and the fields that changed. */
function RecordChanges({ title, words, records }: { title: string; words: Record<RecordChange['status'], string>; records: readonly RecordChange[] }) {
  if (records.length === 0) return null;
  return (
    <Section title={title}>
      <ul className="diff__list">
        {records.map((record) => (
          <li key={record.key} className={`diff__block diff__block--${record.status}`}>
            <span className="diff__status">{words[record.status]}</span>
            <span className="diff__label">{record.label}</span>
            <ul className="diff__list">
              {record.fields.map((field) => (
                <li key={field.field}>
                  {field.label}: <DiffPieces pieces={field.pieces} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** An article diff, inline: what a reviewer reads to see what changed. */
export function DiffView({ diff, label }: { diff: ArticleDiff; label: string }) {
  if (!diff.changed) return <p className="panel-empty">Nothing changed.</p>;
  const changedBlocks = diff.body.some((block) => block.status !== 'same');
  return (
    <div className="diff" aria-label={label} role="group" data-testid="article-diff">
      {diff.meta.length > 0 ? (
        <Section title="Details">
          <ul className="diff__list">
            {diff.meta.map((field) => (
              <li key={field.field} className="diff__block">
                <span className="diff__label">{field.label}: </span>
                <DiffPieces pieces={field.pieces} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {changedBlocks ? (
        <Section title="Text">
          <ul className="diff__list">
            {bodyRows(diff.body).map((row) =>
              row.kind === 'same-run' ? (
                <li key={`same-${row.index}`} className="diff__same-run">
                  {plural(row.count, 'unchanged paragraph', 'unchanged paragraphs')}
                </li>
              ) : (
                <li
                  key={row.index}
                  className={`diff__block diff__block--${row.block.status}${row.block.type === 'heading' ? ' diff__block--heading' : ''}`}
                >
                  {row.block.status !== 'same' ? <span className="diff__status">{STATUS_WORDS[row.block.status]}</span> : null}
                  <DiffPieces pieces={row.block.pieces} />
                </li>
              ),
            )}
          </ul>
        </Section>
      ) : null}
      {diff.footnotes.length > 0 ? (
        <Section title="Footnotes">
          <ul className="diff__list">
            {diff.footnotes.map((note) => (
              <li key={note.noteId} className={`diff__block diff__block--${note.status}`}>
                <span className="diff__status">
                  {STATUS_WORDS[note.status]} note {note.number}
                </span>
                <DiffPieces pieces={note.pieces} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {diff.citations.added.length + diff.citations.removed.length > 0 ? (
        <Section title="Sources cited">
          <ul className="diff__list">
            {diff.citations.added.map((source) => (
              <li key={`+${source.id}`} className="diff__block diff__block--added">
                <span className="diff__status">Now cited</span>
                <DiffPieces pieces={[{ kind: 'added', text: source.title }]} />
              </li>
            ))}
            {diff.citations.removed.map((source) => (
              <li key={`-${source.id}`} className="diff__block diff__block--removed">
                <span className="diff__status">No longer cited</span>
                <DiffPieces pieces={[{ kind: 'removed', text: source.title }]} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <RecordChanges
        title="Sources"
        words={{ added: 'New source', removed: 'Source removed', changed: 'Source changed' }}
        records={diff.sources.map((source) => ({ key: source.sourceId, ...source }))}
      />
      <RecordChanges
        title="Image rights"
        words={{ added: 'New image', removed: 'Image removed', changed: 'Rights changed' }}
        records={diff.rights.map((image) => ({ key: image.assetId, ...image }))}
      />
    </div>
  );
}

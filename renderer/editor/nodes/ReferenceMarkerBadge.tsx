/** `[8]`, marked as a reference whose note is missing, so the writer sees what to fix. */
export function ReferenceMarkerBadge({ label }: { label: string }) {
  const description = `Reference [${label}] has no note. Replace it with a footnote or a citation.`;
  return (
    <span className="doc-refmark__badge" role="note" aria-label={description} title={description} data-reference-label={label}>
      [{label}]
    </span>
  );
}

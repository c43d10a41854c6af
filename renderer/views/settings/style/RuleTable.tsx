import { plural } from '../../../ui/format';

interface Column<K extends string> {
  key: K;
  label: string;
}

interface Props<K extends string, Row extends { [P in K]: string }> {
  title: string;
  hint: string;
  columns: ReadonlyArray<Column<K>>;
  /** A yes/no column, such as "Case matters". */
  flag?: { key: Exclude<keyof Row, K> & string; label: string };
  rows: readonly Row[];
  empty: Row;
  addLabel: string;
  onChange: (rows: Row[]) => void;
}

/** One list of house-style rules as a table of text boxes, each named by its column and row for screen readers. */
export function RuleTable<K extends string, Row extends { [P in K]: string }>({
  title,
  hint,
  columns,
  flag,
  rows,
  empty,
  addLabel,
  onChange,
}: Props<K, Row>) {
  const update = (index: number, patch: Partial<Row>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="rule-table">
      <h3 className="house-style__subtitle">
        {title} <span className="house-style__count">{plural(rows.length, 'rule', 'rules')}</span>
      </h3>
      <p className="house-style__hint">{hint}</p>
      <table className="rule-table__table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
            {flag !== undefined ? <th scope="col">{flag.label}</th> : null}
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column.key}>
                  <input
                    className="input"
                    aria-label={`${title}: ${column.label}, row ${index + 1}`}
                    value={row[column.key]}
                    onChange={(event) => update(index, { [column.key]: event.target.value } as Partial<Row>)}
                  />
                </td>
              ))}
              {flag !== undefined ? (
                <td className="rule-table__flag">
                  <input
                    type="checkbox"
                    aria-label={`${title}: ${flag.label}, row ${index + 1}`}
                    checked={(row[flag.key] as unknown) === true}
                    onChange={(event) => update(index, { [flag.key]: event.target.checked } as unknown as Partial<Row>)}
                  />
                </td>
              ) : null}
              <td>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Remove ${title.toLowerCase()} row ${index + 1}`}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--small" onClick={() => onChange([...rows, { ...empty }])}>
        {addLabel}
      </button>
    </div>
  );
}

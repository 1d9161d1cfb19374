import type { Problem } from '../../data/problem';

/** The build's problems of one claim or event, each marked with its field and code; else "Valid.". */
export function ProblemList({ label, problems }: { label: string; problems: readonly Problem[] }) {
  return problems.length ? (
    <ul className="wb-problems" aria-label={label}>
      {problems.map((p) => (
        <li key={`${p.field ?? ''} ${p.message}`} data-field={p.field} data-code={p.code}>
          {p.message}
        </li>
      ))}
    </ul>
  ) : (
    <p className="wb-ok">Valid.</p>
  );
}

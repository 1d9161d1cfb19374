/** The NATO Admiralty grading scale, at hand while grading. */
const SOURCE_ROWS = [
  ['A', 'Completely reliable', 'no doubt of authenticity, trustworthiness or competency'],
  ['B', 'Usually reliable', 'minor doubt; a history of mostly valid information'],
  ['C', 'Fairly reliable', 'doubt; has provided valid information in the past'],
  ['D', 'Not usually reliable', 'significant doubt; has provided valid information rarely'],
  ['E', 'Unreliable', 'lacking authenticity, trustworthiness or competency'],
  ['F', 'Reliability cannot be judged', 'not enough basis to evaluate the source'],
] as const;
const INFO_ROWS = [
  ['1', 'Confirmed', 'confirmed by other independent sources; logical; consistent'],
  ['2', 'Probably true', 'not confirmed; logical; consistent with other information'],
  ['3', 'Possibly true', 'not confirmed; reasonably logical; agrees with some information'],
  ['4', 'Doubtfully true', 'not confirmed; possible but not logical; no other information'],
  ['5', 'Improbable', 'not confirmed; not logical; contradicted by other information'],
  ['6', 'Truth cannot be judged', 'no basis to evaluate the information'],
] as const;

export const SOURCE_GRADES = SOURCE_ROWS.map(([g, label]) => [g, label] as const);
export const INFO_GRADES = INFO_ROWS.map(([g, label]) => [g, label] as const);

export function GradeTable() {
  return (
    <details className="wb-grades">
      <summary>Grading table (Admiralty code)</summary>
      <table>
        <caption>Source reliability</caption>
        <GradeRows rows={SOURCE_ROWS} />
      </table>
      <table>
        <caption>Information credibility</caption>
        <GradeRows rows={INFO_ROWS} />
      </table>
    </details>
  );
}

function GradeRows({ rows }: { rows: readonly (readonly [string, string, string])[] }) {
  return (
    <tbody>
      {rows.map(([grade, label, meaning]) => (
        <tr key={grade}>
          <th scope="row">{grade}</th>
          <td>{label}</td>
          <td>{meaning}</td>
        </tr>
      ))}
    </tbody>
  );
}

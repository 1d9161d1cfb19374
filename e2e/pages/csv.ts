/**
 * A small RFC 4180 reader for the data downloads: fields may be quoted, hold commas, newlines
 * and doubled quotes. Returns rows as records keyed by the header.
 * @param text CSV text, first line the header
 * @returns the header and one record per data row
 */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  const [header = [], ...data] = records;
  return {
    header,
    rows: data.map((values) =>
      Object.fromEntries(header.map((name, i) => [name, values[i] ?? ''])),
    ),
  };
}

// The situation lives in geodata/, never in code: no id of an area (geodata/areas.json) or a
// place (geodata/places.geojson) may be written in src/ as a string (comments aside). A view
// function that needs one takes it from the dataset (`ds.theatre`, `ds.areas`).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readJson, ROOT } from '../data/helpers';

/** Every .ts/.tsx file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The string literals of a source file, with their line: quoted strings, template texts and
 * JSX text, as the TypeScript parser sees them (so comments never count).
 */
function stringLiterals(fileName: string, code: string): { text: string; line: number }[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push({ text: node.text.trim(), line });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Ids of the shipped theatre: areas and places. */
function theatreIds(): Set<string> {
  const areas = readJson('geodata/areas.json') as { areas: { id: string }[] };
  const places = readJson('geodata/places.geojson') as {
    features: { properties: { id: string } }[];
  };
  return new Set([
    ...areas.areas.map((area) => area.id),
    ...places.features.map((feature) => feature.properties.id),
  ]);
}

/** `file:line 'id'` for every string literal of src/ that is an id of the theatre. */
function idsInCode(ids: ReadonlySet<string>, files: string[]): string[] {
  return files.flatMap((full) =>
    stringLiterals(full, readFileSync(full, 'utf8'))
      .filter((literal) => ids.has(literal.text))
      .map((literal) => `${path.relative(ROOT, full)}:${literal.line} '${literal.text}'`),
  );
}

describe('no theatre ids in code', () => {
  it('finds no id of geodata/areas.json or geodata/places.geojson as a string in src/', () => {
    const ids = theatreIds();
    expect(ids.size).toBeGreaterThan(5);
    expect(idsInCode(ids, sourceFiles(path.join(ROOT, 'src')))).toEqual([]);
  });

  it('would find one: a quoted id, a template and JSX text count; comments do not', () => {
    const code = [
      '// kursk-city in a comment is fine',
      "const a = 'kursk-city';",
      'const b = `pyongyang`;',
      'const c = <b>nikolske</b>;',
      '/* russia */',
    ].join('\n');
    const hits = stringLiterals('probe.tsx', code).filter((s) => theatreIds().has(s.text));
    expect(hits).toEqual([
      { text: 'kursk-city', line: 2 },
      { text: 'pyongyang', line: 3 },
      { text: 'nikolske', line: 4 },
    ]);
  });
});

/**
 * Experiment (issue 22): would a measure suggestion learned from the labelled selections carry
 * over to unseen held-out sets better than the rule parser? A measurement, not a product change:
 * nothing here is imported by the app. docs/workbench.md, "A learned measure suggestion,
 * measured (experiment)", gives the result.
 *
 * Run: `npx vitest run --config scripts/experiments/vitest.config.ts measureLearned` (the rule
 * parser as it is now), and `sh scripts/experiments/firstSight.sh` (each pair on the tree of the
 * commit that first scored it: the rule parser, phrase table and sets as they stood then; there
 * MEASUREXP_COMMIT names the commit and only its pair is run).
 *
 * For each pair of held-out sets scored together, in the order they were written, a multinomial
 * naive Bayes model is trained ONLY on what existed before the pair was scored: the phrase table
 * as it stood in the commit that first scored the pair (read from git history), the development
 * set and the held-out sets before the pair (rowsBefore). Its settings (smoothing, clause words,
 * weight of the parser's own suggestion, the confidence at which it overrides the parser) are
 * picked by 5-fold cross-validation on that training part alone; the pair is scored once, with
 * heldOutScore.ts's rule: every figure whose reader gave a measure counts, and a measure is
 * right only where the drafted value is right too.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricInfo, isMetricId } from '../../src/data/metrics';
import { parseFigures, type ParsedFigure } from '../../src/workbench/parse/figures';
import { suggestMeasures } from '../../src/workbench/parse/suggest';
import type { HeldOutRow } from '../../tests/workbench/heldOut';
import { score } from '../../tests/workbench/heldOutScore';
import { HELD_OUT_SETS, rowsBefore } from '../../tests/workbench/heldOutSets';
import type { ExpectedFigure, PhraseRow } from '../../tests/workbench/phrases';

/** The label for "no measure should be suggested" (a reader's null). */
const NONE = '(none)';

/**
 * The pairs, with the commit that first scored each (docs/workbench.md, "Scores on unseen
 * text, all sets"): the phrase table of that commit is the one written before the pair, and
 * the rule parser's first-sight measure score is the one printed there.
 */
const PAIRS = [
  { sets: [14, 15], commit: '99c42e2', firstSight: { right: 62, of: 80 } },
  { sets: [16, 17], commit: '8a51430', firstSight: { right: 42, of: 54 } },
  { sets: [18, 19], commit: 'b90e99c', firstSight: { right: 44, of: 60 } },
  { sets: [20, 21], commit: 'd634044', firstSight: { right: 63, of: 75 } },
  { sets: [22, 23], commit: '08627a8', firstSight: { right: 50, of: 67 } },
] as const;

/** Set by firstSight.sh: this tree is that commit's, and only its pair is run. */
const AT_COMMIT = process.env.MEASUREXP_COMMIT;

/** One figure a reader gave a measure for, as the parser drafts it. */
interface Item {
  /** Which row set it comes from, and the row's address (to check nothing of a pair leaks). */
  url: string;
  /** The reader's measure, or NONE. */
  label: string;
  /** Whether the drafted value is the reader's (heldOutScore: only then can a measure count). */
  valueRight: boolean;
  /** The parser's first suggested measure, or NONE. */
  parser: string;
  unit: string | null;
  /** Words of a ±6-word window around the figure, with the side they are on. */
  left: string[];
  right: string[];
  /** Words of the figure's own clause (figures.ts), outside the figure. */
  clause: string[];
}

const WINDOW = 6;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Lower-case words of a text span with their offsets; any word holding a digit is '<num>'. */
function words(text: string): { w: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({
    w: /\p{N}/u.test(m[0]) ? '<num>' : m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function itemsOf(
  text: string,
  drafted: readonly ParsedFigure[],
  figures: readonly ExpectedFigure[],
  url: string,
): Item[] {
  const all = words(text);
  const items: Item[] = [];
  figures.forEach((want, i) => {
    if (want.measure === undefined) return;
    const got = drafted[i];
    const valueRight = got?.low === want.low && got.high === want.high;
    const label = want.measure ?? NONE;
    if (!got) {
      items.push({
        url,
        label,
        valueRight,
        parser: NONE,
        unit: null,
        left: [],
        right: [],
        clause: [],
      });
      return;
    }
    const before = all.filter((t) => t.end <= got.start);
    const after = all.filter((t) => t.start >= got.end);
    const inClause = all.filter(
      (t) =>
        t.start >= got.clause.start &&
        t.end <= got.clause.end &&
        (t.end <= got.start || t.start >= got.end),
    );
    items.push({
      url,
      label,
      valueRight,
      parser: suggestMeasures(text, got.unit, true, got)[0] ?? NONE,
      unit: got.unit,
      left: before.slice(-WINDOW).map((t) => t.w),
      right: after.slice(0, WINDOW).map((t) => t.w),
      clause: inClause.map((t) => t.w),
    });
  });
  return items;
}

/** A held-out or dev row, drafted as heldOutScore.ts drafts it (the selection alone). */
const heldOutItems = (rows: readonly HeldOutRow[]): Item[] =>
  rows.flatMap((row) => itemsOf(row.text, parseFigures(row.text), row.figures, row.url));

/** A phrase row, drafted as the phrase-table test drafts it (from its sentence). */
function phraseItems(rows: readonly PhraseRow[]): Item[] {
  return rows.flatMap((row) => {
    const sentence = row.sentence ?? row.text;
    const at = sentence.indexOf(row.text);
    if (at < 0) return [];
    const drafted = parseFigures(sentence).filter(
      (f) => f.start < at + row.text.length && f.end > at,
    );
    return itemsOf(sentence, drafted, row.figures, `phrase:${row.from}`);
  });
}

/**
 * The phrase table as it stood at a commit (read from git history into .cache/); on a commit's
 * own tree (firstSight.sh), the tree's.
 */
async function phrasesAt(commit: string): Promise<PhraseRow[]> {
  if (AT_COMMIT) return (await import('../../tests/workbench/phrases')).PHRASES;
  const dir = join(process.cwd(), '.cache', 'measurexp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `phrases-${commit}.ts`);
  writeFileSync(
    file,
    execFileSync('git', ['show', `${commit}:tests/workbench/phrases.ts`], { encoding: 'utf8' }),
  );
  const module = (await import(/* @vite-ignore */ file)) as { PHRASES: PhraseRow[] };
  return module.PHRASES;
}

interface Settings {
  /** Laplace smoothing. */
  alpha: number;
  /** Whether the clause's words are features too. */
  clause: boolean;
  /** How many times the parser's suggestion counts as a feature (0: a text-only model). */
  parserWeight: number;
}

function features(item: Item, s: Settings): string[] {
  const out = [
    ...item.left.map((w) => `l:${w}`),
    ...item.right.map((w) => `r:${w}`),
    ...[...item.left, ...item.right].map((w) => `w:${w}`),
    `u:${item.unit ?? 'null'}`,
  ];
  if (s.clause) out.push(...item.clause.map((w) => `c:${w}`));
  for (let k = 0; k < s.parserWeight; k++) out.push(`p:${item.parser}`);
  return out;
}

/** Measures a figure in this unit can take (as suggest.ts's `fits`), and NONE. */
function fitsUnit(label: string, unit: string | null): boolean {
  if (label === NONE) return true;
  if (!isMetricId(label)) return false;
  const info = metricInfo(label);
  return info.kind === 'figure' && (unit === null || info.unit === unit);
}

interface Model {
  predict(item: Item): { label: string; p: number };
}

/** Multinomial naive Bayes over the features, restricted to the measures that fit the unit. */
function train(items: readonly Item[], s: Settings): Model {
  const docs = new Map<string, number>();
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const vocab = new Set<string>();
  for (const item of items) {
    docs.set(item.label, (docs.get(item.label) ?? 0) + 1);
    const c = counts.get(item.label) ?? new Map<string, number>();
    counts.set(item.label, c);
    for (const f of features(item, s)) {
      c.set(f, (c.get(f) ?? 0) + 1);
      totals.set(item.label, (totals.get(item.label) ?? 0) + 1);
      vocab.add(f);
    }
  }
  const labels = [...docs.keys()];
  const v = vocab.size;
  return {
    predict(item) {
      const fs = features(item, s).filter((f) => vocab.has(f));
      const scores = labels
        .filter((label) => fitsUnit(label, item.unit))
        .map((label) => {
          const c = counts.get(label) ?? new Map<string, number>();
          const total = totals.get(label) ?? 0;
          let lp = Math.log((docs.get(label) ?? 0) / items.length);
          for (const f of fs) lp += Math.log(((c.get(f) ?? 0) + s.alpha) / (total + s.alpha * v));
          return { label, lp };
        });
      if (scores.length === 0) return { label: NONE, p: 0 };
      const max = Math.max(...scores.map((x) => x.lp));
      const z = scores.reduce((n, x) => n + Math.exp(x.lp - max), 0);
      const best = scores.reduce((a, b) => (b.lp > a.lp ? b : a));
      return { label: best.label, p: 1 / z };
    },
  };
}

/** How the final suggestion is made from the parser's and the model's. */
type Chooser = (item: Item, model: Model) => string;
const chooseModel: Chooser = (item, model) => model.predict(item).label;
const chooseFallback: Chooser = (item, model) =>
  item.parser !== NONE ? item.parser : model.predict(item).label;
const chooseConfident =
  (threshold: number): Chooser =>
  (item, model) => {
    const m = model.predict(item);
    return m.p >= threshold ? m.label : item.parser;
  };

/** Right measures among the items, as heldOutScore.ts counts them. */
const right = (items: readonly Item[], model: Model, choose: Chooser) =>
  items.filter((item) => item.valueRight && choose(item, model) === item.label).length;

/** Figures a chooser gets right that the parser misses, and the reverse (a paired count). */
function versusParser(items: readonly Item[], model: Model, choose: Chooser) {
  const scored = items.filter((item) => item.valueRight);
  const mine = (item: Item) => choose(item, model) === item.label;
  const parser = (item: Item) => item.parser === item.label;
  return {
    changed: scored.filter((item) => choose(item, model) !== item.parser).length,
    gained: scored.filter((item) => mine(item) && !parser(item)).length,
    lost: scored.filter((item) => !mine(item) && parser(item)).length,
  };
}

/** Deterministic folds: every k-th trainable item. */
function crossValidate(items: readonly Item[], s: Settings, choose: Chooser, k = 5): number {
  let hits = 0;
  for (let fold = 0; fold < k; fold++) {
    const test = items.filter((_, i) => i % k === fold);
    const rest = items.filter((_, i) => i % k !== fold);
    hits += right(test, train(rest, s), choose);
  }
  return hits / items.length;
}

const GRID: Settings[] = [0.05, 0.2, 1].flatMap((alpha) =>
  [false, true].flatMap((clause) =>
    [0, 1, 3, 6].map((parserWeight) => ({ alpha, clause, parserWeight })),
  ),
);
const THRESHOLDS = [0.5, 0.7, 0.9, 0.99];

/** The settings of the grid that cross-validate best on the training items (first on ties). */
function pick(items: readonly Item[], grid: readonly Settings[], choose: Chooser) {
  let best: Settings = { alpha: 1, clause: false, parserWeight: 0 };
  let bestScore = -1;
  for (const s of grid) {
    const cv = crossValidate(items, s, choose);
    if (cv > bestScore) [best, bestScore] = [s, cv];
  }
  return { settings: best, cv: bestScore };
}

const pct = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / of)} %)`;
const describeSettings = (s: Settings) =>
  `α ${s.alpha}, clause ${s.clause ? 'yes' : 'no'}, parser weight ${s.parserWeight}`;

describe('a learned measure suggestion, leave later sets out', () => {
  it('scores each pair with a model trained only on what was written before it', async () => {
    const lines: string[] = [
      '| pair | rule parser, first sight | rule parser, current | model, text only | model, text + parser | parser, model where it has none | model where confident, else parser |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    ];
    const notes: string[] = [];
    const pairs = AT_COMMIT ? PAIRS.filter((p) => p.commit === AT_COMMIT) : PAIRS;
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      const testRows = pair.sets.flatMap((n) => HELD_OUT_SETS[n - 1] ?? []);
      const testItems = heldOutItems(testRows);
      const phrases = await phrasesAt(pair.commit);
      const trainItems = [...phraseItems(phrases), ...heldOutItems(rowsBefore(pair.sets[0]))];
      // Nothing of the pair is trained on.
      const testUrls = new Set(testRows.map((row) => row.url));
      expect(trainItems.filter((item) => testUrls.has(item.url))).toEqual([]);
      // The items are exactly the figures heldOutScore.ts scores, and the parser's first
      // suggestion read here is the one it counts.
      const s = score(testRows);
      expect(testItems.length).toBe(s.scoredMeasures);
      const parserRight = testItems.filter((i) => i.valueRight && i.parser === i.label).length;
      expect(parserRight).toBe(s.measures);
      // On the commit's own tree, the rule parser's first-sight score is reproduced.
      if (AT_COMMIT) expect({ right: parserRight, of: testItems.length }).toEqual(pair.firstSight);

      const trainable = trainItems.filter((item) => item.valueRight);
      const textOnly = pick(
        trainable,
        GRID.filter((g) => g.parserWeight === 0),
        chooseModel,
      );
      const withParser = pick(
        trainable,
        GRID.filter((g) => g.parserWeight > 0),
        chooseModel,
      );
      const fallback = pick(
        trainable,
        GRID.filter((g) => g.parserWeight === 0),
        chooseFallback,
      );
      let confident = {
        settings: { alpha: 1, clause: false, parserWeight: 0 },
        threshold: 1,
        cv: -1,
      };
      for (const threshold of THRESHOLDS) {
        const p = pick(
          trainable,
          GRID.filter((g) => g.parserWeight === 0),
          chooseConfident(threshold),
        );
        if (p.cv > confident.cv) confident = { ...p, threshold };
      }

      const n = testItems.length;
      const paired = (settings: Settings, choose: Chooser) => {
        const { changed, gained, lost } = versusParser(
          testItems,
          train(trainable, settings),
          choose,
        );
        return `+${gained} −${lost} of ${changed} changed`;
      };
      const cells = [
        `${pair.sets[0]} + ${pair.sets[1]}`,
        pct(pair.firstSight.right, pair.firstSight.of),
        pct(parserRight, n),
        pct(right(testItems, train(trainable, textOnly.settings), chooseModel), n),
        pct(right(testItems, train(trainable, withParser.settings), chooseModel), n),
        pct(right(testItems, train(trainable, fallback.settings), chooseFallback), n),
        pct(
          right(
            testItems,
            train(trainable, confident.settings),
            chooseConfident(confident.threshold),
          ),
          n,
        ),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
      notes.push(
        `${cells[0]}: trained on ${trainable.length} figures (${phrases.length} phrase rows at ` +
          `${pair.commit}, ${rowsBefore(pair.sets[0]).length} dev/held-out rows); ` +
          `parser right on the training figures ${pct(
            trainable.filter((i) => i.parser === i.label).length,
            trainable.length,
          )}; ` +
          `text only: ${describeSettings(textOnly.settings)} (cv ${textOnly.cv.toFixed(3)}); ` +
          `text + parser: ${describeSettings(withParser.settings)} (cv ${withParser.cv.toFixed(3)}); ` +
          `fallback: ${describeSettings(fallback.settings)} (cv ${fallback.cv.toFixed(3)}); ` +
          `confident: ${describeSettings(confident.settings)}, p ≥ ${confident.threshold} ` +
          `(cv ${confident.cv.toFixed(3)}); against the parser, figure by figure (gained, lost, of the figures whose suggestion changed): ` +
          `text only ${paired(textOnly.settings, chooseModel)}, text + parser ` +
          `${paired(withParser.settings, chooseModel)}, fallback ` +
          `${paired(fallback.settings, chooseFallback)}, confident ` +
          `${paired(confident.settings, chooseConfident(confident.threshold))}`,
      );
    }
    console.log(['', ...lines, '', ...notes].join('\n'));
    expect(lines.length).toBe(pairs.length + 2);
  });
});

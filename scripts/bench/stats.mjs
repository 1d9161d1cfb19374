// Summaries and the printed table of the benchmark.

/** @param {number[]} values @returns {number} the median */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {number[]} values @returns {{median: number, min: number, max: number, runs: number[]}} */
export function summarize(values) {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.map((v) => Math.round(v * 1000) / 1000),
  };
}

const fmt = (value) =>
  value >= 100
    ? value.toFixed(0)
    : value >= 10
      ? value.toFixed(1)
      : value >= 1
        ? value.toFixed(2)
        : value.toFixed(3);

/** @param {{median: number, min: number, max: number}} s */
const cell = (s) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;

/**
 * The results as a Markdown table (medians, with the range over the runs in brackets).
 * @param {{runs: number, machine: object, figures: object[], targets: object[]}} results
 * @returns {string}
 */
export function formatTable(results) {
  const rows = [
    `| Figure | Sitrep | Baseline | Baseline is | Ratio |`,
    `| --- | ---: | ---: | --- | ---: |`,
    ...results.figures.map((f) => {
      const ratio =
        f.sitrep.median > 0 ? `${(f.baseline.median / f.sitrep.median).toFixed(1)}×` : '—';
      return `| ${f.name} | ${cell(f.sitrep)} | ${cell(f.baseline)} | ${f.baselineName} | ${ratio} |`;
    }),
  ];
  const notes = results.figures.filter((f) => f.note).map((f) => `- ${f.name}: ${f.note}`);
  const targets = (results.targets ?? []).map(
    (t) => `- ${t.met ? '✔ met' : '✘ not met'}: ${t.target} — ${t.value}`,
  );
  const m = results.machine;
  return [
    `Median of ${results.runs} runs (min–max in brackets); ratio = baseline ÷ Sitrep.`,
    `${m.cpus} × ${m.cpuModel}, Node ${m.node}, Chromium ${m.chromium} headless, ${m.viewport.width}×${m.viewport.height}.`,
    `Load average (1 min) ${m.loadAverageAtStart?.toFixed(1) ?? '?'} at the start, ${m.loadAverageAtEnd?.toFixed(1) ?? '?'} at the end: above ${m.cpus}, other work was slowing every figure.`,
    '',
    ...rows,
    '',
    ...notes,
    '',
    'Targets:',
    ...targets,
  ].join('\n');
}

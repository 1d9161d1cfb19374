/**
 * The current picture is read from per-area indexes (view/pictureIndex.ts) so that the
 * overview's cards and the map's labels stay cheap at 10,000 reports. Here the indexed rule is
 * checked against the rule written plainly — filter every claim, take the figure about the
 * latest time (its refersTo when that ends before its report), then the latest reported,
 * break ties, let the specific figures lead a vague amount when one was reported within
 * oldAfterDays before it — on
 * the real reports plus 300 synthetic ones, for every area at 25 dates.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/buildDataset';
import { ancestorIds, type Dataset } from '../../src/data/dataset';
import { addDays, dayToIso, isoToDay } from '../../src/data/dates';
import { loadAreas } from '../../src/data/geodata';
import type { Claim } from '../../src/data/schema';
import { relationSums } from '../../src/data/sums';
import type { HeadlineFamily } from '../../src/data/vocabulary';
import { currentPicture } from '../../src/view/currentPicture';
import { dateRange } from '../../src/view/timeline';
import { readReportFiles } from '../data/helpers';
// @ts-expect-error -- plain ESM bench helper, no type declarations
import { syntheticReports } from '../../scripts/bench/scaleReports.mjs';

type ReportFile = { name: string; json: unknown };

function renamed(files: ReportFile[], tag: string): ReportFile[] {
  return JSON.parse(JSON.stringify(files).replaceAll('synthetic-', `synthetic-${tag}-`));
}

const GRADES = 'ABCDEF';
const rank = (c: Claim) => GRADES.indexOf(c.grade.source) * 10 + Number(c.grade.info);
const key = (c: Claim) =>
  [
    c.area,
    [...c.source].sort().join('+'),
    c.reportedOn.start,
    c.reportedOn.end,
    c.reportedOn.precision,
  ].join('|');

const orders = new WeakMap<Dataset, Map<Claim, number>>();
function fileOrder(ds: Dataset): Map<Claim, number> {
  let order = orders.get(ds);
  if (!order) {
    order = new Map(ds.claims.map((c, i) => [c, i]));
    orders.set(ds, order);
  }
  return order;
}

/** The rule, plainly: returns the headline's claim ids and how many other estimates. */
function plainRule(ds: Dataset, areaId: string, asOf: string, family: HeadlineFamily) {
  const areas = [areaId, ...ancestorIds(ds.areasById, areaId)];
  const parts = family.parts ?? [];
  const position = (c: Claim) => areas.indexOf(c.area) * 1e7 + (fileOrder(ds).get(c) ?? 0);
  const known = ds.claims.filter(
    (c) =>
      c.value &&
      areas.includes(c.area) &&
      c.reportedOn.end <= asOf &&
      (family.measures.includes(c.metric) || parts.includes(c.metric)),
  );
  const groups = new Map<string, Claim[]>();
  for (const c of known) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  type Pick = { date: string; about: string; ids: string[]; lead: Claim; total: boolean };
  const about = (c: Claim) =>
    c.refersTo.end < c.reportedOn.end ? c.refersTo.end : c.reportedOn.end;
  const picks: Pick[] = [];
  const estimates: { date: string; id: string }[] = [];
  for (const group of groups.values()) {
    const totals = group.filter((c) => family.measures.includes(c.metric));
    const ps = group
      .filter((c) => parts.includes(c.metric))
      .sort(
        (a, b) => parts.indexOf(a.metric) - parts.indexOf(b.metric) || position(a) - position(b),
      );
    for (const t of totals) {
      picks.push({
        date: t.reportedOn.end,
        about: about(t),
        ids: [t.id, ...ps.map((p) => p.id)],
        lead: t,
        total: true,
      });
      estimates.push({ date: t.reportedOn.end, id: t.id });
    }
    const lead = ps[0];
    if (totals.length === 0 && lead) {
      picks.push({
        date: lead.reportedOn.end,
        about: about(lead),
        ids: ps.map((p) => p.id),
        lead,
        total: false,
      });
      const sum = relationSums(ps, ds.vocabulary).find((s) => family.measures.includes(s.metric));
      if (sum) estimates.push({ date: lead.reportedOn.end, id: sum.claimIds[0] ?? '' });
    }
  }
  if (picks.length === 0) return { ids: null, others: estimates.length };
  const party = (c: Claim) => c.source.some((id) => ds.sources.get(id)?.party === true);
  const latest = (list: Pick[]) => {
    const topAbout = list.reduce((d, p) => (p.about > d ? p.about : d), '');
    const aboutTop = list.filter((p) => p.about === topAbout);
    const top = aboutTop.reduce((d, p) => (p.date > d ? p.date : d), '');
    return aboutTop
      .filter((p) => p.date === top)
      .sort(
        (a, b) =>
          rank(a.lead) - rank(b.lead) ||
          Number(party(a.lead)) - Number(party(b.lead)) ||
          Number(a.lead.area !== areaId) - Number(b.lead.area !== areaId) ||
          Number(!a.total) - Number(!b.total) ||
          position(a.lead) - position(b.lead),
      )[0];
  };
  // A vague amount leads only when no specific figure was reported in the oldAfterDays
  // before it (or since); else the specific figure about the latest time does.
  const vague = (p: Pick) =>
    (p.total ? [p.lead] : known.filter((c) => p.ids.includes(c.id))).every((c) =>
      /dozens|hundred|thousand|million/i.test(c.value?.qualifier ?? ''),
    );
  let best = latest(picks);
  if (best && vague(best)) {
    const since = addDays(best.date, -ds.vocabulary.headline.oldAfterDays);
    const specific = picks.filter((p) => !vague(p));
    if (specific.some((p) => p.date >= since)) best = latest(specific) ?? best;
  }
  const from = addDays(asOf, -ds.vocabulary.headline.windowDays);
  const others = estimates.filter((e) => e.date >= from && e.id !== best?.ids[0]).length;
  return { ids: best?.ids ?? null, others };
}

describe('currentPicture at scale', () => {
  it('equals the plainly written rule, for every area and date, on 300 synthetic reports', () => {
    const files = readReportFiles();
    // Three templates of different shapes; the synthetic generator copies a report's first
    // event, so only reports with events can be templates.
    const withEvents = files.filter(
      (file) => ((file.json as { events?: unknown[] }).events ?? []).length > 0,
    );
    const templates = [0, 1, withEvents.length - 1].map((i) => withEvents[i]?.json);
    const synthetic = templates.flatMap((template, i) =>
      renamed(syntheticReports(template, 100) as ReportFile[], `t${i}`),
    );
    const many = buildDataset([...files, ...synthetic], loadAreas());
    expect(many.problems).toEqual([]);
    const range = dateRange(many);
    const first = isoToDay(range.min);
    const last = isoToDay(range.max);
    let compared = 0;
    for (let step = 0; step <= 24; step += 1) {
      const asOf = dayToIso(Math.round(first + ((last - first) * step) / 24));
      for (const area of many.areas) {
        const picture = currentPicture(many, area.id, asOf);
        for (const [i, family] of many.vocabulary.headline.families.entries()) {
          const fast = picture.families[i];
          const plain = plainRule(many, area.id, asOf, family);
          expect(fast?.figure?.claimIds ?? null, `${area.id} ${asOf} ${family.id}`).toEqual(
            plain.ids,
          );
          expect(fast?.others.count, `${area.id} ${asOf} ${family.id} others`).toBe(plain.others);
          if (plain.ids) compared += 1;
        }
      }
    }
    // Not a vacuous comparison: many of the pictures have a figure.
    expect(compared).toBeGreaterThan(50);
  });
});

import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/buildDataset';
import { loadAreas } from '../../src/data/geodata';
import { bundledReportFiles } from '../../src/data/reports';
import type { ReportFile } from '../../src/data/schema';
import type { Draft, DraftEvent } from '../../src/workbench/draft';
import { draftEdits, draftEventFromSelection, unlinkClaim } from '../../src/workbench/draftEvent';
import {
  draftFromReportFile,
  OUTLET_TOKEN,
  reportFileOf,
  reportIdOf,
  validateDraft,
} from '../../src/workbench/export';
import { groupProblems } from '../../src/workbench/problems';
import { loadPublished } from '../../src/workbench/published';
import { SEED_TEXT, seedDraft } from './seedDraft';

const published = loadPublished();
const context = { areaEntries: published.areaEntries, sources: published.knownSources };

/** Drafts the event of the `nth` occurrence of `words` in the seed text. */
function eventOf(draft: Draft, words: string, nth = 0): DraftEvent {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = SEED_TEXT.indexOf(words, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  const event = draftEventFromSelection(
    SEED_TEXT,
    at,
    at + words.length,
    '2025-02-27',
    context,
    draft.claims,
  );
  if (!event) throw new Error('no event drafted');
  return event;
}

describe('events drafted from the selected words', () => {
  it('takes the date of the words by the date rules, and the place and source of the sentence', () => {
    const event = eventOf(
      seedDraft(),
      'redeployed to the Kursk front in the first week of February',
    );
    expect(event.date).toEqual({
      start: '2025-02-01',
      end: '2025-02-07',
      precision: 'week',
      asPrinted: 'in the first week of February',
    });
    expect(event.area).toBe('kursk');
    expect(event.sources).toEqual(['kr-nis']);
    expect(event.title).toBe('');
    expect(event.anchor?.quote.exact).toBe(
      'redeployed to the Kursk front in the first week of February',
    );
  });

  it('resolves a weekday against the published date; two sources named are offered, not ticked', () => {
    const event = eventOf(seedDraft(), 'reported on Wednesday that the North Koreans trapped');
    expect(event.date).toMatchObject({ start: '2025-02-26', end: '2025-02-26', precision: 'day' });
    expect(event.area).toBe('nikolske');
    expect(event.sources).toEqual([]);
    expect(event.sourceCandidates).toEqual(['euromaidan-press', 'ua-military-sources']);
  });

  it('is undated, no later than the report, when its sentence gives no date', () => {
    const event = eventOf(
      seedDraft(),
      'a contingent of North Korean soldiers was trapped in Nikolske',
    );
    expect(event.date).toEqual({
      start: null,
      end: '2025-02-27',
      precision: 'before',
      asPrinted: 'date not given',
    });
    expect(event.dateCandidates).toEqual([]);
  });

  it('links the claims drafted from its sentence, and forgets a removed one', () => {
    const draft = seedDraft();
    // ISW's sentence carries two figures: the daily rate and the share of the force.
    const inSentence = draft.claims
      .filter((c) => ['about 92 casualties a day', 'up to half'].includes(c.quote))
      .map((c) => c.key);
    expect(inSentence).toHaveLength(2);
    const event = eventOf(draft, 'The Institute for the Study of War estimated');
    expect(event.claims).toEqual(inSentence);
    expect(event.sources).toEqual(['isw']);
    expect(unlinkClaim([event], inSentence[0] ?? '')[0]?.claims).toEqual(inSentence.slice(1));
    expect(unlinkClaim([event], 'other')[0]).toBe(event);
    // A sentence without a drafted figure links none.
    expect(
      eventOf(draft, 'redeployed to the Kursk front in the first week of February').claims,
    ).toEqual([]);
  });

  it('edits a draft: add, change and remove an event; a removed claim leaves no link', () => {
    const draft = seedDraft();
    const isw = eventOf(draft, 'The Institute for the Study of War estimated');
    const added = draftEdits.addEvent(draft, isw);
    expect(added.events).toEqual([isw]);
    expect(draft.events).toBeUndefined();
    const titled = draftEdits.setEvent(added, isw.key, { ...isw, title: 'ISW rate' });
    expect(titled.events?.[0]?.title).toBe('ISW rate');
    const [first] = isw.claims;
    const fewer = draftEdits.removeClaim(titled, first ?? '');
    expect(fewer.claims.map((c) => c.key)).not.toContain(first);
    expect(fewer.events?.[0]?.claims).toEqual(isw.claims.slice(1));
    expect(draftEdits.removeEvent(fewer, isw.key).events).toEqual([]);
    // A draft kept before events existed loses a claim without gaining events.
    expect(draftEdits.removeClaim(draft, first ?? '').events).toBeUndefined();
  });

  it('drafts nothing from an empty selection', () => {
    expect(draftEventFromSelection(SEED_TEXT, 5, 5, '2025-02-27', context, [])).toBeNull();
  });
});

describe('events in the export', () => {
  function withEvent(): Draft {
    const draft = seedDraft();
    const event = eventOf(draft, 'redeployed to the Kursk front in the first week of February');
    const troops = draft.claims[1];
    if (!troops) throw new Error('no second claim');
    return {
      ...draft,
      events: [
        {
          ...event,
          title: 'North Korean units back at the Kursk front after a pause',
          sources: ['kr-nis', OUTLET_TOKEN],
          claims: [troops.key],
        },
      ],
    };
  }

  it('exports the event with its id, date, area, sources (the outlet by id) and claim ids', () => {
    const draft = withEvent();
    const file = reportFileOf(draft, published.sources) as ReportFile;
    const id = reportIdOf(draft);
    expect(file.events).toEqual([
      {
        id: `e-${id}-1`,
        date: {
          start: '2025-02-01',
          end: '2025-02-07',
          precision: 'week',
          asPrinted: 'in the first week of February',
        },
        area: 'kursk',
        title: 'North Korean units back at the Kursk front after a pause',
        sources: ['kr-nis', `outlet-${id}`],
        claims: [`c-${id}-2`],
      },
    ]);
    expect(validateDraft(draft, published)).toEqual([]);
    const ds = buildDataset(
      [...bundledReportFiles(), { name: `geodata/reports/${id}.json`, json: file }],
      loadAreas(),
    );
    expect(ds.problems).toEqual([]);
    expect(ds.events.filter((e) => e.report === id).map((e) => e.id)).toEqual([`e-${id}-1`]);
  });

  it('shows an event problem under its event, not under the report', () => {
    const draft = withEvent();
    const untitled = {
      ...draft,
      events: draft.events?.map((e) => ({ ...e, title: ' ', area: '' })),
    };
    const problems = validateDraft(untitled, published);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['events[0].area', 'schema'],
      ['events[0].title', 'schema'],
    ]);
    const grouped = groupProblems(problems, draft.claims.length, 1);
    expect(grouped.file).toEqual([]);
    expect(grouped.events[0]?.map((p) => p.field)).toEqual(['area', 'title']);
  });

  it('comes back from an exported file with its links, and exports again unchanged', () => {
    const draft = withEvent();
    const file = reportFileOf(draft, published.sources);
    const back = draftFromReportFile(JSON.parse(JSON.stringify(file)), published.sources);
    if ('error' in back) throw new Error(back.error);
    expect(back.draft.events?.[0]?.sources).toEqual(['kr-nis', OUTLET_TOKEN]);
    expect(reportFileOf(back.draft, published.sources)).toEqual(file);
  });
});

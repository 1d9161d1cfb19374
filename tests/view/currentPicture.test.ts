/**
 * The current-picture rule on small fixture datasets of a second theatre (its own measure,
 * family, area and source ids, so nothing of the shipped data leaks into the rule), then on
 * the shipped data for the acceptance dates.
 */
import { describe, expect, it } from 'vitest';
import { checkVocabulary, type VocabularyFile } from '../../src/data/vocabulary';
import type { Claim, Source } from '../../src/data/schema';
import { currentPicture, pictureLabel, type PictureDataset } from '../../src/view/currentPicture';
import { loadDataset } from '../../src/data/bundledDataset';

const VOCABULARY: VocabularyFile = {
  units: [
    { id: 'people', label: 'people' },
    { id: 'soldiers', label: 'soldiers' },
  ],
  measures: [
    {
      id: 'soldiers-in-place',
      label: 'Soldiers in place',
      unit: 'soldiers',
      kind: 'figure',
      order: 1,
    },
    { id: 'losses', label: 'Losses', unit: 'people', kind: 'figure', order: 2 },
    { id: 'dead', label: 'Dead', unit: 'people', kind: 'figure', order: 3 },
    { id: 'hurt', label: 'Hurt', unit: 'people', kind: 'figure', order: 4 },
  ],
  relations: [{ whole: 'losses', parts: ['dead', 'hurt'], note: 'Dead plus hurt.' }],
  headline: {
    oldAfterDays: 60,
    windowDays: 90,
    families: [
      { id: 'force', label: 'Force', noun: 'force figure', measures: ['soldiers-in-place'] },
      {
        id: 'losses',
        label: 'Losses',
        noun: 'loss figure',
        measures: ['losses'],
        parts: ['dead', 'hurt'],
      },
    ],
  },
};

const SOURCES: Source[] = [
  {
    id: 'agency',
    name: 'The Agency',
    shortName: 'Agency',
    kind: 'government-intelligence',
    country: 'XA',
    party: false,
    aliases: [],
  },
  {
    id: 'rival',
    name: 'The Rival Agency',
    shortName: 'Rival',
    kind: 'government-intelligence',
    country: 'XB',
    party: false,
    aliases: [],
  },
  {
    id: 'army',
    name: 'Army of a belligerent',
    shortName: 'Army',
    kind: 'military',
    country: 'XC',
    party: true,
    aliases: [],
  },
  {
    id: 'paper',
    name: 'The Paper',
    shortName: 'Paper',
    kind: 'media',
    country: 'XD',
    party: false,
    aliases: [],
  },
];

let serial = 0;

/** A claim with a value; `date` is the day it was reported. */
function claim(
  metric: string,
  low: number,
  date: string,
  source: string,
  options: {
    high?: number;
    qualifier?: string;
    area?: string;
    grade?: string;
    precision?: 'day' | 'before';
    /** The time the figure is about, when the report gives one other than its date. */
    refersTo?: { start: string | null; end: string; precision: Claim['refersTo']['precision'] };
  } = {},
): Claim {
  serial += 1;
  const grade = options.grade ?? 'B2';
  const ref = {
    start: options.precision === 'before' ? null : date,
    end: date,
    precision: options.precision ?? 'day',
    asPrinted: 'fixture',
  } as const;
  return {
    id: `c-${serial}`,
    report: 'r',
    area: options.area ?? 'valley',
    metric,
    value: {
      low,
      high: options.high ?? low,
      unit: metric === 'soldiers-in-place' ? 'soldiers' : 'people',
      qualifier: options.qualifier ?? '',
    },
    refersTo: options.refersTo ? { ...options.refersTo, asPrinted: 'fixture' } : ref,
    reportedOn: ref,
    source: [source],
    via: [],
    quote: 'fixture',
    note: 'fixture',
    grade: {
      source: grade[0] as Claim['grade']['source'],
      info: grade[1] as Claim['grade']['info'],
      reason: 'fixture',
    },
  };
}

function dataset(claims: Claim[]): PictureDataset {
  const { vocabulary, problems } = checkVocabulary(VOCABULARY, 'fixture');
  if (!vocabulary) throw new Error(problems.map((p) => p.message).join('\n'));
  const areas = [
    { id: 'land', name: 'The Land', parent: null },
    { id: 'valley', name: 'The Valley', parent: 'land' },
  ];
  return {
    claims,
    areasById: new Map(areas.map((a) => [a.id, a])) as unknown as PictureDataset['areasById'],
    sources: new Map(SOURCES.map((s) => [s.id, s])),
    vocabulary,
  };
}

function family(ds: PictureDataset, id: string, asOf: string, area = 'valley') {
  const found = currentPicture(ds, area, asOf).families.find((f) => f.id === id);
  if (!found) throw new Error(`no family ${id}`);
  return found;
}

describe('currentPicture: the latest figure', () => {
  it('takes the latest figure known by the date, with its date, source and age', () => {
    const ds = dataset([
      claim('losses', 3000, '2025-01-13', 'agency'),
      claim('losses', 4700, '2025-04-30', 'agency', { qualifier: 'estimated' }),
      claim('losses', 9000, '2025-05-02', 'rival'),
    ]);
    const losses = family(ds, 'losses', '2025-05-01');
    expect(losses.figure?.valueText).toBe('estimated 4,700 losses');
    expect(losses.figure?.dateText).toBe('30 Apr 2025');
    expect(losses.figure?.sources).toEqual(['Agency']);
    expect(losses.figure?.ageDays).toBe(1);
    expect(losses.figure?.ageText).toBe('1 day old');
    expect(losses.figure?.old).toBe(false);
    expect(losses.change?.text).toBe('Agency: 3,000 on 13 Jan 2025 → estimated 4,700');
    expect(losses.text).toMatch(
      /^Losses: estimated 4,700 losses, reported 30 Apr 2025 by Agency, /,
    );
    // The 9,000 of 2 May is not known on 1 May; it is on 2 May.
    expect(family(ds, 'losses', '2025-05-02').figure?.valueText).toBe('9,000 losses');
  });

  it('breaks a tie of dates by grade, then by a source that is not a party, then own area', () => {
    const day = '2025-03-01';
    const byGrade = dataset([
      claim('losses', 100, day, 'paper', { grade: 'C3' }),
      claim('losses', 200, day, 'rival', { grade: 'B3' }),
      claim('losses', 300, day, 'agency', { grade: 'B4' }),
    ]);
    expect(family(byGrade, 'losses', day).figure?.sources).toEqual(['Rival']);
    const byParty = dataset([
      claim('losses', 100, day, 'army', { grade: 'B2' }),
      claim('losses', 200, day, 'paper', { grade: 'B2' }),
    ]);
    expect(family(byParty, 'losses', day).figure?.sources).toEqual(['Paper']);
    expect(family(byParty, 'losses', day).figure?.party).toBe(false);
    const byArea = dataset([
      claim('losses', 100, day, 'paper', { area: 'land' }),
      claim('losses', 200, day, 'rival'),
    ]);
    expect(family(byArea, 'losses', day).figure?.context).toBe(false);
    expect(family(byArea, 'losses', day).figure?.sources).toEqual(['Rival']);
  });

  it('takes a newer figure of the wider area as context, and says whose it is', () => {
    const ds = dataset([
      claim('losses', 100, '2025-03-01', 'paper'),
      claim('losses', 4700, '2025-04-30', 'agency', { area: 'land' }),
      claim('dead', 600, '2025-04-30', 'agency', { area: 'land' }),
    ]);
    const losses = family(ds, 'losses', '2025-04-30');
    expect(losses.figure?.context).toBe(true);
    expect(losses.figure?.areaName).toBe('The Land');
    expect(losses.figure?.valueText).toBe('4,700 losses, incl. 600 dead');
    expect(losses.text).toContain('(figure for The Land as a whole)');
    // The wider area's own picture has it as its own figure.
    expect(family(ds, 'losses', '2025-04-30', 'land').figure?.context).toBe(false);
  });

  it('says plainly when a family has no figure by the date', () => {
    const ds = dataset([claim('soldiers-in-place', 12000, '2025-01-16', 'paper')]);
    const losses = family(ds, 'losses', '2024-12-20');
    expect(losses.figure).toBeNull();
    expect(losses.noneText).toBe('No loss figure reported for this area by 20 Dec 2024');
    expect(losses.others.count).toBe(0);
    expect(family(ds, 'force', '2025-01-15').figure).toBeNull();
    expect(family(ds, 'force', '2025-01-16').figure?.valueText).toBe('12,000 soldiers in place');
    // Families come in the vocabulary's order.
    expect(currentPicture(ds, 'valley', '2025-01-16').families.map((f) => f.id)).toEqual([
      'force',
      'losses',
    ]);
  });

  it('marks a figure older than the threshold as old, with no other estimate in the window', () => {
    const ds = dataset([
      claim('losses', 1000, '2024-06-01', 'paper'),
      claim('losses', 1500, '2024-07-01', 'rival'),
    ]);
    const losses = family(ds, 'losses', '2025-01-01');
    expect(losses.figure?.valueText).toBe('1,500 losses');
    expect(losses.figure?.old).toBe(true);
    expect(losses.figure?.ageText).toBe('184 days old, older than 60 days');
    expect(losses.others.count).toBe(0);
    expect(losses.others.text).toBe('no other estimate in the 90 days to 1 Jan 2025');
    // 60 days exactly is not old yet; 61 is.
    expect(family(ds, 'losses', '2024-08-30').figure?.old).toBe(false);
    expect(family(ds, 'losses', '2024-08-31').figure?.old).toBe(true);
  });
});

describe('currentPicture: other estimates and parts', () => {
  it('counts the other estimates of the window, their sources, range and parties', () => {
    const ds = dataset([
      claim('losses', 2000, '2024-12-01', 'rival'), // outside the 90 days to 30 Apr
      claim('losses', 3800, '2025-02-01', 'army'),
      claim('losses', 4000, '2025-03-01', 'army', { qualifier: 'about' }),
      claim('losses', 4200, '2025-04-01', 'rival'),
      claim('losses', 4500, '2025-04-26', 'paper', { qualifier: 'more than' }),
      claim('losses', 4700, '2025-04-30', 'agency'),
    ]);
    const { others, figure } = family(ds, 'losses', '2025-04-30');
    expect(figure?.valueText).toBe('4,700 losses');
    expect(others.count).toBe(4);
    expect(others.sourceCount).toBe(3);
    expect(others.partyCount).toBe(2);
    expect([others.low, others.high, others.highOpen]).toEqual([3800, 4500, true]);
    expect(others.text).toBe(
      '4 other estimates in the 90 days to 30 Apr 2025 from 3 sources: 3,800 to more than 4,500 (2 from parties to the war)',
    );
  });

  it('keeps a range as printed and a "more than" open at the top', () => {
    const ds = dataset([
      claim('soldiers-in-place', 10000, '2025-03-01', 'paper', { high: 12000, qualifier: 'to' }),
      claim('soldiers-in-place', 11000, '2025-03-02', 'rival', { qualifier: 'more than' }),
      claim('soldiers-in-place', 11000, '2025-03-03', 'agency', { qualifier: 'about' }),
    ]);
    const force = family(ds, 'force', '2025-03-03');
    expect(force.figure?.shortValue).toBe('about 11,000');
    expect(force.others.text).toContain(': 10,000–12,000 to 12,000');
    expect(force.others.highOpen).toBe(false);
    const open = family(ds, 'force', '2025-03-02');
    expect(open.figure?.valueText).toBe('more than 11,000 soldiers in place');
    expect(open.others.text).toContain('1 other estimate');
  });

  it('shows parts alone when no total came with them, never their derived sum as headline', () => {
    const ds = dataset([
      claim('dead', 100, '2024-12-19', 'agency', { qualifier: 'at least', precision: 'before' }),
      claim('hurt', 1000, '2024-12-19', 'agency', { qualifier: 'about', precision: 'before' }),
    ]);
    const losses = family(ds, 'losses', '2024-12-20');
    expect(losses.figure?.valueText).toBe('at least 100 dead, about 1,000 hurt');
    expect(losses.figure?.dateText).toBe('before 19 Dec 2024');
    expect(losses.figure?.ageText).toBe('at least 1 day old');
    expect(losses.others.count).toBe(0);
    expect(losses.text).not.toContain('1,100');
  });

  it('counts a source’s parts as one derived estimate and compares with it', () => {
    const ds = dataset([
      claim('dead', 300, '2025-01-13', 'agency'),
      claim('hurt', 2700, '2025-01-13', 'agency'),
      claim('losses', 3800, '2025-01-10', 'army'),
      claim('losses', 4700, '2025-03-30', 'agency', { qualifier: 'estimated' }),
      claim('dead', 600, '2025-03-30', 'agency'),
    ]);
    const january = family(ds, 'losses', '2025-01-20');
    // The parts are newer than the army's total: they are the headline, as reported.
    expect(january.figure?.valueText).toBe('300 dead, 2,700 hurt');
    expect(january.others.count).toBe(1);
    expect(january.others.text).toContain(': 3,800 (1 from a party to the war)');
    const march = family(ds, 'losses', '2025-03-30');
    expect(march.figure?.valueText).toBe('estimated 4,700 losses, incl. 600 dead');
    expect(march.others.count).toBe(2);
    expect(march.others.derivedCount).toBe(1);
    expect(march.others.text).toContain(': 3,000 to 3,800 (1 from a party to the war; 1 derived');
    expect(march.change?.text).toBe(
      'Agency: 3,000 on 13 Jan 2025 (sum of parts) → estimated 4,700',
    );
    expect(march.change?.beforeDerived).toBe(true);
  });

  it('labels the map with one short line per family that has a figure, with its month, and whose area a wider figure is', () => {
    const ds = dataset([
      claim('soldiers-in-place', 12000, '2025-02-27', 'paper', { qualifier: 'as many as' }),
      claim('losses', 4700, '2025-04-30', 'agency', { area: 'land', qualifier: 'estimated' }),
    ]);
    expect(pictureLabel(currentPicture(ds, 'valley', '2025-04-30'))).toBe(
      'as many as 12,000 force · Feb 2025\nestimated 4,700 losses (all The Land) · Apr 2025',
    );
    expect(pictureLabel(currentPicture(ds, 'valley', '2025-01-01'))).toBeNull();
  });

  it('shows no family without a vocabulary that declares them', () => {
    const ds = dataset([claim('losses', 1, '2025-01-01', 'agency')]);
    const bare = {
      ...ds,
      vocabulary: { ...ds.vocabulary, headline: { ...ds.vocabulary.headline, families: [] } },
    };
    expect(currentPicture(bare, 'valley', '2025-01-01').families).toEqual([]);
  });
});

describe('currentPicture: vague amounts', () => {
  const thousands = { high: 9000, qualifier: 'thousands' };

  it('keeps a specific figure ahead of a vague amount reported within 60 days after it', () => {
    const ds = dataset([
      claim('soldiers-in-place', 11000, '2025-03-01', 'agency', { qualifier: 'about' }),
      claim('soldiers-in-place', 2000, '2025-04-30', 'paper', thousands), // 60 days after
    ]);
    const force = family(ds, 'force', '2025-05-01');
    expect(force.figure?.valueText).toBe('about 11,000 soldiers in place');
    // The vague amount is still one of the other estimates, as printed with its range.
    expect(force.others.count).toBe(1);
    expect(force.others.text).toContain(': thousands (2,000–9,000)');
    // The choice does not flip as the as-of date moves on: the specific figure grows old.
    const later = family(ds, 'force', '2025-07-01');
    expect(later.figure?.valueText).toBe('about 11,000 soldiers in place');
    expect(later.figure?.old).toBe(true);
  });

  it('lets a vague amount lead when no specific figure came in the 60 days before it', () => {
    const ds = dataset([
      claim('soldiers-in-place', 11000, '2025-03-01', 'agency'),
      claim('soldiers-in-place', 2000, '2025-05-01', 'paper', thousands), // 61 days after
    ]);
    const force = family(ds, 'force', '2025-05-01');
    expect(force.figure?.valueText).toBe('thousands (2,000–9,000) soldiers in place');
    expect(force.others.text).toContain(': 11,000');
    // Alone, a vague amount is the headline; a later specific figure displaces it.
    const alone = dataset([
      claim('soldiers-in-place', 300, '2025-03-01', 'paper', {
        high: 900,
        qualifier: 'several hundred',
      }),
    ]);
    expect(family(alone, 'force', '2025-03-01').figure?.shortValue).toBe(
      'several hundred (300–900)',
    );
    const after = dataset([
      claim('soldiers-in-place', 2000, '2025-03-01', 'paper', thousands),
      claim('soldiers-in-place', 4000, '2025-03-02', 'rival'),
    ]);
    expect(family(after, 'force', '2025-03-02').figure?.valueText).toBe('4,000 soldiers in place');
  });

  it('prefers the specific figure on the same day, and of the area over a wider vague one', () => {
    const day = '2025-03-01';
    const sameDay = dataset([
      claim('losses', 2000, day, 'agency', { ...thousands, grade: 'A1' }),
      claim('losses', 4500, day, 'army', { grade: 'C3', qualifier: 'more than' }),
    ]);
    expect(family(sameDay, 'losses', day).figure?.shortValue).toBe('more than 4,500');
    const wider = dataset([
      claim('losses', 4700, '2025-02-01', 'agency'),
      claim('losses', 2000, day, 'paper', { ...thousands, area: 'land' }),
    ]);
    expect(family(wider, 'losses', day).figure?.valueText).toBe('4,700 losses');
  });

  it('treats parts alone as vague only when every part is', () => {
    const ds = dataset([
      claim('losses', 3000, '2025-01-10', 'agency'),
      claim('dead', 200, '2025-02-01', 'paper', { high: 900, qualifier: 'hundreds' }),
      claim('hurt', 2000, '2025-02-01', 'paper', thousands),
      claim('dead', 300, '2025-02-05', 'rival', { high: 900, qualifier: 'several hundred' }),
      claim('hurt', 2700, '2025-02-05', 'rival'),
    ]);
    expect(family(ds, 'losses', '2025-02-01').figure?.valueText).toBe('3,000 losses');
    expect(family(ds, 'losses', '2025-02-05').figure?.valueText).toBe(
      'several hundred (300–900) dead, 2,700 hurt',
    );
  });
});

describe('currentPicture: the age of a figure said "before" a date', () => {
  it('says a figure in a report of the as-of date may be older, not "at least 0 days old"', () => {
    const ds = dataset([
      claim('losses', 100, '2025-03-01', 'agency', { precision: 'before' }),
      claim('soldiers-in-place', 500, '2025-03-01', 'agency'),
    ]);
    const losses = family(ds, 'losses', '2025-03-01');
    expect(losses.figure?.ageDays).toBe(0);
    expect(losses.figure?.ageText).toBe('in a report of the as-of date, may be older');
    expect(losses.text).not.toContain('at least 0 days');
    expect(family(ds, 'losses', '2025-03-03').figure?.ageText).toBe('at least 2 days old');
    expect(family(ds, 'force', '2025-03-01').figure?.ageText).toBe('reported on the as-of date');
  });
});

describe('currentPicture: the time a figure is about', () => {
  const in2024 = { start: '2024-01-01', end: '2024-12-31', precision: 'period' } as const;
  /** "More than 10,000" said before 2 Sept 2025, in a report of that day, of 2024. */
  const countOf2024 = (source: string) =>
    claim('soldiers-in-place', 10000, '2025-09-02', source, {
      qualifier: 'more than',
      precision: 'before',
      refersTo: in2024,
    });

  it('does not let a later report about an earlier time displace a newer figure', () => {
    const ds = dataset([
      claim('soldiers-in-place', 3000, '2024-10-23', 'agency', { qualifier: 'over' }),
      claim('soldiers-in-place', 15000, '2025-04-30', 'agency', { precision: 'before' }),
      // Reported in September 2025, but a count of 2024.
      countOf2024('rival'),
    ]);
    const force = family(ds, 'force', '2025-10-24');
    expect(force.figure?.valueText).toBe('15,000 soldiers in place');
    expect(force.figure?.dateText).toBe('before 30 Apr 2025');
    expect(force.figure?.aboutOn).toBe('2025-04-30');
    expect(force.figure?.ageText).toBe('at least 177 days old, older than 60 days');
    // The later report of 2024 still counts among the other estimates of the window.
    expect(force.others.count).toBe(1);
    expect(force.others.text).toContain(': more than 10,000');
    expect(force.change?.text).toBe('Agency: over 3,000 on 23 Oct 2024 → 15,000');
    expect(pictureLabel(currentPicture(ds, 'valley', '2025-10-24'))).toBe(
      '15,000 force · Apr 2025',
    );
  });

  it('keeps the specific figure about the latest time ahead of a vague amount reported soon after a specific one', () => {
    const ds = dataset([
      claim('soldiers-in-place', 15000, '2025-04-30', 'agency', { precision: 'before' }),
      countOf2024('rival'),
      // 52 days after the report of 2 Sept: a specific figure came in the 60 days before it.
      claim('soldiers-in-place', 2000, '2025-10-24', 'paper', {
        high: 9000,
        qualifier: 'thousands',
      }),
    ]);
    const force = family(ds, 'force', '2025-10-24');
    expect(force.figure?.valueText).toBe('15,000 soldiers in place');
    expect(force.others.count).toBe(2);
    // With no specific figure reported in the 60 days before it, the vague amount leads.
    const later = dataset([ds.claims[0] as Claim, ds.claims[2] as Claim]);
    expect(family(later, 'force', '2025-10-24').figure?.shortValue).toBe('thousands (2,000–9,000)');
  });

  it('compares with the same source’s figure about an earlier time, even when reported later', () => {
    const ds = dataset([
      claim('soldiers-in-place', 15000, '2025-04-30', 'agency', { precision: 'before' }),
      countOf2024('agency'),
    ]);
    const force = family(ds, 'force', '2025-10-24');
    expect(force.figure?.valueText).toBe('15,000 soldiers in place');
    expect(force.change?.text).toBe(
      'Agency: more than 10,000 in 2024 (reported 2 Sept 2025) → 15,000',
    );
    // Before the later report is known, there is nothing to compare with.
    expect(family(ds, 'force', '2025-09-01').change).toBeNull();
  });

  it('dates a figure by the time it is about, with the date it was reported beside it', () => {
    const ds = dataset([countOf2024('rival')]);
    const force = family(ds, 'force', '2025-10-24');
    expect(force.figure?.valueText).toBe('more than 10,000 soldiers in place');
    expect(force.figure?.dateText).toBe('in 2024 (reported 2 Sept 2025)');
    expect(force.figure?.aboutOn).toBe('2024-12-31');
    expect(force.figure?.reportedOn).toBe('2025-09-02');
    // Its age is that of the knowledge: from the end of 2024, not from the report.
    expect(force.figure?.ageDays).toBe(297);
    expect(force.figure?.old).toBe(true);
    expect(force.text).toContain('in 2024, reported 2 Sept 2025 by Rival');
    expect(pictureLabel(currentPicture(ds, 'valley', '2025-10-24'))).toBe(
      'more than 10,000 force · 2024',
    );
  });

  it('takes a later report about a later time, and a month or a span as the time it is about', () => {
    const ds = dataset([
      claim('losses', 4000, '2025-01-23', 'paper', {
        precision: 'before',
        refersTo: { start: '2025-01-11', end: '2025-01-20', precision: 'period' },
      }),
      claim('losses', 3800, '2025-01-21', 'army'),
      claim('losses', 2000, '2025-02-10', 'rival', {
        refersTo: { start: '2024-12-01', end: '2024-12-31', precision: 'month' },
      }),
    ]);
    // 4,000 of mid-January (reported 23 Jan) is about a time before the 3,800 of 21 Jan.
    const losses = family(ds, 'losses', '2025-02-10');
    expect(losses.figure?.valueText).toBe('3,800 losses');
    expect(losses.others.count).toBe(2);
    const january = dataset([ds.claims[0] as Claim]);
    expect(family(january, 'losses', '2025-02-10').figure?.dateText).toBe(
      '11–20 Jan 2025 (reported 23 Jan 2025)',
    );
    const december = dataset([ds.claims[2] as Claim]);
    expect(family(december, 'losses', '2025-02-10').figure?.dateText).toBe(
      'in December 2024 (reported 10 Feb 2025)',
    );
    expect(pictureLabel(currentPicture(december, 'valley', '2025-02-10'))).toBe(
      '2,000 losses · Dec 2024',
    );
  });
});

describe('currentPicture on the shipped data (issue 21 acceptance)', () => {
  const ds = loadDataset();
  const kursk = (asOf: string, id: string) => family(ds, id, asOf, 'kursk');

  it('shows Kursk an April 2025 casualty figure as of 30 April 2025, and a troop figure', () => {
    const casualties = kursk('2025-04-30', 'casualties');
    expect(casualties.figure?.dateText).toMatch(/Apr 2025$/);
    expect(casualties.figure?.valueText).toMatch(/4,700|4,500/);
    // The NIS's 15,000 sent in two deployments, reported that day (KBS).
    expect(kursk('2025-04-30', 'troops').figure?.valueText).toMatch(/15,000 troops/);
  });

  it('leads Kursk with the specific troop figure about the latest time on the last date, not AFP’s "thousands"', () => {
    // AFP's "thousands" sent (24 Oct 2025) came 52 days after the "more than 10,000" of
    // South Korean and Western intelligence (reported 2 Sept 2025): a specific figure came in
    // the 60 days before it, so the specific figure about the latest time leads. That is the
    // UK's count in Kursk of June 2025, not the count of 2024 reported in September.
    const troops = kursk('2025-10-24', 'troops');
    expect(troops.figure?.valueText).toBe('approximately 11,000 troops present');
    expect(troops.figure?.sources).toEqual(['UK MoD']);
    expect(troops.figure?.dateText).toBe('before 26 Jun 2025');
    expect(troops.others.text).toContain('thousands (2,000–9,000)');
    expect(troops.others.text).toContain('more than 10,000');
  });

  it('heads Russia with the NIS’s 15,000 sent as of 24 Oct 2025, not a later report about 2024', () => {
    const troops = family(ds, 'troops', '2025-10-24', 'russia');
    expect(troops.figure?.valueText).toBe('15,000 troops sent so far');
    expect(troops.figure?.sources).toEqual(['NIS']);
    expect(troops.figure?.dateText).toBe('before 30 Apr 2025');
    expect(troops.figure?.old).toBe(true);
    // The "more than 10,000" of 2024, reported 2 Sept 2025, is one of the other estimates.
    expect(troops.others.text).toContain('more than 10,000');
  });

  it('shows a January casualty figure as of 20 January 2025', () => {
    expect(kursk('2025-01-20', 'casualties').figure?.dateText).toMatch(/Jan 2025$/);
  });

  it('shows at least 100 killed and about 1,000 wounded as of 20 December 2024', () => {
    const text = kursk('2024-12-20', 'casualties').figure?.valueText ?? '';
    expect(text).toContain('at least 100 killed');
    expect(text).toContain('about 1,000 wounded');
  });
});

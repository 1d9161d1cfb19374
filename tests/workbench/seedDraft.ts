/** A workbench draft of the seed report, made the way the workbench makes it: by selections. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { draftsFromSelection, type Draft, type DraftClaim } from '../../src/workbench/draft';
import { OUTLET_TOKEN } from '../../src/workbench/export';
import { loadPublished } from '../../src/workbench/published';

export const SEED_TEXT = readFileSync(
  resolve(__dirname, '../../../shared/seeds/000_5dfc4162d6534f21.txt'),
  'utf8',
).trim();

const FILLS: [string, number, Partial<DraftClaim>][] = [
  ['12,000', 0, { area: 'russia', source: ['ua-gov', 'us-gov'] }],
  ['more than 1,000', 1, { area: 'russia', source: ['kr-military-sources'] }],
  ['about 4,000', 0, { area: 'russia', source: ['ua-gov'] }],
  ['20,000 to 25,000', 0, { area: 'russia', source: ['ua-zelenskyy'] }],
  ['about 92 casualties a day', 0, { area: 'russia' }],
  ['up to half', 0, { area: 'kursk' }],
];

/** Selects each phrase, drafts its claim, fills what is not suggested. */
export function seedDraft(): Draft {
  const published = loadPublished();
  const context = { areaEntries: published.areaEntries, sources: published.knownSources };
  const claims = FILLS.flatMap(([words, nth, fill]) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = SEED_TEXT.indexOf(words, at + 1);
    const drafted = draftsFromSelection(
      SEED_TEXT,
      at,
      at + words.length,
      '2025-02-27',
      context,
      OUTLET_TOKEN,
    );
    return drafted.map((claim) => ({
      ...claim,
      ...fill,
      note: 'Our own words about this figure.',
      gradeSource: 'B',
      gradeInfo: '3',
      gradeReason: 'A reason in our words.',
    }));
  });
  return {
    id: 'seed',
    text: SEED_TEXT,
    fileName: '000_5dfc4162d6534f21.txt',
    meta: {
      title: 'North Korea sending more troops to Russia, South confirms',
      outlet: 'Unnamed English-language outlet',
      published: '2025-02-27',
      dateline: 'Taipei, Taiwan',
      url: '',
      language: 'en',
      editor: 'Mike Firn',
      slug: 'workbench-seed',
    },
    claims,
    sources: [],
    updatedAt: '2025-02-27T00:00:00.000Z',
  };
}

/**
 * A second reading of the ninth to twenty-ninth held-out sets (issue 22): the same selections,
 * read by a second person who saw neither the first reading (heldOut9.ts … heldOut29.ts) nor
 * the parser, following the conventions of heldOut8.ts. Keyed by set and row ("9-3" is the
 * fourth row of the ninth set). Each figure: value, qualifier as printed, unit and measure;
 * `null` where no measure fits or the words do not decide it (the reason kept in a comment).
 * Scored against the first reading as the parser is (heldOutScore.ts `agreement`).
 */
import type { ExpectedFigure } from './phrases';

export const SECOND_READING: Record<string, ExpectedFigure[]> = {
  '9-0': [],
  '9-1': [
    { low: 600, high: 600, qualifier: 'at least', unit: 'people', measure: 'killed' },
    { low: 4100, high: 4100, qualifier: 'more than', unit: 'people', measure: 'wounded' },
  ],
  '9-2': [
    { low: 15000, high: 15000, qualifier: 'some', unit: 'troops', measure: 'troops-sent' },
    { low: 600, high: 600, qualifier: 'about', unit: 'people', measure: 'killed' },
    { low: 4100, high: 4100, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '9-3': [
    // "about half of the 4,100 wounded" sent back; value is half of the printed 4,100
    { low: 2050, high: 2050, qualifier: 'about', unit: 'people', measure: 'wounded-repatriated' },
    { low: 4100, high: 4100, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '9-4': [],
  '9-5': [],
  '9-6': [{ low: 3000, high: 3000, qualifier: 'exceeded', unit: 'people', measure: 'casualties' }],
  '9-7': [{ low: 300, high: 300, qualifier: 'some', unit: 'people', measure: 'killed' }],
  '9-8': [
    { low: 300, high: 300, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 2700, high: 2700, qualifier: 'approximately', unit: 'people', measure: 'wounded' },
  ],
  '9-9': [{ low: 3000, high: 3000, qualifier: 'exceeded', unit: 'people', measure: 'casualties' }],
  '9-10': [],
  '9-11': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '9-12': [],
  '9-13': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '9-14': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '9-15': [],
  '9-16': [
    { low: 100, high: 100, qualifier: 'at least', unit: 'people', measure: 'killed' },
    { low: 1000, high: 1000, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '9-17': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '9-18': [],
  '9-19': [
    { low: 300, high: 900, qualifier: 'several hundred', unit: 'people', measure: 'casualties' },
  ],
  '9-20': [
    { low: 8000, high: 8000, qualifier: 'nearly', unit: 'troops', measure: 'troops-present' },
  ],
  '9-21': [],
  '9-22': [],
  '9-23': [
    { low: 4000, high: 4000, qualifier: 'about', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '9-24': [{ low: 30, high: 30, qualifier: '', unit: '%', measure: 'share-of-force-lost' }],
  '9-25': [],
  '9-26': [],
  '9-27': [],
  '9-28': [
    // "participation ... in the fighting for several months": whether those sent over the months or those there now is not told
    { low: 3000, high: 9000, qualifier: 'several thousand', unit: 'troops', measure: null },
  ],
  '9-29': [],
  '9-30': [
    // sappers and construction workers together; no one measure
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: null },
  ],
  '9-31': [],
  '9-32': [
    // personnel of both kinds (sappers and construction workers) together; no one measure
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: null },
  ],
  '9-33': [
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
  ],
  '9-34': [
    // "military workers" = construction workers and deminers together (see subhead); no one measure
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: null },
  ],
  '9-35': [
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
  ],
  '9-36': [
    // construction and demining specialists together; no one measure
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: null },
  ],
  '9-37': [
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
  ],
  '9-38': [
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
  ],
  '9-39': [],
  '9-40': [
    { low: 15000, high: 15000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '9-41': [
    { low: 600, high: 600, qualifier: 'some', unit: 'people', measure: 'killed' },
    { low: 4000, high: 4000, qualifier: 'more than', unit: 'troops', measure: 'wounded' },
  ],
  '9-42': [],
  '9-43': [],
  '9-44': [],
  '9-45': [
    // the selection stops before the verb: sent, present or lost not told
    { low: 14000, high: 14000, qualifier: 'more than', unit: 'troops', measure: null },
  ],
  '9-46': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '9-47': [],
  '9-48': [],
  '9-49': [],
  '9-50': [],
  '9-51': [
    { low: 4000, high: 4000, qualifier: 'about', unit: 'people', measure: 'killed-or-wounded' },
    { low: 1200, high: 1200, qualifier: 'around', unit: 'people', measure: 'casualties' },
  ],
  '9-52': [],
  '9-53': [],
  '9-54': [
    // a second batch on top of an earlier one of "about the same number" (that implied ~1,500 not entered as a figure)
    { low: 1500, high: 1500, qualifier: 'around', unit: 'troops', measure: 'troops-additional' },
  ],
  '9-55': [
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '9-56': [
    { low: 3000, high: 3000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '9-57': [],
  '9-58': [],
  '9-59': [
    // "an injection of 10,000" as claimed by intelligence; read as sent, though the article weighs what it would mean
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
  ],
  '9-60': [
    // rhetorical appeal about Russian soldiers who "will never return home"; not a count of this war's losses
    {
      low: 200000,
      high: 900000,
      qualifier: 'hundreds of thousands',
      unit: 'people',
      measure: null,
    },
  ],
  '9-61': [],
  '9-62': [
    { low: 12000, high: 12000, qualifier: 'nearly', unit: 'troops', measure: 'troops-sent' },
    // officers within the force; no measure
    { low: 500, high: 500, qualifier: '', unit: 'troops', measure: null },
    // generals within the force; no measure
    { low: 3, high: 3, qualifier: '', unit: 'troops', measure: null },
  ],
  '9-63': [],
  '9-64': [],
  '9-65': [],
  '9-66': [],
  '9-67': [
    // soldiers detained for abandoning positions (deserters); no measure
    { low: 18, high: 18, qualifier: '', unit: 'people', measure: null },
  ],
  '9-68': [],
  '9-69': [
    {
      low: 2000000,
      high: 9000000,
      qualifier: 'millions',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '9-70': [
    {
      low: 2000000,
      high: 9000000,
      qualifier: 'millions',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '9-71': [],
  '9-72': [],
  '9-73': [],
  '9-74': [
    {
      low: 2000000,
      high: 9000000,
      qualifier: 'millions',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
    // containers of the shipments; no measure
    { low: 16000, high: 16000, qualifier: 'some', unit: 'containers', measure: null },
    // share of the supplies that were key weapons; no measure
    { low: 75, high: 75, qualifier: 'more than', unit: '%', measure: null },
  ],
  '9-75': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '9-76': [],
  '9-77': [
    { low: 14000, high: 14000, qualifier: 'estimated', unit: 'troops', measure: 'troops-sent' },
  ],
  '10-0': [
    // being readied in Russia (body: "trained in eastern Russia"); the headline alone does not say where
    { low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-present' },
  ],
  '10-1': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-present' }],
  '10-2': [
    // a first detachment to go to Kursk on a later date; not a total sent or projected
    { low: 2600, high: 2600, qualifier: '', unit: 'troops', measure: null },
  ],
  '10-3': [
    { low: 11000, high: 11000, qualifier: 'about', unit: 'troops', measure: 'troops-present' },
  ],
  '10-4': [],
  '10-5': [
    // a first detachment to go to Kursk; not a total sent or projected
    { low: 2600, high: 2600, qualifier: '', unit: 'troops', measure: null },
  ],
  '10-6': [],
  '10-7': [
    // which group the personnel are is not told in the selection
    { low: 3000, high: 3000, qualifier: 'up to', unit: 'people', measure: null },
  ],
  '10-8': [
    // soldiers who escaped their positions (deserters); no measure
    { low: 18, high: 18, qualifier: '', unit: 'people', measure: null },
  ],
  '10-9': [],
  '10-10': [],
  '10-11': [],
  '10-12': [
    // two brigades being trained in Russia
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: 'troops-present' },
  ],
  '10-13': [],
  '10-14': [],
  '10-15': [],
  '10-16': [
    // officers within the force; no measure
    { low: 500, high: 500, qualifier: 'at least', unit: 'troops', measure: null },
    // generals within the force; no measure
    { low: 3, high: 3, qualifier: '', unit: 'troops', measure: null },
  ],
  '10-17': [
    // planned deployment to Kursk by end of October; a part, not a projected total sent
    { low: 2600, high: 2600, qualifier: '', unit: 'troops', measure: null },
  ],
  '10-18': [
    // an annual rate of shell deliveries, not a total supplied
    { low: 2800000, high: 2800000, qualifier: '', unit: 'munitions', measure: null },
    // the gap to Russia's own production; no measure
    { low: 100000, high: 100000, qualifier: '', unit: 'munitions', measure: null },
  ],
  '10-19': [
    // one delivery of missiles and launchers, not the total supplied
    { low: 3, high: 9, qualifier: 'several', unit: 'munitions', measure: null },
  ],
  '10-20': [],
  '10-21': [
    {
      low: 600000,
      high: 600000,
      qualifier: 'more than',
      unit: 'people',
      measure: 'ru-killed-or-wounded',
    },
  ],
  '10-22': [],
  '10-23': [
    // "is training 10,000": where they are, and whether sent, is not told
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: null },
  ],
  '10-24': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
  ],
  '10-25': [],
  '10-26': [],
  '10-27': [],
  '10-28': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '10-29': [],
  '10-30': [{ low: 500, high: 500, qualifier: 'around', unit: 'people', measure: 'killed' }],
  '10-31': [
    {
      low: 10900,
      high: 10900,
      qualifier: 'approximately',
      unit: 'troops',
      measure: 'troops-sent-expected',
    },
  ],
  '10-32': [],
  '10-33': [],
  '10-34': [{ low: 500, high: 500, qualifier: '', unit: 'people', measure: 'killed' }],
  '10-35': [],
  '10-36': [],
  '10-37': [{ low: 500, high: 500, qualifier: '', unit: 'people', measure: 'killed' }],
  '10-38': [
    // three North Koreans injured in one strike (the one Russian general is one person, left out)
    { low: 3, high: 3, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '10-39': [],
  '10-40': [
    { low: 10000, high: 10000, qualifier: 'some', unit: 'troops', measure: 'troops-present' },
  ],
  '10-41': [],
  '10-42': [],
  '10-43': [
    { low: 30, high: 30, qualifier: 'at least', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '10-44': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
  ],
  '10-45': [
    // killed and wounded "in the last week alone": a week's losses, not the total; no weekly measure
    { low: 1000, high: 1000, qualifier: '', unit: 'people', measure: null },
  ],
  '10-46': [],
  '10-47': [{ low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'casualties' }],
  '10-48': [],
  '10-49': [{ low: 1000, high: 1000, qualifier: '', unit: 'people', measure: 'killed-or-wounded' }],
  '10-50': [
    { low: 12000, high: 12000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '10-51': [],
  '10-52': [{ low: 1000, high: 1000, qualifier: 'over', unit: 'people', measure: 'casualties' }],
  '10-53': [],
  '10-54': [
    { low: 76000, high: 76000, qualifier: 'over', unit: 'people', measure: 'ua-killed-or-wounded' },
  ],
  '10-55': [
    // ground "they" hold after retaking Kursk (beyond it); not Ukraine's ground in Kursk
    { low: 90, high: 90, qualifier: 'more than', unit: 'km2', measure: null },
  ],
  '10-56': [],
  '10-57': [],
  '10-58': [
    { low: 12000, high: 12000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '10-59': [
    { low: 1000, high: 1000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '10-60': [{ low: 100, high: 100, qualifier: 'at least', unit: 'people', measure: 'killed' }],
  '10-61': [{ low: 1100, high: 1100, qualifier: 'around', unit: 'people', measure: 'casualties' }],
  '10-62': [],
  '10-63': [],
  '10-64': [],
  '10-65': [
    // the selection alone does not say what the dozens are (losses, of what kind)
    { low: 24, high: 108, qualifier: 'dozens', unit: 'people', measure: null },
    // as before: what they count is not told in the selection
    { low: 36, high: 108, qualifier: 'several dozens', unit: 'people', measure: null },
  ],
  '10-66': [
    { low: 30, high: 30, qualifier: 'at least', unit: 'people', measure: 'killed-or-wounded' },
    // missing; no measure
    { low: 3, high: 3, qualifier: 'at least', unit: 'people', measure: null },
  ],
  '10-67': [],
  '10-68': [],
  '10-69': [
    { low: 50, high: 50, qualifier: 'roughly', unit: '%', measure: 'share-of-force-lost' },
    { low: 11000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
  ],
  '10-70': [
    { low: 300, high: 300, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 2700, high: 2700, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '10-71': [],
  '10-72': [],
  '11-0': [{ low: 2000, high: 2000, qualifier: 'roughly', unit: 'people', measure: 'killed' }],
  '11-1': [
    // 'plans to send an additional' — planned, not yet sent
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: 'troops-possible-further' },
  ],
  '11-2': [{ low: 1000, high: 1000, qualifier: 'around', unit: 'troops', measure: 'sappers' }],
  '11-3': [
    // North Korea's own claim of casualties (not deaths, so not killed-acknowledged); 'only' is emphasis, not an approximator
    { low: 350, high: 350, qualifier: '', unit: 'people', measure: 'casualties' },
  ],
  '11-4': [{ low: 600, high: 600, qualifier: 'around', unit: 'people', measure: 'killed' }],
  '11-5': [],
  '11-6': [],
  '11-7': [
    // construction personnel and deminers counted together (5,000 + 1,000); neither construction-workers nor sappers alone
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: null },
  ],
  '11-8': [],
  '11-9': [
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
  ],
  '11-10': [
    // civilian labourers under industrial cooperation programmes, not military construction workers; no measure
    { low: 15000, high: 15000, qualifier: 'approximately', unit: 'people', measure: null },
    { low: 4700, high: 4700, qualifier: 'about', unit: 'people', measure: 'casualties' },
    { low: 600, high: 600, qualifier: 'around', unit: 'people', measure: 'killed' },
  ],
  '11-11': [],
  '11-12': [],
  '11-13': [],
  '11-14': [
    // announced workers to rebuild Kursk (will send)
    {
      low: 2000,
      high: 9000,
      qualifier: 'thousands',
      unit: 'troops',
      measure: 'construction-workers',
    },
  ],
  '11-15': [],
  '11-16': [
    // 'have been stationed in the Kursk area' — those there
    { low: 11000, high: 11000, qualifier: 'about', unit: 'troops', measure: 'troops-present' },
  ],
  '11-17': [],
  '11-18': [],
  '11-19': [{ low: 3000, high: 3000, qualifier: 'over', unit: 'people', measure: 'casualties' }],
  '11-20': [
    // 'deployment of ... additional troops'; unsure whether done or only planned (could be troops-possible-further)
    {
      low: 20000,
      high: 20000,
      qualifier: 'more than',
      unit: 'troops',
      measure: 'troops-additional',
    },
  ],
  '11-21': [{ low: 100, high: 100, qualifier: '', unit: 'people', measure: 'killed' }],
  '11-22': [{ low: 100, high: 100, qualifier: 'over', unit: 'people', measure: 'killed' }],
  '11-23': [
    // claim about one engagement shown in a video, not a running total of killed
    { low: 50, high: 50, qualifier: '', unit: 'people', measure: null },
  ],
  '11-24': [
    // North Korea's force in Russia, of which a portion went to Kursk
    { low: 11000, high: 11000, qualifier: 'roughly', unit: 'troops', measure: 'troops-present' },
    { low: 100, high: 100, qualifier: 'at least', unit: 'people', measure: 'killed' },
    { low: 1000, high: 1000, qualifier: 'roughly', unit: 'people', measure: 'wounded' },
  ],
  '11-25': [],
  '11-26': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '11-27': [],
  '11-28': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '11-29': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '11-30': [
    { low: 3000, high: 3000, qualifier: 'some', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '11-31': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '11-32': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '11-33': [],
  '11-34': [
    { low: 3000, high: 3000, qualifier: 'some', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '11-35': [],
  '11-36': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '11-37': [],
  '11-38': [],
  '11-39': [],
  '11-40': [],
  '11-41': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
    { low: 2000, high: 2000, qualifier: 'about', unit: 'people', measure: 'killed' },
  ],
  '11-42': [
    { low: 10000, high: 10000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
  ],
  '11-43': [
    { low: 10000, high: 10000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '11-44': [],
  '11-45': [
    // 'estimate of 10,000 troops' — sent or present not told in this row
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: null },
    // undergoing training at sites in Russia — those there
    { low: 3000, high: 3000, qualifier: 'at least', unit: 'troops', measure: 'troops-present' },
  ],
  '11-46': [],
  '11-47': [
    // currently stationed in Russia
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-present' },
  ],
  '11-48': [
    { low: 10000, high: 10000, qualifier: 'around', unit: 'troops', measure: 'troops-present' },
  ],
  '11-49': [{ low: 50000, high: 50000, qualifier: '', unit: 'troops', measure: 'combined-force' }],
  '11-50': [],
  '11-51': [
    { low: 11000, high: 11000, qualifier: 'as many as', unit: 'troops', measure: 'troops-sent' },
  ],
  '11-52': [
    // 'dispatched' count; could also be read as those now in Russia
    { low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
  ],
  '11-53': [
    // a part of the force moved toward combat zones inside Russia; no measure counts it
    { low: 3000, high: 3000, qualifier: 'more than', unit: 'troops', measure: null },
  ],
  '11-54': [],
  '11-55': [
    { low: 10000, high: 10000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
    // a regional count already in Kursk, said to be on top of the 10,000; not the whole force present, so neither troops-present nor troops-sent
    { low: 2000, high: 3000, qualifier: 'a couple', unit: 'troops', measure: null },
  ],
  '11-56': [
    // 'more ... expected to arrive' — arrivals (in Kursk, per the article) from troops already in Russia or new ones not told
    { low: 2000, high: 3000, qualifier: 'a couple of', unit: 'troops', measure: null },
  ],
  '11-57': [
    { low: 3000, high: 3000, qualifier: 'at least', unit: 'troops', measure: 'troops-sent' },
  ],
  '11-58': [
    { low: 10000, high: 10000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
  ],
  '11-59': [
    { low: 10000, high: 10000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '11-60': [
    // regional count already in Kursk, 'in addition to' the 10,000; not the whole force present
    { low: 2000, high: 3000, qualifier: 'a couple of', unit: 'troops', measure: null },
  ],
  '11-61': [
    // troops moving into Kursk ('almost there, or due to arrive'), part of the force already in Russia; no measure counts it
    { low: 2000, high: 3000, qualifier: 'a couple of', unit: 'troops', measure: null },
  ],
  '11-62': [],
  '11-63': [],
  '12-0': [],
  '12-1': [
    { low: 100, high: 100, qualifier: 'at least', unit: 'people', measure: 'killed' },
    { low: 1000, high: 1000, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '12-2': [
    { low: 300, high: 900, qualifier: 'several hundred', unit: 'people', measure: 'casualties' },
  ],
  '12-3': [],
  '12-4': [],
  '12-5': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '12-6': [
    // containers of munitions, not a count of shells or weapons; no measure counts containers
    { low: 10000, high: 10000, qualifier: 'more than', unit: null, measure: null },
  ],
  '12-7': [
    { low: 10900, high: 10900, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '12-8': [],
  '12-9': [],
  '12-10': [
    // "could grow to" a total of those stationed: a projection of the total, though no date and speculative
    { low: 100000, high: 100000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '12-11': [
    { low: 11000, high: 11000, qualifier: 'nearly', unit: 'troops', measure: 'troops-sent' },
  ],
  '12-12': [
    { low: 4000, high: 4000, qualifier: 'about', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '12-13': [],
  '12-14': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '12-15': [],
  '12-16': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '12-17': [],
  '12-18': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '12-19': [
    { low: 11000, high: 11000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '12-20': [
    { low: 300, high: 300, qualifier: 'approximately', unit: 'people', measure: 'killed' },
    { low: 2700, high: 2700, qualifier: 'around', unit: 'people', measure: 'wounded' },
  ],
  '12-21': [
    // Russia's own losses (lost troops: killed and wounded)
    { low: 38000, high: 38000, qualifier: 'over', unit: 'people', measure: 'ru-killed-or-wounded' },
  ],
  '12-22': [],
  '12-23': [
    // Russia's own losses; the 1,000 pieces of equipment are not tracked and left out
    { low: 38000, high: 38000, qualifier: 'over', unit: 'people', measure: 'ru-killed-or-wounded' },
  ],
  '12-24': [{ low: 700, high: 700, qualifier: 'over', unit: 'people', measure: 'ru-captured' }],
  '12-25': [],
  '12-26': [
    { low: 1300, high: 1300, qualifier: 'about', unit: 'km2', measure: 'kursk-ground-seized' },
  ],
  '12-27': [
    // "about half" of the captured territory lost, i.e. retaken by Russia
    { low: 50, high: 50, qualifier: 'about', unit: '%', measure: 'kursk-share-retaken' },
  ],
  '12-28': [
    {
      low: 12000,
      high: 12000,
      qualifier: 'approximately',
      unit: 'troops',
      measure: 'troops-present',
    },
  ],
  '12-29': [
    { low: 3000, high: 3000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '12-30': [],
  '12-31': [
    // "introduction" onto the battlefield read as deployed (sent)
    { low: 12000, high: 12000, qualifier: 'some', unit: 'troops', measure: 'troops-sent' },
  ],
  '12-32': [
    // "introduce ... onto the battlefield" read as deployed (sent)
    { low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
  ],
  '12-33': [
    { low: 1000, high: 1000, qualifier: 'more than', unit: 'people', measure: 'casualties' },
  ],
  '12-34': [
    { low: 300, high: 300, qualifier: 'at least', unit: 'people', measure: 'killed' },
    { low: 2700, high: 2700, qualifier: 'some', unit: 'people', measure: 'wounded' },
  ],
  '12-35': [
    {
      low: 600000,
      high: 600000,
      qualifier: 'over',
      unit: 'people',
      measure: 'ru-killed-or-wounded',
    },
  ],
  '12-36': [],
  '12-37': [],
  '12-38': [],
  '12-39': [],
  '12-40': [],
  '12-41': [],
  '12-42': [
    { low: 3000, high: 3000, qualifier: 'at least', unit: 'troops', measure: 'troops-additional' },
  ],
  '12-43': [
    { low: 3000, high: 3000, qualifier: 'at least', unit: 'troops', measure: 'troops-additional' },
  ],
  '12-44': [],
  '12-45': [],
  '12-46': [],
  '12-47': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '12-48': [
    { low: 3000, high: 3000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '12-49': [],
  '12-50': [
    { low: 3000, high: 3000, qualifier: 'some', unit: 'troops', measure: 'troops-sent' },
    {
      low: 10000,
      high: 10000,
      qualifier: 'around',
      unit: 'troops',
      measure: 'troops-sent-expected',
    },
  ],
  '12-51': [
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '12-52': [],
  '12-53': [
    // construction workers and deminers counted together: neither construction-workers nor sappers alone
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: null },
  ],
  '12-54': [
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
  ],
  '12-55': [],
  '12-56': [],
  '12-57': [
    // the first deployment, sent last fall
    { low: 10000, high: 12000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
    { low: 3000, high: 4000, qualifier: '', unit: 'troops', measure: 'troops-additional' },
  ],
  '12-58': [
    {
      low: 30000,
      high: 30000,
      qualifier: 'up to',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '12-59': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '12-60': [],
  '12-61': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '12-62': [
    { low: 4000, high: 4000, qualifier: 'around', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '13-0': [
    { low: 3000, high: 3000, qualifier: 'nearly', unit: 'troops', measure: 'troops-sent' },
    // "thousands more were expected to follow": a projection of further troops
    {
      low: 2000,
      high: 9000,
      qualifier: 'thousands',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '13-1': [
    // preparing to join, not yet there
    {
      low: 10000,
      high: 10000,
      qualifier: 'around',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '13-2': [],
  '13-3': [
    // promised total whose deployment was expected to be completed by December; could also be read as troops-possible-further
    {
      low: 10000,
      high: 10000,
      qualifier: 'about',
      unit: 'troops',
      measure: 'troops-sent-expected',
    },
  ],
  '13-4': [
    // size of each of two brigades; the total is not printed
    { low: 6000, high: 6000, qualifier: 'up to', unit: 'troops', measure: null },
  ],
  '13-5': [],
  '13-6': [
    { low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-additional' },
    {
      low: 10000,
      high: 10000,
      qualifier: 'around',
      unit: 'troops',
      measure: 'troops-sent-expected',
    },
  ],
  '13-7': [
    // "the number of North Korean troops in Russia"; a reader may take it as troops sent so far
    { low: 3000, high: 3000, qualifier: '', unit: 'troops', measure: 'troops-present' },
  ],
  '13-8': [
    { low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-additional' },
    { low: 3000, high: 3000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '13-9': [
    {
      low: 10000,
      high: 10000,
      qualifier: 'about',
      unit: 'troops',
      measure: 'troops-sent-expected',
    },
  ],
  '13-10': [],
  '13-11': [],
  '13-12': [],
  '13-13': [
    { low: 10000, high: 12000, qualifier: 'between', unit: 'troops', measure: 'troops-sent' },
  ],
  '13-14': [
    // troops Russia hopes to attract
    {
      low: 20000,
      high: 90000,
      qualifier: 'tens of thousands',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '13-15': [
    // a part of the force assigned to particular Russian units, not the whole count present or sent
    { low: 2000, high: 2000, qualifier: '', unit: 'troops', measure: null },
  ],
  '13-16': [
    { low: 100, high: 100, qualifier: 'over', unit: 'munitions', measure: 'munitions-supplied' },
    {
      low: 5000000,
      high: 5000000,
      qualifier: '',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '13-17': [],
  '13-18': [
    { low: 12000, high: 12000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
  ],
  '13-19': [
    { low: 300, high: 900, qualifier: 'several hundred', unit: 'people', measure: 'casualties' },
  ],
  '13-20': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
  ],
  '13-21': [
    { low: 300, high: 900, qualifier: 'several hundred', unit: 'people', measure: 'casualties' },
  ],
  '13-22': [],
  '13-23': [],
  '13-24': [],
  '13-25': [{ low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'casualties' }],
  '13-26': [
    // Kirby's earlier estimate of the casualties
    { low: 24, high: 108, qualifier: 'dozens', unit: 'people', measure: 'casualties' },
  ],
  '13-27': [
    // Russians killed in one friendly-fire incident; no measure
    { low: 3, high: 9, qualifier: 'several', unit: 'people', measure: null },
  ],
  '13-28': [],
  '13-29': [
    { low: 300, high: 900, qualifier: 'several hundred', unit: 'people', measure: 'casualties' },
  ],
  '13-30': [],
  '13-31': [
    { low: 300, high: 900, qualifier: 'several hundred', unit: 'people', measure: 'casualties' },
  ],
  '13-32': [
    // casualties here include missing and captured (per the article), broader than killed or wounded
    { low: 40, high: 40, qualifier: 'nearly', unit: '%', measure: 'share-of-force-lost' },
  ],
  '13-33': [
    { low: 11000, high: 11000, qualifier: 'estimated', unit: 'troops', measure: 'troops-sent' },
    // "battle casualties"; the next sentence of the article defines them as killed, wounded, missing or captured (casualties-all), but this selection alone does not
    { low: 4000, high: 4000, qualifier: '', unit: 'people', measure: 'casualties' },
  ],
  '13-34': [],
  '13-35': [{ low: 1000, high: 1000, qualifier: 'around', unit: 'people', measure: 'killed' }],
  '13-36': [],
  '13-37': [
    {
      low: 300,
      high: 900,
      qualifier: 'several hundred',
      unit: 'km2',
      measure: 'kursk-ground-seized',
    },
  ],
  '13-38': [{ low: 1000, high: 1000, qualifier: 'about', unit: 'people', measure: 'killed' }],
  '13-39': [
    { low: 11000, high: 11000, qualifier: 'estimated', unit: 'troops', measure: 'troops-sent' },
    { low: 1000, high: 1000, qualifier: 'about', unit: 'people', measure: 'killed' },
  ],
  '13-40': [
    // share includes missing and captured, broader than killed or wounded
    { low: 40, high: 40, qualifier: 'nearly', unit: '%', measure: 'share-of-force-lost' },
    { low: 4000, high: 4000, qualifier: 'about', unit: 'people', measure: 'casualties-all' },
  ],
  '13-41': [{ low: 4000, high: 4000, qualifier: '', unit: 'people', measure: 'casualties' }],
  '13-42': [
    { low: 3000, high: 3000, qualifier: '', unit: 'people', measure: 'casualties' },
    { low: 300, high: 300, qualifier: '', unit: 'people', measure: 'killed' },
  ],
  '13-43': [],
  '13-44': [],
  '13-45': [],
  '13-46': [{ low: 4700, high: 4700, qualifier: '', unit: 'people', measure: 'casualties' }],
  '13-47': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '13-48': [
    { low: 15000, high: 15000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '13-49': [
    { low: 4700, high: 4700, qualifier: 'estimated', unit: 'people', measure: 'killed-or-wounded' },
    { low: 600, high: 600, qualifier: 'about', unit: 'people', measure: 'killed' },
  ],
  '13-50': [
    { low: 2000, high: 2000, qualifier: 'roughly', unit: 'people', measure: 'wounded-repatriated' },
  ],
  '13-51': [],
  '13-52': [],
  '13-53': [
    // engineering units for both demining and reconstruction: sappers or construction-workers, the words do not split them
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: null },
  ],
  '13-54': [],
  '13-55': [
    // tanks and armoured vehicles to be sent (future); not munitions already supplied
    { low: 50, high: 100, qualifier: '', unit: 'munitions', measure: null },
  ],
  '13-56': [
    { low: 11000, high: 11000, qualifier: 'about', unit: 'troops', measure: 'troops-present' },
  ],
  '13-57': [],
  '13-58': [
    // already in Russia (Far East) for training, may be moved to Kursk: present in Russia or possible further troops for Kursk
    { low: 3500, high: 3500, qualifier: 'about', unit: 'troops', measure: null },
  ],
  '13-59': [],
  '13-60': [
    { low: 15000, high: 15000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
    { low: 6000, high: 6000, qualifier: 'around', unit: 'people', measure: 'killed' },
  ],
  '13-61': [],
  '14-0': [
    // wounded soldiers who died after capture; "died" decides killed
    { low: 3, high: 9, qualifier: 'several', unit: 'people', measure: 'killed' },
  ],
  '14-1': [
    // a count for one week, not a running total
    { low: 1000, high: 1000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '14-2': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
    { low: 1000, high: 3000, qualifier: 'between', unit: 'people', measure: 'casualties' },
  ],
  '14-3': [
    // died in Ukrainian custody
    { low: 1, high: 1, qualifier: 'at least', unit: 'people', measure: 'killed' },
  ],
  '14-4': [],
  '14-5': [],
  '14-6': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '14-7': [],
  '14-8': [],
  '14-9': [],
  '14-10': [],
  '14-11': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '14-12': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '14-13': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '14-14': [],
  '14-15': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-present' },
  ],
  '14-16': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '14-17': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '14-18': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '14-19': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '14-20': [],
  '14-21': [],
  '14-22': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '14-23': [],
  '14-24': [
    // the two captured soldiers, but this sentence says neither captured nor gives a count of the wounded
    { low: 2, high: 2, qualifier: '', unit: 'people', measure: null },
  ],
  '14-25': [],
  '14-26': [
    // a count for one week, not a running total
    { low: 1000, high: 1000, qualifier: 'around', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '14-27': [
    // a count for one week, not a running total
    { low: 1000, high: 1000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '14-28': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
    { low: 3000, high: 3000, qualifier: 'almost', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '14-29': [{ low: 1000, high: 1000, qualifier: '', unit: 'people', measure: 'casualties' }],
  '14-30': [
    // a count for one week, not a running total
    { low: 1000, high: 1000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '14-31': [
    // a count for one week, not a running total
    { low: 1000, high: 1000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '14-32': [],
  '14-33': [],
  '14-34': [],
  '14-35': [
    { low: 3000, high: 3000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '14-36': [
    // a count for one week, not a running total
    { low: 1000, high: 1000, qualifier: 'more than', unit: 'people', measure: 'killed' },
    { low: 10, high: 10, qualifier: 'almost', unit: 'percent', measure: 'share-of-force-lost' },
  ],
  '14-37': [
    { low: 3000, high: 3000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '14-38': [
    // a count for one week, not a running total
    { low: 1000, high: 1000, qualifier: 'over', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '14-39': [
    { low: 11000, high: 11000, qualifier: 'at least', unit: 'troops', measure: 'troops-sent' },
  ],
  '14-40': [
    {
      low: 100000,
      high: 100000,
      qualifier: 'up to',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '14-41': [
    // a count for one week, not a running total
    { low: 1000, high: 1000, qualifier: 'more than', unit: 'people', measure: 'killed' },
  ],
  '14-42': [
    { low: 10000, high: 10000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
  ],
  '14-43': [],
  '14-44': [
    // those who arrived in Kursk and are settling there: present in Kursk, not the total sent
    { low: 3000, high: 3000, qualifier: 'more than', unit: 'troops', measure: 'troops-present' },
  ],
  '14-45': [
    // "approximately several thousand" moving toward Kursk; being sent there, not yet present
    {
      low: 3000,
      high: 9000,
      qualifier: 'several thousand',
      unit: 'troops',
      measure: 'troops-sent',
    },
  ],
  '14-46': [],
  '14-47': [
    { low: 10000, high: 10000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
  ],
  '14-48': [
    { low: 8000, high: 8000, qualifier: 'up to', unit: 'troops', measure: 'troops-present' },
  ],
  '14-49': [
    { low: 300, high: 300, qualifier: 'over', unit: 'people', measure: 'killed' },
    { low: 2700, high: 2700, qualifier: 'more than', unit: 'people', measure: 'wounded' },
  ],
  '14-50': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '14-51': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '15-0': [
    { low: 4700, high: 4700, qualifier: 'about', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '15-1': [
    { low: 600, high: 600, qualifier: 'at least', unit: 'people', measure: 'killed' },
    {
      low: 2000,
      high: 9000,
      qualifier: 'thousands',
      unit: 'people',
      measure: 'wounded-repatriated',
    },
  ],
  '15-2': [
    { low: 600, high: 600, qualifier: 'about', unit: 'people', measure: 'killed' },
    { low: 4000, high: 4000, qualifier: 'more than', unit: 'people', measure: 'wounded' },
  ],
  '15-3': [
    { low: 2000, high: 2000, qualifier: 'about', unit: 'people', measure: 'wounded-repatriated' },
  ],
  '15-4': [],
  '15-5': [],
  '15-6': [
    {
      low: 20000,
      high: 90000,
      qualifier: 'tens of thousands',
      unit: 'troops',
      measure: 'troops-sent',
    },
  ],
  '15-7': [
    // workers in joint industrial programmes, not military construction workers
    { low: 15000, high: 15000, qualifier: 'about', unit: 'workers', measure: null },
  ],
  '15-8': [{ low: 4000, high: 4000, qualifier: 'over', unit: 'people', measure: 'casualties' }],
  '15-9': [{ low: 4000, high: 4000, qualifier: 'exceeded', unit: 'people', measure: 'casualties' }],
  '15-10': [
    { low: 3000, high: 3000, qualifier: 'approximately', unit: 'people', measure: 'casualties' },
    { low: 11000, high: 11000, qualifier: 'over', unit: 'troops', measure: 'troops-sent' },
  ],
  '15-11': [{ low: 3000, high: 4000, qualifier: '', unit: 'troops', measure: 'troops-additional' }],
  '15-12': [{ low: 30, high: 30, qualifier: 'around', unit: 'percent', measure: 'casualty-rate' }],
  '15-13': [
    // a new batch ("sent" for training): could be sent or additional; not the running total
    { low: 3500, high: 3500, qualifier: '', unit: 'troops', measure: null },
  ],
  '15-14': [
    { low: 1500, high: 1500, qualifier: 'around', unit: 'troops', measure: 'troops-present' },
  ],
  '15-15': [{ low: 3500, high: 3500, qualifier: '', unit: 'troops', measure: 'troops-additional' }],
  '15-16': [],
  '15-17': [],
  '15-18': [
    {
      low: 1500,
      high: 1500,
      qualifier: 'approximately',
      unit: 'troops',
      measure: 'troops-present',
    },
  ],
  '15-19': [
    { low: 11000, high: 11000, qualifier: 'roughly', unit: 'troops', measure: 'troops-sent' },
  ],
  '15-20': [
    { low: 400, high: 400, qualifier: 'around', unit: 'people', measure: 'killed' },
    { low: 3600, high: 3600, qualifier: 'approximately', unit: 'people', measure: 'wounded' },
  ],
  '15-21': [{ low: 63000, high: 63000, qualifier: '', unit: 'troops', measure: 'combined-force' }],
  '15-22': [],
  '15-23': [],
  '15-24': [
    // coffins shown in footage, not a death count
    { low: 4, high: 5, qualifier: '', unit: 'coffins', measure: null },
    { low: 6000, high: 6000, qualifier: 'more than', unit: 'people', measure: 'killed' },
  ],
  '15-25': [],
  '15-26': [],
  '15-27': [],
  '15-28': [],
  '15-29': [],
  '15-30': [
    {
      low: 2000,
      high: 9000,
      qualifier: 'thousands',
      unit: 'workers',
      measure: 'construction-workers',
    },
  ],
  '15-31': [
    { low: 5000, high: 5000, qualifier: '', unit: 'workers', measure: 'construction-workers' },
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
  ],
  '15-32': [
    // North Korean workers employed in Russia generally, not military construction workers
    { low: 15000, high: 15000, qualifier: 'as many as', unit: 'workers', measure: null },
  ],
  '15-33': [
    // earlier baseline of North Korean labourers in Russia, not the military construction workers sent to Kursk
    { low: 4000, high: 4000, qualifier: 'approximately', unit: 'workers', measure: null },
  ],
  '15-34': [],
  '15-35': [
    { low: 5000, high: 5000, qualifier: '', unit: 'workers', measure: 'construction-workers' },
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
  ],
  '15-36': [],
  '15-37': [
    // "had already fought": could be sent or present
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: null },
  ],
  '15-38': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '15-39': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '15-40': [],
  '15-41': [{ low: 15000, high: 15000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '15-42': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '15-43': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '15-44': [],
  '15-45': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '15-46': [],
  '15-47': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '15-48': [],
  '15-49': [
    // military engineers and construction workers together; neither sappers nor construction workers alone
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: null },
  ],
  '15-50': [{ low: 11000, high: 11000, qualifier: 'some', unit: 'troops', measure: 'troops-sent' }],
  '15-51': [],
  '15-52': [],
  '15-53': [{ low: 9, high: 9, qualifier: '', unit: 'people', measure: 'killed-acknowledged' }],
  '15-54': [],
  '15-55': [
    // the nine dead of the 528th Regiment honoured by North Korea itself
    { low: 9, high: 9, qualifier: '', unit: 'people', measure: 'killed-acknowledged' },
  ],
  '15-56': [
    { low: 600, high: 600, qualifier: 'approximately', unit: 'people', measure: 'killed' },
    { low: 15000, high: 15000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
  ],
  '15-57': [],
  '15-58': [
    { low: 20000, high: 20000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '15-59': [{ low: 600, high: 600, qualifier: 'around', unit: 'people', measure: 'killed' }],
  '15-60': [
    { low: 14000, high: 14000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
    { low: 3000, high: 3000, qualifier: '', unit: 'troops', measure: 'troops-additional' },
  ],
  '15-61': [
    {
      low: 2000000,
      high: 9000000,
      qualifier: 'millions',
      unit: 'shells',
      measure: 'munitions-supplied',
    },
  ],
  '16-0': [],
  '16-1': [
    { low: 3000, high: 3000, qualifier: 'around', unit: 'troops', measure: 'troops-present' },
    {
      low: 2000,
      high: 9000,
      qualifier: 'thousands',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '16-2': [],
  '16-3': [
    { low: 3000, high: 3000, qualifier: 'at least', unit: 'troops', measure: 'troops-sent' },
  ],
  '16-4': [
    {
      low: 12000,
      high: 12000,
      qualifier: 'up to',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '16-5': [],
  '16-6': [
    { low: 200000, high: 200000, qualifier: 'as high as', unit: 'people', measure: 'ru-killed' },
    { low: 400000, high: 400000, qualifier: '', unit: 'people', measure: 'ru-wounded' },
  ],
  '16-7': [],
  '16-8': [
    { low: 14000, high: 14000, qualifier: 'some', unit: 'troops', measure: 'troops-sent' },
    { low: 6000, high: 6000, qualifier: 'more than', unit: 'people', measure: 'killed' },
  ],
  '16-9': [
    { low: 11000, high: 11000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '16-10': [{ low: 1, high: 1, qualifier: '', unit: 'people', measure: 'captured' }],
  '16-11': [],
  '16-12': [{ low: 1, high: 1, qualifier: '', unit: 'people', measure: 'captured' }],
  '16-13': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '16-14': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '16-15': [],
  '16-16': [],
  '16-17': [],
  '16-18': [{ low: 10000, high: 10000, qualifier: 'some', unit: 'troops', measure: 'troops-sent' }],
  '16-19': [],
  '16-20': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '16-21': [],
  '16-22': [
    // Russian casualties a day; the vocabulary has no Russian per-day measure
    { low: 1271, high: 1271, qualifier: '', unit: 'casualties/day', measure: null },
    // Russian casualties in one month, not a running total
    { low: 38000, high: 38000, qualifier: 'more than', unit: 'people', measure: null },
  ],
  '16-23': [
    // size of North Korea's whole army, not a force in Russia
    { low: 1280000, high: 1280000, qualifier: 'some', unit: 'troops', measure: null },
  ],
  '16-24': [
    // deserters; no measure for desertion
    { low: 18, high: 18, qualifier: 'some', unit: 'people', measure: null },
  ],
  '16-25': [
    { low: 11000, high: 11000, qualifier: 'about', unit: 'troops', measure: 'troops-present' },
  ],
  '16-26': [
    // soldiers seen in one video, not a count of the force
    { low: 24, high: 108, qualifier: 'dozens', unit: 'troops', measure: null },
  ],
  '16-27': [{ low: 1500, high: 1500, qualifier: 'about', unit: 'troops', measure: 'troops-sent' }],
  '16-28': [
    { low: 11000, high: 11000, qualifier: 'about', unit: 'troops', measure: 'troops-present' },
  ],
  '16-29': [],
  '16-30': [
    {
      low: 3000,
      high: 9000,
      qualifier: 'several thousand',
      unit: 'troops',
      measure: 'troops-sent',
    },
  ],
  '16-31': [{ low: 3000, high: 3000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' }],
  '16-32': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-present' },
  ],
  '16-33': [],
  '16-34': [],
  '16-35': [],
  '16-36': [],
  '16-37': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-present' },
  ],
  '16-38': [],
  '16-39': [{ low: 1500, high: 1500, qualifier: 'around', unit: 'troops', measure: 'troops-sent' }],
  '16-40': [
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '16-41': [
    { low: 5000, high: 5000, qualifier: 'up to', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '16-42': [
    // a daily rate of arrivals; no measure for it
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: null },
  ],
  '16-43': [
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '16-44': [
    // "North Koreans": words do not say troops or workers
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'people', measure: null },
  ],
  '16-45': [],
  '16-46': [
    {
      low: 100000,
      high: 100000,
      qualifier: '',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '16-47': [],
  '16-48': [],
  '16-49': [],
  '16-50': [
    { low: 11000, high: 11000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '17-0': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-present' }],
  '17-1': [
    { low: 11000, high: 11000, qualifier: 'almost', unit: 'troops', measure: 'troops-sent' },
  ],
  '17-2': [
    // a first group of the force to move on to Kursk; no measure for a sub-group
    { low: 2600, high: 2600, qualifier: '', unit: 'troops', measure: null },
  ],
  '17-3': [],
  '17-4': [],
  '17-5': [
    // planned size of one unit
    { low: 3000, high: 3000, qualifier: 'about', unit: 'troops', measure: null },
  ],
  '17-6': [],
  '17-7': [
    { low: 8000, high: 8000, qualifier: 'nearly', unit: 'troops', measure: 'troops-present' },
  ],
  '17-8': [
    { low: 8000, high: 8000, qualifier: 'about', unit: 'troops', measure: 'troops-present' },
  ],
  '17-9': [],
  '17-10': [],
  '17-11': [
    { low: 12000, high: 12000, qualifier: 'up to', unit: 'troops', measure: 'troops-sent' },
  ],
  '17-12': [
    { low: 300, high: 300, qualifier: 'at least', unit: 'people', measure: 'killed' },
    { low: 2700, high: 2700, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '17-13': [
    { low: 11000, high: 11000, qualifier: 'about', unit: 'troops', measure: 'troops-present' },
  ],
  '17-14': [],
  '17-15': [
    // a first group of the force to move on to Kursk; no measure for a sub-group
    { low: 2600, high: 2600, qualifier: '', unit: 'troops', measure: null },
  ],
  '17-16': [{ low: 6, high: 6, qualifier: '', unit: 'people', measure: 'killed' }],
  '17-17': [],
  '17-18': [],
  '17-19': [],
  '17-20': [
    { low: 1100, high: 1100, qualifier: 'at least', unit: 'people', measure: 'casualties' },
  ],
  '17-21': [{ low: 6, high: 6, qualifier: '', unit: 'people', measure: 'killed' }],
  '17-22': [
    // killed in one strike, mostly not North Korean
    { low: 20, high: 20, qualifier: 'over', unit: 'people', measure: null },
    { low: 6, high: 6, qualifier: '', unit: 'people', measure: 'killed' },
  ],
  '17-23': [{ low: 3, high: 3, qualifier: '', unit: 'people', measure: 'wounded' }],
  '17-24': [],
  '17-25': [],
  '17-26': [],
  '17-27': [],
  '17-28': [],
  '17-29': [
    { low: 1500, high: 1500, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '17-30': [
    { low: 10000, high: 10000, qualifier: 'or so', unit: 'troops', measure: 'troops-additional' },
  ],
  '17-31': [],
  '17-32': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
  ],
  '17-33': [
    { low: 10000, high: 10000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
  ],
  '17-34': [],
  '17-35': [{ low: 3000, high: 3000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' }],
  '17-36': [],
  '17-37': [{ low: 3000, high: 3000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' }],
  '17-38': [
    // special forces within the 3,000; no measure for it
    { low: 200, high: 900, qualifier: 'a few hundred', unit: 'troops', measure: null },
  ],
  '17-39': [],
  '17-40': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '17-41': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
  ],
  '17-42': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '17-43': [
    { low: 11000, high: 11000, qualifier: 'an estimated', unit: 'troops', measure: 'troops-sent' },
  ],
  '17-44': [],
  '17-45': [],
  '17-46': [],
  '17-47': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
  ],
  '17-48': [],
  '17-49': [{ low: 24, high: 24, qualifier: '', unit: 'people', measure: 'wounded' }],
  '17-50': [],
  '17-51': [
    { low: 10000, high: 10000, qualifier: 'about', unit: 'troops', measure: 'troops-present' },
    { low: 300, high: 900, qualifier: 'several hundred', unit: 'people', measure: 'killed' },
  ],
  '17-52': [
    // size of North Korea's whole army
    { low: 1250000, high: 1250000, qualifier: 'more than', unit: 'troops', measure: null },
    // population of North Korea
    { low: 26000000, high: 26000000, qualifier: '', unit: 'people', measure: null },
  ],
  '17-53': [],
  '17-54': [],
  '17-55': [
    { low: 15000, high: 15000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '17-56': [
    // construction workers and deminers counted together; neither measure alone
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'workers', measure: null },
  ],
  '17-57': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-present' }],
  '18-0': [
    // prewar village population, not a war figure
    { low: 627, high: 627, qualifier: '', unit: 'residents', measure: null },
  ],
  '18-1': [
    // Ukrainian soldiers killed; no measure for Ukrainian killed
    { low: 300, high: 300, qualifier: 'more than', unit: 'people', measure: null },
  ],
  '18-2': [
    // "the enemy" (Ukraine, in a Russian-side quote) "lost" = Ukrainian losses
    {
      low: 300,
      high: 300,
      qualifier: 'more than',
      unit: 'people',
      measure: 'ua-killed-or-wounded',
    },
  ],
  '18-3': [],
  '18-4': [],
  '18-5': [],
  '18-6': [],
  '18-7': [
    { low: 4, high: 4, qualifier: '', unit: 'percent', measure: 'share-of-force-lost' },
    // salient Ukraine carved out of Kursk; printed in square miles
    { low: 250, high: 250, qualifier: '', unit: 'square miles', measure: 'kursk-ground-seized' },
  ],
  '18-8': [
    // Ukrainian troops holding the village
    { low: 100, high: 100, qualifier: '', unit: 'troops', measure: null },
  ],
  '18-9': [
    // size of one assault force, not the deployment
    { low: 500, high: 500, qualifier: 'more than', unit: 'troops', measure: null },
  ],
  '18-10': [
    // "half" of the soldiers in one assault, not of the whole force
    { low: 50, high: 50, qualifier: 'up to', unit: 'percent', measure: null },
  ],
  '18-11': [],
  '18-12': [
    { low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'killed-or-wounded' },
    // size of the corps deployed (positioned) north of the salient
    {
      low: 12000,
      high: 12000,
      qualifier: 'approximately',
      unit: 'troops',
      measure: 'troops-present',
    },
  ],
  '18-13': [
    { low: 3000, high: 3000, qualifier: 'exceeded', unit: 'people', measure: 'casualties' },
  ],
  '18-14': [
    // "the toll" refers to the casualties of the previous sentence, not deaths only
    { low: 1100, high: 1100, qualifier: '', unit: 'people', measure: 'casualties' },
  ],
  '18-15': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '18-16': [
    { low: 77, high: 77, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 40, high: 40, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '18-17': [],
  '18-18': [
    // troops about to attack; sent or present not told
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: null },
  ],
  '18-19': [
    { low: 21, high: 21, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 40, high: 40, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '18-20': [
    { low: 21, high: 21, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 40, high: 40, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '18-21': [],
  '18-22': [],
  '18-23': [],
  '18-24': [
    { low: 4000, high: 4000, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
  ],
  '18-25': [{ low: 21, high: 21, qualifier: '', unit: 'people', measure: 'killed' }],
  '18-26': [{ low: 21, high: 21, qualifier: '', unit: 'people', measure: 'killed' }],
  '18-27': [],
  '18-28': [
    { low: 21, high: 21, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 40, high: 40, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '18-29': [],
  '18-30': [],
  '18-31': [{ low: 10000, high: 10000, qualifier: 'over', unit: 'troops', measure: 'troops-sent' }],
  '18-32': [],
  '18-33': [
    { low: 1000, high: 1000, qualifier: 'at least', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '18-34': [{ low: 17, high: 17, qualifier: '', unit: 'people', measure: 'killed' }],
  '18-35': [{ low: 17, high: 17, qualifier: '', unit: 'people', measure: 'killed' }],
  '18-36': [],
  '18-37': [
    { low: 300, high: 300, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 2700, high: 2700, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '18-38': [],
  '18-39': [],
  '18-40': [
    // share of Ukrainian territory Russia occupies
    { low: 20, high: 20, qualifier: 'around', unit: 'percent', measure: null },
  ],
  '18-41': [
    // share of Kursk gains Ukraine still holds, not the share retaken
    { low: 10, high: 10, qualifier: 'about', unit: 'percent', measure: null },
    // ground Ukraine once held in Kursk; printed in square miles
    {
      low: 500,
      high: 500,
      qualifier: 'more than',
      unit: 'square miles',
      measure: 'kursk-ground-seized',
    },
  ],
  '18-42': [
    // deaths in a (Russian) unit; party not told, no measure fits
    { low: 3, high: 9, qualifier: 'several', unit: 'people', measure: null },
  ],
  '18-43': [],
  '18-44': [],
  '18-45': [
    { low: 40, high: 40, qualifier: 'over', unit: 'percent', measure: 'kursk-share-retaken' },
  ],
  '18-46': [
    // peak ground held; square miles
    {
      low: 531,
      high: 531,
      qualifier: 'approximately',
      unit: 'square miles',
      measure: 'kursk-ground-seized',
    },
    // ground still held; square miles
    {
      low: 309,
      high: 309,
      qualifier: 'around',
      unit: 'square miles',
      measure: 'kursk-ground-seized',
    },
  ],
  '18-47': [
    // Russian troops massed in Kursk; words do not say North Koreans are included
    { low: 60000, high: 60000, qualifier: 'nearly', unit: 'troops', measure: null },
  ],
  '18-48': [{ low: 10000, high: 10000, qualifier: 'over', unit: 'troops', measure: 'troops-sent' }],
  '18-49': [],
  '18-50': [
    { low: 30, high: 30, qualifier: 'at least', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '18-51': [],
  '18-52': [],
  '18-53': [{ low: 5, high: 5, qualifier: 'at least', unit: 'people', measure: 'casualties' }],
  '18-54': [],
  '18-55': [],
  '18-56': [],
  '18-57': [],
  '18-58': [],
  '18-59': [
    // losses of the combined Russian and North Korean force; no measure fits
    { low: 400, high: 400, qualifier: 'approximately', unit: 'people', measure: null },
  ],
  '18-60': [],
  '18-61': [
    // combined Russian and North Korean losses in one battle-day
    { low: 408, high: 408, qualifier: '', unit: 'people', measure: null },
  ],
  '18-62': [
    // "half" of one attacking force, not of the whole force
    { low: 50, high: 50, qualifier: 'exceeding', unit: 'percent', measure: null },
  ],
  '18-63': [],
  '18-64': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-present' },
  ],
  '18-65': [{ low: 13, high: 13, qualifier: '', unit: 'people', measure: 'killed' }],
  '18-66': [
    { low: 1000, high: 1000, qualifier: 'at least', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '18-67': [],
  '19-0': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '19-1': [],
  '19-2': [
    // defectors in South Korea
    { low: 60, high: 60, qualifier: 'more than', unit: 'people', measure: null },
  ],
  '19-3': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '19-4': [],
  '19-5': [],
  '19-6': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '19-7': [],
  '19-8': [],
  '19-9': [],
  '19-10': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '19-11': [],
  '19-12': [],
  '19-13': [],
  '19-14': [],
  '19-15': [],
  '19-16': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '19-17': [],
  '19-18': [],
  '19-19': [
    { low: 15000, high: 15000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '19-20': [
    { low: 600, high: 600, qualifier: 'at least', unit: 'people', measure: 'killed' },
    { low: 3000, high: 9000, qualifier: 'several thousand', unit: 'people', measure: 'wounded' },
  ],
  '19-21': [],
  '19-22': [
    // medals awarded; words do not say each is one dead soldier
    { low: 101, high: 101, qualifier: '', unit: 'medals', measure: null },
  ],
  '19-23': [],
  '19-24': [],
  '19-25': [{ low: 1000, high: 1000, qualifier: 'about', unit: 'troops', measure: 'sappers' }],
  '19-26': [
    { low: 15000, high: 15000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
  ],
  '19-27': [{ low: 9, high: 9, qualifier: '', unit: 'people', measure: 'killed-acknowledged' }],
  '19-28': [],
  '19-29': [],
  '19-30': [],
  '19-31': [{ low: 9, high: 9, qualifier: '', unit: 'people', measure: 'killed-acknowledged' }],
  '19-32': [
    { low: 15000, high: 15000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
    { low: 1000, high: 1000, qualifier: 'approximately', unit: 'troops', measure: 'sappers' },
  ],
  '19-33': [],
  '19-34': [],
  '19-35': [{ low: 9, high: 9, qualifier: '', unit: 'people', measure: 'killed-acknowledged' }],
  '19-36': [
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
  ],
  '19-37': [],
  '19-38': [{ low: 9, high: 9, qualifier: '', unit: 'people', measure: 'killed-acknowledged' }],
  '19-39': [{ low: 1000, high: 1000, qualifier: 'roughly', unit: 'troops', measure: 'sappers' }],
  '19-40': [
    { low: 15000, high: 15000, qualifier: 'estimated', unit: 'troops', measure: 'troops-sent' },
  ],
  '19-41': [{ low: 2000, high: 2000, qualifier: 'around', unit: 'people', measure: 'casualties' }],
  '19-42': [],
  '19-43': [],
  '19-44': [
    // fallen soldiers shown on the ruling party memorial wall (North Korea's own count)
    { low: 100, high: 100, qualifier: 'more than', unit: 'people', measure: 'killed-acknowledged' },
  ],
  '19-45': [
    // additional names honoured, an increment not a total
    { low: 200, high: 200, qualifier: 'more than', unit: 'people', measure: null },
  ],
  '19-46': [
    { low: 4700, high: 4700, qualifier: 'about', unit: 'people', measure: 'casualties' },
    { low: 600, high: 600, qualifier: '', unit: 'people', measure: 'killed' },
  ],
  '19-47': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '19-48': [],
  '19-49': [],
  '19-50': [{ low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'killed' }],
  '19-51': [],
  '19-52': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '19-53': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '19-54': [],
  '19-55': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '19-56': [
    // two soldiers held and not exchanged
    { low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' },
  ],
  '20-0': [
    // in Russia now, receiving instruction: those present
    { low: 3000, high: 3000, qualifier: 'around', unit: 'troops', measure: 'troops-present' },
  ],
  '20-1': [
    { low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-sent' },
    // the total planned by a date (December), including the 1,500: a projection of the total sent
    {
      low: 10000,
      high: 10000,
      qualifier: 'up to',
      unit: 'troops',
      measure: 'troops-sent-expected',
    },
  ],
  '20-2': [],
  '20-3': [
    // POWs held in Ukraine, first mention in the selection
    { low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' },
  ],
  '20-4': [{ low: 10000, high: 10000, qualifier: 'over', unit: 'troops', measure: 'troops-sent' }],
  '20-5': [
    // 'June 15' is a date
    { low: 6000, high: 6000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '20-6': [
    // 'highly likely' is the source's probability word, not an approximator
    { low: 6000, high: 6000, qualifier: 'more than', unit: 'people', measure: 'casualties' },
  ],
  '20-7': [
    // over half of those deployed
    { low: 50, high: 50, qualifier: 'over', unit: '%', measure: 'share-of-force-lost' },
    // originally deployed to the area: the count sent
    { low: 11000, high: 11000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '20-8': [
    // 'in March', 'last year' are dates
    { low: 4000, high: 4000, qualifier: 'about', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '20-9': [
    // 'an additional'; months are dates
    { low: 3000, high: 3000, qualifier: '', unit: 'troops', measure: 'troops-additional' },
  ],
  '20-10': [
    // a probability the words 'highly likely' stand for: no measure fits
    { low: 80, high: 90, qualifier: '', unit: '%', measure: null },
    // a probability the words 'almost certainly' stand for: no measure fits
    { low: 95, high: 100, qualifier: '', unit: '%', measure: null },
  ],
  '20-11': [],
  '20-12': [],
  '20-13': [
    // 'Oct 3' is a date
    { low: 6, high: 6, qualifier: '', unit: 'people', measure: 'killed' },
  ],
  '20-14': [
    // the words say 'died'
    { low: 4000, high: 4000, qualifier: 'around', unit: 'people', measure: 'killed' },
    // a share of those dead (who fell on the battlefield): no measure fits
    { low: 25, high: 25, qualifier: 'approximately', unit: '%', measure: null },
  ],
  '20-15': [
    // a third, written 33
    { low: 33, high: 33, qualifier: 'more than', unit: '%', measure: 'share-of-force-lost' },
  ],
  '20-16': [],
  '20-17': [
    // killed, wounded, missing and captured
    { low: 4000, high: 4000, qualifier: 'around', unit: 'people', measure: 'casualties-all' },
  ],
  '20-18': [{ low: 1000, high: 1000, qualifier: 'nearly', unit: 'people', measure: 'killed' }],
  '20-19': [
    // 'are deployed' (present tense) for operations in Kursk: those there
    { low: 11000, high: 11000, qualifier: 'about', unit: 'troops', measure: 'troops-present' },
  ],
  '20-20': [
    // 'all 12,000 ... in the Kursk region': those there; 'mid-April 2025' is a date
    { low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-present' },
  ],
  '20-21': [
    // '6,000+': the '+' printed as the qualifier
    { low: 6000, high: 6000, qualifier: '+', unit: 'people', measure: 'casualties' },
  ],
  '20-22': [
    // killed, wounded or missing, more than half of those deployed; 'June 15' is a date
    { low: 50, high: 50, qualifier: 'more than', unit: '%', measure: 'share-of-force-lost' },
  ],
  '20-23': [
    { low: 6000, high: 6000, qualifier: 'over', unit: 'people', measure: 'casualties' },
    // sent to the area
    { low: 11000, high: 11000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '20-24': [],
  '20-25': [{ low: 6000, high: 6000, qualifier: '', unit: 'people', measure: 'casualties' }],
  '20-26': [
    { low: 50, high: 50, qualifier: 'more than', unit: '%', measure: 'share-of-force-lost' },
    // initially deployed: the count sent
    { low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
  ],
  '20-27': [],
  '20-28': [],
  '20-29': [],
  '20-30': [],
  '20-31': [
    { low: 11000, high: 11000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '20-32': [
    // 'an estimated' is the source's hedge, not an approximator
    { low: 300, high: 300, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 2700, high: 2700, qualifier: 'around', unit: 'people', measure: 'wounded' },
  ],
  '20-33': [
    // artillery pieces provided to Russia; 'Feb. 11' is a date
    { low: 200, high: 200, qualifier: 'around', unit: 'munitions', measure: 'munitions-supplied' },
  ],
  '20-34': [
    // 'millions' read as 2–9 million, as 'thousands' is 2,000–9,000; supplied
    {
      low: 2000000,
      high: 9000000,
      qualifier: 'millions',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '20-35': [
    { low: 12000, high: 12000, qualifier: 'up to', unit: 'troops', measure: 'troops-sent' },
  ],
  '20-36': [
    { low: 300, high: 300, qualifier: 'at least', unit: 'people', measure: 'killed' },
    // 'another' is no approximator
    { low: 2700, high: 2700, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '20-37': [
    {
      low: 4000,
      high: 4000,
      qualifier: 'as many as',
      unit: 'people',
      measure: 'killed-or-wounded',
    },
  ],
  '20-38': [],
  '20-39': [],
  '20-40': [],
  '20-41': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
  ],
  '20-42': [
    // deployed to the frontlines, including reinforcements: the count sent
    { low: 14000, high: 14000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
    // reinforcements
    { low: 3000, high: 3000, qualifier: '', unit: 'troops', measure: 'troops-additional' },
  ],
  '20-43': [
    { low: 1100, high: 3000, qualifier: 'between', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '20-44': [
    // active on the battlefield
    { low: 12000, high: 12000, qualifier: 'around', unit: 'troops', measure: 'troops-present' },
  ],
  '20-45': [
    // 'dead or injured'
    { low: 1100, high: 1100, qualifier: 'over', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '20-46': [
    // 'could surpass' printed as the qualifier 'surpass'
    { low: 3000, high: 3000, qualifier: 'surpass', unit: 'people', measure: 'casualties' },
  ],
  '20-47': [],
  '20-48': [],
  '20-49': [
    // 'a total of' ... 'expected to be deployed ... by December'
    { low: 10900, high: 10900, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '20-50': [],
  '20-51': [
    // workers sent to Russia; the words do not say military or construction workers
    { low: 4000, high: 4000, qualifier: 'some', unit: 'people', measure: null },
  ],
  '20-52': [
    // 'already in Russia's Far East and undergoing training': those there
    { low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-present' },
  ],
  '20-53': [],
  '20-54': [],
  '20-55': [],
  '20-56': [
    // 'could send around 12,000 in total': a projected total, not troops further to those sent
    {
      low: 12000,
      high: 12000,
      qualifier: 'around',
      unit: 'troops',
      measure: 'troops-sent-expected',
    },
  ],
  '20-57': [],
  '20-58': [
    // containers' worth of shells and missiles: the count is of containers, not of munitions (a reader does not convert)
    { low: 13000, high: 13000, qualifier: 'more than', unit: 'containers', measure: null },
  ],
  '20-59': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '20-60': [],
  '20-61': [],
  '20-62': [],
  '21-0': [
    { low: 10000, high: 10000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'troops-possible-further' },
  ],
  '21-1': [{ low: 1000, high: 1000, qualifier: 'around', unit: 'troops', measure: 'sappers' }],
  '21-2': [
    { low: 10000, high: 10000, qualifier: 'around', unit: 'troops', measure: 'troops-present' },
  ],
  '21-3': [],
  '21-4': [{ low: 1000, high: 1000, qualifier: '', unit: 'people', measure: 'killed-or-wounded' }],
  '21-5': [],
  '21-6': [
    { low: 3000, high: 3000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '21-7': [
    {
      low: 10000,
      high: 10000,
      qualifier: 'around',
      unit: 'troops',
      measure: 'troops-sent-expected',
    },
    { low: 1500, high: 1500, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '21-8': [{ low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-additional' }],
  '21-9': [],
  '21-10': [
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '21-11': [
    {
      low: 2000,
      high: 9000,
      qualifier: 'thousands',
      unit: 'troops',
      measure: 'construction-workers',
    },
  ],
  '21-12': [],
  '21-13': [
    {
      low: 5000,
      high: 5000,
      qualifier: 'approximately',
      unit: 'troops',
      measure: 'construction-workers',
    },
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
  ],
  '21-14': [
    { low: 5000, high: 5000, qualifier: 'around', unit: 'troops', measure: 'construction-workers' },
  ],
  '21-15': [
    { low: 1000, high: 1000, qualifier: 'approximately', unit: 'troops', measure: 'sappers' },
  ],
  '21-16': [
    { low: 10000, high: 10000, qualifier: 'over', unit: 'troops', measure: 'troops-present' },
  ],
  '21-17': [
    { low: 600, high: 600, qualifier: 'at least', unit: 'people', measure: 'killed' },
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'people', measure: 'wounded' },
  ],
  '21-18': [{ low: 2000, high: 2000, qualifier: 'exceed', unit: 'people', measure: 'killed' }],
  '21-19': [],
  '21-20': [],
  '21-21': [
    // civilian workers sent to construction sites, not soldiers; construction-workers is for military ones; no measure fits
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'people', measure: null },
  ],
  '21-22': [
    // civilian workers in Russia, not soldiers; no measure fits
    { low: 4000, high: 4000, qualifier: 'about', unit: 'people', measure: null },
  ],
  '21-23': [],
  '21-24': [
    // civilian workers sent in a year; no measure fits
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'people', measure: null },
    // civilian workers before sanctions; no measure fits
    { low: 20000, high: 90000, qualifier: 'tens of thousands', unit: 'people', measure: null },
  ],
  '21-25': [],
  '21-26': [],
  '21-27': [],
  '21-28': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '21-29': [],
  '21-30': [
    // Russia's own troops massed near Sumy; no measure counts them
    { low: 50000, high: 50000, qualifier: '', unit: 'troops', measure: null },
  ],
  '21-31': [],
  '21-32': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-present' }],
  '21-33': [],
  '21-34': [],
  '21-35': [{ low: 2000, high: 9000, qualifier: 'thousands', unit: 'people', measure: 'killed' }],
  '21-36': [],
  '21-37': [],
  '21-38': [{ low: 10000, high: 10000, qualifier: 'over', unit: 'troops', measure: 'troops-sent' }],
  '21-39': [],
  '21-40': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '21-41': [],
  '21-42': [],
  '21-43': [],
  '21-44': [
    // share of Russia's artillery shells that come from North Korea; no measure fits
    { low: 50, high: 50, qualifier: '', unit: '%', measure: null },
  ],
  '21-45': [
    // shells to be transported each year: a plan, not stated as supplied
    { low: 3000000, high: 3000000, qualifier: '', unit: 'munitions', measure: null },
  ],
  '21-46': [
    {
      low: 6000000,
      high: 6000000,
      qualifier: 'up to',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '21-47': [{ low: 6, high: 6, qualifier: '', unit: 'people', measure: 'killed' }],
  '21-48': [{ low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '21-49': [
    { low: 10000, high: 10000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '21-50': [],
  '21-51': [],
  '21-52': [],
  '21-53': [
    // Ukraine's own planned draft; no measure fits
    { low: 160000, high: 160000, qualifier: '', unit: 'troops', measure: null },
  ],
  '21-54': [],
  '21-55': [
    { low: 11000, high: 11000, qualifier: 'over', unit: 'troops', measure: 'troops-sent' },
    { low: 1000, high: 1000, qualifier: 'about', unit: 'people', measure: 'killed' },
  ],
  '21-56': [],
  '21-57': [
    { low: 11000, high: 11000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
    { low: 1000, high: 1000, qualifier: 'about', unit: 'people', measure: 'killed' },
  ],
  '22-0': [
    { low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '22-1': [],
  '22-2': [
    { low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '22-3': [
    { low: 300, high: 900, qualifier: 'several hundred', unit: 'people', measure: 'casualties' },
  ],
  '22-4': [],
  '22-5': [
    // killed of both armies together (Russian and North Korean): no measure fits
    { low: 200, high: 200, qualifier: 'some', unit: 'people', measure: null },
  ],
  '22-6': [
    { low: 11000, high: 11000, qualifier: 'more than', unit: 'troops', measure: 'troops-present' },
  ],
  '22-7': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '22-8': [],
  '22-9': [{ low: 500, high: 500, qualifier: 'about', unit: 'people', measure: 'killed' }],
  '22-10': [
    { low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
    { low: 4000, high: 4000, qualifier: '', unit: 'troops', measure: 'troops-additional' },
  ],
  '22-11': [],
  '22-12': [],
  '22-13': [
    // engineers (sappers) and construction troops counted together: neither sappers nor construction-workers alone
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: null },
  ],
  '22-14': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '22-15': [{ low: 3, high: 9, qualifier: 'several', unit: 'people', measure: 'captured' }],
  '22-16': [
    { low: 3000, high: 3000, qualifier: 'exceeds', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '22-17': [
    {
      low: 300,
      high: 900,
      qualifier: 'several hundred',
      unit: 'km2',
      measure: 'kursk-ground-seized',
    },
  ],
  '22-18': [
    { low: 3000, high: 3000, qualifier: 'around', unit: 'troops', measure: 'troops-present' },
  ],
  '22-19': [
    { low: 3000, high: 3000, qualifier: 'at least', unit: 'troops', measure: 'troops-present' },
  ],
  '22-20': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '22-21': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '22-22': [],
  '22-23': [],
  '22-24': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
  ],
  '22-25': [],
  '22-26': [
    { low: 3000, high: 3000, qualifier: 'over', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '22-27': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '22-28': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '22-29': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '22-30': [],
  '22-31': [],
  '22-32': [],
  '22-33': [
    { low: 3000, high: 3000, qualifier: 'nearly', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '22-34': [],
  '22-35': [],
  '22-36': [],
  '22-37': [],
  '22-38': [
    { low: 12000, high: 12000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '22-39': [
    // Russia's own soldiers in Kursk: no measure fits
    { low: 60000, high: 60000, qualifier: '', unit: 'troops', measure: null },
    { low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-present' },
  ],
  '22-40': [
    // one-third killed (not killed or wounded): share-of-force-lost is wider
    { low: 33, high: 33, qualifier: '', unit: '%', measure: null },
  ],
  '22-41': [
    { low: 50, high: 50, qualifier: 'approximately', unit: '%', measure: 'share-of-force-lost' },
  ],
  '22-42': [],
  '22-43': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'killed' }],
  '22-44': [
    { low: 100, high: 100, qualifier: 'over', unit: 'munitions', measure: 'munitions-supplied' },
  ],
  '22-45': [],
  '22-46': [
    {
      low: 5000000,
      high: 5000000,
      qualifier: 'over',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
    { low: 100, high: 100, qualifier: '', unit: 'munitions', measure: 'munitions-supplied' },
  ],
  '22-47': [{ low: 10000, high: 10000, qualifier: 'over', unit: 'troops', measure: 'troops-sent' }],
  '22-48': [{ low: 40, high: 40, qualifier: 'over', unit: '%', measure: 'kursk-share-retaken' }],
  '22-49': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '22-50': [],
  '22-51': [
    { low: 10000, high: 10000, qualifier: 'some', unit: 'troops', measure: 'troops-sent' },
    { low: 3000, high: 3000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
  ],
  '22-52': [
    { low: 10000, high: 10000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '22-53': [
    { low: 10000, high: 10000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '22-54': [
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-present' },
    { low: 8000, high: 8000, qualifier: '', unit: 'troops', measure: 'troops-present' },
  ],
  '23-0': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
  ],
  '23-1': [],
  '23-2': [
    { low: 10000, high: 10000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '23-3': [{ low: 3000, high: 3000, qualifier: 'over', unit: 'troops', measure: 'troops-sent' }],
  '23-4': [],
  '23-5': [],
  '23-6': [],
  '23-7': [],
  '23-8': [
    // a share of the soldiers' allowances (taken by the state): no measure fits
    { low: 90, high: 95, qualifier: 'around', unit: '%', measure: null },
  ],
  '23-9': [{ low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '23-10': [
    { low: 10000, high: 10000, qualifier: 'an estimated', unit: 'troops', measure: 'troops-sent' },
  ],
  '23-11': [{ low: 3000, high: 3000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '23-12': [],
  '23-13': [{ low: 12, high: 12, qualifier: 'more than', unit: 'people', measure: 'killed' }],
  '23-14': [],
  '23-15': [],
  '23-16': [],
  '23-17': [],
  '23-18': [
    { low: 3000, high: 3000, qualifier: 'at least', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '23-19': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-present' },
  ],
  '23-20': [],
  '23-21': [
    // Ukrainian men per unit, a ratio of forces in one unit: no measure fits
    { low: 6, high: 6, qualifier: '', unit: 'troops', measure: null },
    // North Koreans facing each Ukrainian unit, a ratio of forces in one unit: no measure fits
    { low: 50, high: 50, qualifier: '', unit: 'troops', measure: null },
  ],
  '23-22': [
    { low: 12000, high: 12000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '23-23': [
    { low: 300, high: 300, qualifier: 'more than', unit: 'people', measure: 'killed' },
    { low: 2700, high: 2700, qualifier: 'over', unit: 'people', measure: 'wounded' },
  ],
  '23-24': [
    // the bridgehead Ukraine took, in square miles; the vocabulary counts km2
    { low: 200, high: 200, qualifier: '', unit: 'mi2', measure: null },
  ],
  '23-25': [
    { low: 60, high: 60, qualifier: 'more than', unit: '%', measure: 'kursk-share-retaken' },
  ],
  '23-26': [
    { low: 3, high: 9, qualifier: 'several', unit: 'people', measure: 'killed' },
    { low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' },
  ],
  '23-27': [],
  '23-28': [
    { low: 200, high: 200, qualifier: '', unit: 'munitions', measure: 'munitions-supplied' },
  ],
  '23-29': [
    { low: 11000, high: 11000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
    { low: 200, high: 200, qualifier: '', unit: 'munitions', measure: 'munitions-supplied' },
  ],
  '23-30': [
    // "double the pace" of weapons development (read as 200 %, as set 8 read "tripled"): no measure fits
    { low: 200, high: 200, qualifier: '', unit: '%', measure: null },
  ],
  '23-31': [],
  '23-32': [
    {
      low: 3000,
      high: 9000,
      qualifier: 'several thousand',
      unit: 'troops',
      measure: 'troops-sent',
    },
  ],
  '23-33': [],
  '23-34': [
    // "enemy soldiers" killed: whether Russian, North Korean or both the words do not say
    { low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: null },
  ],
  '23-35': [{ low: 10000, high: 10000, qualifier: 'over', unit: 'troops', measure: 'troops-sent' }],
  '23-36': [],
  '23-37': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '23-38': [],
  '23-39': [
    // Russian and North Korean soldiers together; whether a force or its losses the selection does not say
    { low: 200, high: 900, qualifier: 'hundreds', unit: 'troops', measure: null },
  ],
  '23-40': [],
  '23-41': [
    { low: 11000, high: 11000, qualifier: 'estimated', unit: 'troops', measure: 'troops-present' },
  ],
  '23-42': [],
  '23-43': [
    { low: 11000, high: 11000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
  ],
  '23-44': [
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
  ],
  '23-45': [
    { low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
    { low: 4000, high: 4000, qualifier: '', unit: 'troops', measure: 'troops-additional' },
  ],
  '23-46': [
    { low: 21000, high: 21000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '23-47': [],
  '23-48': [],
  '24-0': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '24-1': [],
  '24-2': [
    // 'one of two ... captured' states the count (no 'the' pointing back)
    { low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' },
  ],
  '24-3': [],
  '24-4': [{ low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-additional' }],
  '24-5': [{ low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '24-6': [{ low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-additional' }],
  '24-7': [
    // 'plans to send a total of ... by December': a projected total by a date
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '24-8': [],
  '24-9': [],
  '24-10': [
    // 'Adding' to the conflict: sent, present or about to come, the words do not decide
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: null },
  ],
  '24-11': [],
  '24-12': [],
  '24-13': [],
  '24-14': [],
  '24-15': [],
  '24-16': [
    { low: 10000, high: 10000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '24-17': [
    { low: 30, high: 30, qualifier: 'at least', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '24-18': [
    { low: 10000, high: 10000, qualifier: 'at least', unit: 'troops', measure: 'troops-sent' },
  ],
  '24-19': [],
  '24-20': [],
  '24-21': [],
  '24-22': [
    // 'are involved in combat in the region': those there now
    { low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-present' },
  ],
  '24-23': [],
  '24-24': [],
  '24-25': [{ low: 3, high: 3, qualifier: '', unit: 'people', measure: 'killed' }],
  '24-26': [],
  '24-27': [],
  '24-28': [{ low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'casualties' }],
  '24-29': [],
  '24-30': [],
  '24-31': [],
  '24-32': [
    // 'preparing to converge on the front' (like 'preparing to join')
    { low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '24-33': [],
  '24-34': [
    // a 1960s commando, not troops in Russia's war
    { low: 31, high: 31, qualifier: '', unit: 'troops', measure: null },
  ],
  '24-35': [],
  '24-36': [],
  '24-37': [
    // North Korea's whole special forces, not a deployment
    { low: 200000, high: 200000, qualifier: '', unit: 'troops', measure: null },
  ],
  '24-38': [
    // the 11th Corps' strength at home, not a deployment
    { low: 60000, high: 60000, qualifier: '', unit: 'troops', measure: null },
  ],
  '24-39': [],
  '24-40': [],
  '24-41': [
    // hostages in a 2013 propaganda scenario
    { low: 150000, high: 150000, qualifier: '', unit: 'people', measure: null },
  ],
  '24-42': [
    // American visitors to South Korea
    { low: 240000, high: 240000, qualifier: 'over', unit: 'people', measure: null },
  ],
  '24-43': [
    // 'its troops in Kursk'; 'mid-April' is a date
    { low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-present' },
  ],
  '24-44': [
    { low: 92, high: 92, qualifier: '', unit: 'casualties/day', measure: 'casualties-per-day' },
  ],
  '24-45': [{ low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '24-46': [
    { low: 3, high: 3, qualifier: '', unit: 'months', measure: 'time-to-wipe-out' },
    { low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
  ],
  '24-47': [{ low: 3800, high: 3800, qualifier: '', unit: 'people', measure: 'killed-or-wounded' }],
  '24-48': [{ low: 3800, high: 3800, qualifier: '', unit: 'people', measure: 'killed-or-wounded' }],
  '24-49': [
    {
      low: 200000,
      high: 900000,
      qualifier: 'hundreds of thousands',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '24-50': [{ low: 3800, high: 3800, qualifier: '', unit: 'people', measure: 'killed-or-wounded' }],
  '24-51': [
    // 'a third' taken out of action
    { low: 33, high: 33, qualifier: '', unit: '%', measure: 'share-of-force-lost' },
  ],
  '24-52': [{ low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '24-53': [{ low: 3800, high: 3800, qualifier: '', unit: 'people', measure: 'killed-or-wounded' }],
  '24-54': [
    {
      low: 500000,
      high: 500000,
      qualifier: 'as high as',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '24-55': [
    // one week's count, recorded as the claim (as single-battle counts were)
    { low: 1000, high: 1000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '24-56': [
    { low: 3000, high: 3000, qualifier: 'surpassed', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '24-57': [
    { low: 12000, high: 12000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
  ],
  '24-58': [
    { low: 100, high: 100, qualifier: 'at least', unit: 'people', measure: 'killed' },
    { low: 1000, high: 1000, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '24-59': [],
  '24-60': [
    { low: 11000, high: 11000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '24-61': [],
  '24-62': [],
  '24-63': [
    // a price scenario for a hypothetical deployment, not a claim of troops sent; money not figures
    { low: 5000, high: 20000, qualifier: 'between', unit: 'troops', measure: null },
  ],
  '24-64': [],
  '24-65': [
    // cargo containers filled with weapons: a count of containers, not of weapons
    { low: 20000, high: 20000, qualifier: '', unit: 'containers', measure: null },
    {
      low: 2000000,
      high: 9000000,
      qualifier: 'millions',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '25-0': [
    // the usual size of a battalion, no quantity of this war
    { low: 300, high: 900, qualifier: 'several hundred', unit: 'troops', measure: null },
  ],
  '25-1': [],
  '25-2': [
    // a city's people before the war; no measure fits
    { low: 60000, high: 60000, qualifier: 'around', unit: 'people', measure: null },
    // the city's residents remaining; no measure fits ('an estimated' is no approximator)
    { low: 11000, high: 11000, qualifier: '', unit: 'people', measure: null },
  ],
  '25-3': [
    {
      low: 4000,
      high: 4000,
      qualifier: 'as many as',
      unit: 'people',
      measure: 'killed-or-wounded',
    },
  ],
  '25-4': [
    // thousands more, to reinforce
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-additional' },
  ],
  '25-5': [
    // Russian and North Korean soldiers together (both armies); destroyed
    { low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: null },
  ],
  '25-6': [
    // Russia's own troops in Kursk; no measure counts them
    { low: 60000, high: 60000, qualifier: '', unit: 'troops', measure: null },
  ],
  '25-7': [
    // the same Russian troops restated as a claim; no measure
    { low: 60000, high: 60000, qualifier: '', unit: 'troops', measure: null },
  ],
  '25-8': [{ low: 4000, high: 4000, qualifier: '', unit: 'people', measure: 'casualties' }],
  '25-9': [{ low: 5000, high: 5000, qualifier: 'over', unit: 'people', measure: 'casualties' }],
  '25-10': [{ low: 5000, high: 5000, qualifier: 'over', unit: 'people', measure: 'casualties' }],
  '25-11': [
    // share of the casualties who were killed; no measure fits
    { low: 33, high: 33, qualifier: 'approximately', unit: '%', measure: null },
    // the casualties as a share of the initial deployment
    { low: 50, high: 50, qualifier: 'nearly', unit: '%', measure: 'share-of-force-lost' },
  ],
  '25-12': [
    { low: 5000, high: 5000, qualifier: 'more than', unit: 'people', measure: 'casualties' },
  ],
  '25-13': [
    { low: 50, high: 50, qualifier: 'nearly', unit: '%', measure: 'share-of-force-lost' },
    { low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
  ],
  '25-14': [
    // share of the casualties who were killed; no measure fits
    { low: 33, high: 33, qualifier: 'approximately', unit: '%', measure: null },
  ],
  '25-15': [
    { low: 4000, high: 4000, qualifier: 'approximately', unit: 'people', measure: 'casualties' },
    { low: 3000, high: 3000, qualifier: '', unit: 'troops', measure: 'troops-additional' },
  ],
  '25-16': [
    // foreign leaders expected at the parade; no measure fits ("80th" is an ordinal)
    { low: 29, high: 29, qualifier: '', unit: 'people', measure: null },
  ],
  '25-17': [
    // heads of state at the parade; no measure fits
    { low: 27, high: 27, qualifier: '', unit: 'people', measure: null },
  ],
  '25-18': [],
  '25-19': [
    // a dozen dead bodies
    { low: 12, high: 12, qualifier: '', unit: 'people', measure: 'killed' },
  ],
  '25-20': [],
  '25-21': [
    // eliminated: killed
    { low: 17, high: 17, qualifier: '', unit: 'people', measure: 'killed' },
  ],
  '25-22': [],
  '25-23': [],
  '25-24': [],
  '25-25': [],
  '25-26': [{ low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'ru-wounded' }],
  '25-27': [],
  '25-28': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '25-29': [{ low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'ru-wounded' }],
  '25-30': [
    // wounded of the special military operation: Russian
    { low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'ru-wounded' },
  ],
  '25-31': [],
  '25-32': [{ low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'ru-wounded' }],
  '25-33': [{ low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'ru-wounded' }],
  '25-34': [
    // Russian soldiers in Korean sanatoriums
    { low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'ru-wounded' },
  ],
  '25-35': [],
  '25-36': [
    // were deployed: the count sent
    { low: 11000, high: 11000, qualifier: 'some', unit: 'troops', measure: 'troops-sent' },
  ],
  '25-37': [],
  '25-38': [
    // fighters of the special military operation: Russian
    { low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'ru-wounded' },
  ],
  '25-39': [
    // had arrived
    { low: 12000, high: 12000, qualifier: 'up to', unit: 'troops', measure: 'troops-sent' },
  ],
  '25-40': [{ low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'wounded' }],
  '25-41': [{ low: 200, high: 200, qualifier: 'more than', unit: 'people', measure: 'wounded' }],
  '25-42': [
    { low: 10000, high: 10000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
    // growth of the estimate (tripling); no measure, as set 8 took "more than tripled"
    { low: 300, high: 300, qualifier: 'more than', unit: '%', measure: null },
  ],
  '25-43': [{ low: 3000, high: 3000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '25-44': [
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
  ],
  '25-45': [{ low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '25-46': [
    { low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-sent' },
    // plans to send
    {
      low: 12000,
      high: 12000,
      qualifier: 'up to',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '25-47': [
    // the men at one base in a video, not all those present
    { low: 200, high: 900, qualifier: 'hundreds', unit: 'troops', measure: null },
  ],
  '25-48': [],
  '25-49': [
    // en route: sent
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: 'troops-sent' },
  ],
  '25-50': [
    // preparing to deploy
    {
      low: 10000,
      high: 10000,
      qualifier: 'up to',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '25-51': [
    // preparing 10,000
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-possible-further' },
  ],
  '25-52': [],
  '25-53': [],
  '25-54': [
    // heading to Ukraine; the $200 million is money
    { low: 10000, high: 10000, qualifier: 'at least', unit: 'troops', measure: 'troops-sent' },
  ],
  '25-55': [
    // civilian workers, "in addition to the military"; construction-workers is military
    { low: 4000, high: 4000, qualifier: 'about', unit: 'people', measure: null },
  ],
  '25-56': [],
  '25-57': [],
  '25-58': [],
  '25-59': [],
  '25-60': [],
  '25-61': [],
  '25-62': [],
  '26-0': [
    // a share of the shells Russia fires, not a count of munitions supplied; no measure fits
    { low: 50, high: 50, qualifier: '', unit: '%', measure: null },
  ],
  '26-1': [
    {
      low: 3000000,
      high: 3000000,
      qualifier: 'around',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '26-2': [
    {
      low: 6000000,
      high: 6000000,
      qualifier: 'more than',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '26-3': [
    { low: 24, high: 108, qualifier: 'dozens', unit: 'munitions', measure: 'munitions-supplied' },
  ],
  '26-4': [
    // the share of North Korean missiles that malfunctioned; no measure fits
    { low: 50, high: 50, qualifier: 'around', unit: '%', measure: null },
  ],
  '26-5': [
    // civilian labour migrants for the Far East, not troops nor military builders; no measure fits
    { low: 15000, high: 15000, qualifier: 'approximately', unit: 'people', measure: null },
  ],
  '26-6': [],
  '26-7': [],
  '26-8': [
    // how far the museum's construction has got; no measure fits
    { low: 93, high: 93, qualifier: '', unit: '%', measure: null },
  ],
  '26-9': [],
  '26-10': [],
  '26-11': [{ low: 8000, high: 8000, qualifier: 'up to', unit: 'troops', measure: 'troops-sent' }],
  '26-12': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '26-13': [],
  '26-14': [
    { low: 11000, high: 11000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '26-15': [],
  '26-16': [
    { low: 14000, high: 14000, qualifier: 'nearly', unit: 'troops', measure: 'troops-sent' },
  ],
  '26-17': [],
  '26-18': [
    // the size of North Korea's whole army at home, not troops in Russia; no measure fits
    { low: 1300000, high: 1300000, qualifier: '', unit: 'troops', measure: null },
  ],
  '26-19': [
    { low: 5000, high: 5000, qualifier: 'about', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '26-20': [],
  '26-21': [{ low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: 'sappers' }],
  '26-22': [
    // counts containers of ammunition, not shells or other munitions; no measure fits
    { low: 20000, high: 90000, qualifier: 'tens of thousands', unit: 'containers', measure: null },
  ],
  '26-23': [
    { low: 8000, high: 8000, qualifier: 'as many as', unit: 'troops', measure: 'troops-present' },
  ],
  '26-24': [],
  '26-25': [],
  '26-26': [],
  '26-27': [],
  '26-28': [
    { low: 15000, high: 15000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
    { low: 600, high: 600, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 5000, high: 5000, qualifier: 'almost', unit: 'people', measure: 'wounded' },
  ],
  '26-29': [],
  '26-30': [],
  '26-31': [],
  '26-32': [{ low: 9, high: 9, qualifier: '', unit: 'people', measure: 'killed-acknowledged' }],
  '26-33': [
    { low: 3000, high: 3000, qualifier: 'more than', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '26-34': [
    { low: 12000, high: 12000, qualifier: 'up to', unit: 'troops', measure: 'troops-present' },
  ],
  '26-35': [
    { low: 3000, high: 3000, qualifier: 'exceeds', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '26-36': [
    { low: 1100, high: 1100, qualifier: 'at least', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '26-37': [],
  '26-38': [
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-possible-further' },
  ],
  '26-39': [
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-possible-further' },
  ],
  '26-40': [
    {
      low: 12000,
      high: 12000,
      qualifier: 'around',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '26-41': [{ low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '26-42': [
    { low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-possible-further' },
  ],
  '26-43': [
    // soldiers being trained to fight Ukraine: whether already sent, present, or still to be sent the words do not say
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: null },
  ],
  '26-44': [],
  '26-45': [
    { low: 6000, high: 6000, qualifier: 'more than', unit: 'people', measure: 'casualties' },
  ],
  '26-46': [
    { low: 6000, high: 6000, qualifier: 'more than', unit: 'people', measure: 'casualties' },
  ],
  '26-47': [
    { low: 50, high: 50, qualifier: 'more than', unit: '%', measure: 'share-of-force-lost' },
    { low: 11000, high: 11000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '26-48': [],
  '26-49': [],
  '26-50': [
    { low: 3000, high: 3000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '26-51': [
    {
      low: 10000,
      high: 10000,
      qualifier: 'about',
      unit: 'troops',
      measure: 'troops-sent-expected',
    },
  ],
  '26-52': [
    { low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-additional' },
    { low: 3000, high: 3000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
  ],
  '26-53': [
    {
      low: 10000,
      high: 10000,
      qualifier: 'approximately',
      unit: 'troops',
      measure: 'troops-sent-expected',
    },
  ],
  '26-54': [],
  '26-55': [],
  '27-0': [],
  '27-1': [{ low: 3000, high: 3000, qualifier: '', unit: 'troops', measure: 'troops-additional' }],
  '27-2': [
    // the stored text stops mid-phrase: no verb says whether the 11,000 were sent or are present
    { low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: null },
  ],
  '27-3': [
    // civilian North Korean labourers in Russia's economy, not military builders (construction-workers) nor troops; no measure fits (workers sought, not yet there)
    { low: 2000, high: 2000, qualifier: '', unit: 'people', measure: null },
  ],
  '27-4': [
    // civilian North Korean labourers in Russia's economy, not military builders (construction-workers) nor troops; no measure fits
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'people', measure: null },
  ],
  '27-5': [
    // a Siberian region's shortage of workers, not North Koreans nor soldiers; no measure fits
    { low: 4500, high: 5000, qualifier: '', unit: 'people', measure: null },
  ],
  '27-6': [
    // civilian North Korean labourers in Russia's economy, not military builders (construction-workers) nor troops; no measure fits
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'people', measure: null },
  ],
  '27-7': [],
  '27-8': [],
  '27-9': [],
  '27-10': [
    // civilian North Korean labourers in Russia's economy, not military builders (construction-workers) nor troops; no measure fits (yearly, before 2019)
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'people', measure: null },
  ],
  '27-11': [
    // weapons North Korea is poised to send, not yet supplied
    { low: 100, high: 100, qualifier: 'over', unit: 'munitions', measure: null },
  ],
  '27-12': [],
  '27-13': [
    // a planned doubling of artillery systems sent (growth, as set 8's 'tripled'); no measure fits
    { low: 200, high: 200, qualifier: '', unit: '%', measure: null },
  ],
  '27-14': [],
  '27-15': [],
  '27-16': [
    {
      low: 120,
      high: 120,
      qualifier: 'at least',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '27-17': [
    { low: 120, high: 120, qualifier: '', unit: 'munitions', measure: 'munitions-supplied' },
  ],
  '27-18': [{ low: 10000, high: 10000, qualifier: 'plus', unit: 'troops', measure: 'troops-sent' }],
  '27-19': [{ low: 1000, high: 1000, qualifier: '', unit: 'people', measure: 'wounded' }],
  '27-20': [],
  '27-21': [{ low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '27-22': [
    {
      low: 300,
      high: 900,
      qualifier: 'several hundred',
      unit: 'people',
      measure: 'killed-or-wounded',
    },
  ],
  '27-23': [],
  '27-24': [
    // area cleared of mines, in hectares; not ground seized and not km2
    { low: 42400, high: 42400, qualifier: 'almost', unit: 'ha', measure: null },
    // explosives destroyed in mine clearance, not supplied to Russia
    { low: 1500000, high: 1500000, qualifier: 'over', unit: 'munitions', measure: null },
  ],
  '27-25': [
    // area cleared of mines, in hectares; not ground seized and not km2
    { low: 42400, high: 42400, qualifier: 'almost', unit: 'ha', measure: null },
    // explosive devices destroyed, not supplied to Russia
    { low: 1500000, high: 1500000, qualifier: 'over', unit: 'munitions', measure: null },
  ],
  '27-26': [],
  '27-27': [],
  '27-28': [{ low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '27-29': [
    { low: 12000, high: 12000, qualifier: 'some', unit: 'troops', measure: 'troops-sent-expected' },
    // Zelensky's 'alert of 10,000': the words do not say sent, present or expected
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: null },
  ],
  '27-30': [{ low: 1500, high: 1500, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '27-31': [
    // counts containers of munitions, not the munitions themselves
    { low: 13000, high: 13000, qualifier: 'more than', unit: 'containers', measure: null },
  ],
  '27-32': [
    {
      low: 8000000,
      high: 8000000,
      qualifier: 'more than',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '27-33': [{ low: 4000, high: 4000, qualifier: '', unit: 'people', measure: 'casualties' }],
  '27-34': [{ low: 4000, high: 4000, qualifier: '', unit: 'people', measure: 'casualties' }],
  '27-35': [],
  '27-36': [],
  '27-37': [{ low: 6, high: 6, qualifier: '', unit: 'people', measure: 'killed' }],
  '27-38': [{ low: 6, high: 6, qualifier: '', unit: 'people', measure: 'killed' }],
  '27-39': [
    // the dead of both armies together (Russian and North Korean); no measure counts the two together
    { low: 20, high: 20, qualifier: 'more than', unit: 'people', measure: null },
    { low: 6, high: 6, qualifier: '', unit: 'people', measure: 'killed' },
  ],
  '27-40': [{ low: 3, high: 3, qualifier: 'at least', unit: 'people', measure: 'wounded' }],
  '27-41': [{ low: 6, high: 6, qualifier: '', unit: 'people', measure: 'killed' }],
  '27-42': [{ low: 6, high: 6, qualifier: '', unit: 'people', measure: 'killed' }],
  '27-43': [
    { low: 6, high: 6, qualifier: '', unit: 'people', measure: 'killed' },
    // casualties of both armies together; no measure counts the two together
    { low: 20, high: 20, qualifier: 'more than', unit: 'people', measure: null },
  ],
  '27-44': [{ low: 3, high: 9, qualifier: 'several', unit: 'people', measure: 'wounded' }],
  '27-45': [
    // the dead of both armies together (Russian and North Korean); no measure counts the two together
    { low: 20, high: 20, qualifier: '', unit: 'people', measure: null },
  ],
  '27-46': [{ low: 3, high: 3, qualifier: '', unit: 'people', measure: 'wounded' }],
  '27-47': [],
  '27-48': [],
  '27-49': [],
  '27-50': [],
  '27-51': [{ low: 10000, high: 10000, qualifier: 'over', unit: 'troops', measure: 'troops-sent' }],
  '27-52': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '27-53': [],
  '27-54': [{ low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '27-55': [
    { low: 10000, high: 10000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '27-56': [
    { low: 500000, high: 500000, qualifier: '', unit: 'people', measure: 'ru-killed-or-wounded' },
    { low: 300000, high: 300000, qualifier: 'over', unit: 'people', measure: 'ru-killed' },
  ],
  '27-57': [],
  '27-58': [
    // troops returning after a withdrawal, the place elided in the stored text: neither a count sent nor clearly those present
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'troops', measure: null },
  ],
  '27-59': [],
  '27-60': [{ low: 200, high: 900, qualifier: 'hundreds', unit: 'people', measure: 'ru-wounded' }],
  '28-0': [],
  '28-1': [
    { low: 11000, high: 11000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '28-2': [],
  '28-3': [
    { low: 8000, high: 8000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
    { low: 12000, high: 12000, qualifier: 'up to', unit: 'troops', measure: 'troops-sent' },
  ],
  '28-4': [
    {
      low: 2000000,
      high: 2000000,
      qualifier: 'more than',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '28-5': [
    { low: 3000, high: 3000, qualifier: '', unit: 'troops', measure: 'troops-present' },
    { low: 10000, high: 10000, qualifier: '', unit: 'troops', measure: 'troops-sent-expected' },
  ],
  '28-6': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-present' }],
  '28-7': [],
  '28-8': [
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: 'troops-possible-further' },
  ],
  '28-9': [{ low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' }],
  '28-10': [
    {
      low: 10000000,
      high: 10000000,
      qualifier: 'roughly',
      unit: 'munitions',
      measure: 'munitions-supplied',
    },
  ],
  '28-11': [],
  '28-12': [{ low: 1000, high: 3000, qualifier: '', unit: 'troops', measure: 'troops-additional' }],
  '28-13': [
    { low: 1000, high: 1000, qualifier: 'over', unit: 'km2', measure: 'kursk-ground-seized' },
  ],
  '28-14': [{ low: 400, high: 400, qualifier: '', unit: 'km2', measure: 'kursk-ground-seized' }],
  '28-15': [
    { low: 12000, high: 12000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
    { low: 4000, high: 4000, qualifier: 'up to', unit: 'people', measure: 'casualties' },
  ],
  '28-16': [
    { low: 1000, high: 1000, qualifier: 'over', unit: 'troops', measure: 'troops-additional' },
  ],
  '28-17': [],
  '28-18': [],
  '28-19': [],
  '28-20': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'people', measure: 'killed' },
  ],
  '28-21': [
    { low: 14000, high: 14000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
  ],
  '28-22': [{ low: 6000, high: 6000, qualifier: 'more than', unit: 'people', measure: 'killed' }],
  '28-23': [],
  '28-24': [],
  '28-25': [
    { low: 10000, high: 12000, qualifier: 'around', unit: 'troops', measure: 'troops-present' },
  ],
  '28-26': [],
  '28-27': [],
  '28-28': [],
  '28-29': [],
  '28-30': [],
  '28-31': [
    // specialists sent to gain industrial experience, not troops; no measure fits
    { low: 2000, high: 9000, qualifier: 'thousands', unit: 'people', measure: null },
  ],
  '28-32': [],
  '28-33': [
    // a drone plant's workforce in Russia (employees), not North Korean troops or losses; no measure fits
    { low: 1000, high: 1000, qualifier: 'around', unit: 'people', measure: null },
    // the projected workforce of the same plant; no measure fits
    { low: 40000, high: 40000, qualifier: '', unit: 'people', measure: null },
  ],
  '28-34': [{ low: 2000, high: 2000, qualifier: 'about', unit: 'people', measure: 'killed' }],
  '28-35': [
    // Pyongyang's own count, but of 'casualties', not of its dead: killed-acknowledged counts deaths only and there is no acknowledged-casualties measure; the words do not decide
    { low: 350, high: 350, qualifier: '', unit: 'people', measure: null },
  ],
  '28-36': [
    // citizens North Korea may send, and the next sentence says they are not soldiers: no troop measure fits
    { low: 25000, high: 25000, qualifier: 'as many as', unit: 'people', measure: null },
  ],
  '28-37': [],
  '28-38': [],
  '28-39': [
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
  ],
  '28-40': [],
  '28-41': [],
  '28-42': [
    { low: 10900, high: 10900, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '28-43': [],
  '28-44': [
    { low: 50, high: 50, qualifier: 'nearly', unit: 'munitions', measure: 'munitions-supplied' },
    { low: 20, high: 20, qualifier: '', unit: 'munitions', measure: 'munitions-supplied' },
  ],
  '28-45': [
    {
      low: 80000,
      high: 80000,
      qualifier: 'at least',
      unit: 'people',
      measure: 'ru-killed-or-wounded',
    },
  ],
  '28-46': [],
  '28-47': [],
  '28-48': [],
  '28-49': [],
  '28-50': [
    { low: 12000, high: 12000, qualifier: 'about', unit: 'troops', measure: 'troops-sent' },
  ],
  '28-51': [
    {
      low: 40000,
      high: 40000,
      qualifier: 'almost',
      unit: 'people',
      measure: 'ru-killed-or-wounded',
    },
    { low: 16000, high: 16000, qualifier: 'more than', unit: 'people', measure: 'ru-killed' },
  ],
  '28-52': [],
  '28-53': [],
  '28-54': [],
  '28-55': [],
  '28-56': [
    {
      low: 30000,
      high: 30000,
      qualifier: 'up to',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '28-57': [
    // growth of the total ('almost triple', read as 300 %), as set 8 took 'more than tripled': no measure of the vocabulary
    { low: 300, high: 300, qualifier: 'almost', unit: '%', measure: null },
    { low: 14000, high: 14000, qualifier: 'an estimated', unit: 'troops', measure: 'troops-sent' },
  ],
  '28-58': [],
  '28-59': [
    { low: 30000, high: 30000, qualifier: '', unit: 'troops', measure: 'troops-possible-further' },
  ],
  '28-60': [
    {
      low: 30000,
      high: 30000,
      qualifier: 'up to',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '28-61': [
    { low: 15000, high: 15000, qualifier: 'around', unit: 'troops', measure: 'troops-sent' },
    { low: 11000, high: 11000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
    { low: 4000, high: 4000, qualifier: '', unit: 'troops', measure: 'troops-additional' },
  ],
  '28-62': [],
  '28-63': [{ low: 3, high: 9, qualifier: 'several', unit: 'people', measure: 'captured' }],
  '28-64': [
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
  ],
  '29-0': [
    // 'the first two captured soldiers': the phrase itself states two taken so far (as set 8 took 'the two ... soldiers recently captured')
    { low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' },
  ],
  '29-1': [],
  '29-2': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '29-3': [],
  '29-4': [],
  '29-5': [],
  '29-6': [],
  '29-7': [],
  '29-8': [],
  '29-9': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '29-10': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '29-11': [
    { low: 600, high: 600, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 4700, high: 4700, qualifier: '', unit: 'people', measure: 'casualties' },
  ],
  '29-12': [],
  '29-13': [
    // 'a total of'; 'two waves' counts occasions
    { low: 15000, high: 15000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
    { low: 4700, high: 4700, qualifier: '', unit: 'people', measure: 'casualties' },
  ],
  '29-14': [
    // dead cremated and their remains sent home: no measure counts repatriated dead (wounded-repatriated is for the wounded)
    { low: 600, high: 600, qualifier: '', unit: 'people', measure: null },
  ],
  '29-15': [],
  '29-16': [
    // workers sent to Russia, not said to be military builders (construction-workers is military construction workers)
    { low: 15000, high: 15000, qualifier: 'about', unit: 'people', measure: null },
  ],
  '29-17': [],
  '29-18': [
    // a headline question about a planned dispatch; the 6,000 are builders and sappers together, not all sappers
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: 'troops-possible-further' },
  ],
  '29-19': [
    // 'to send': a planned dispatch
    { low: 6000, high: 6000, qualifier: '', unit: 'troops', measure: 'troops-possible-further' },
  ],
  '29-20': [
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
  ],
  '29-21': [
    // 'preparing to send'
    {
      low: 6000,
      high: 6000,
      qualifier: 'approximately',
      unit: 'troops',
      measure: 'troops-possible-further',
    },
  ],
  '29-22': [
    { low: 5000, high: 5000, qualifier: '', unit: 'troops', measure: 'construction-workers' },
    { low: 1000, high: 1000, qualifier: '', unit: 'troops', measure: 'sappers' },
  ],
  '29-23': [],
  '29-24': [],
  '29-25': [],
  '29-26': [],
  '29-27': [],
  '29-28': [
    // 'one of several ... captured': the several is an indefinite count, not a pointer back
    { low: 3, high: 9, qualifier: 'several', unit: 'people', measure: 'captured' },
  ],
  '29-29': [],
  '29-30': [{ low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' }],
  '29-31': [{ low: 4000, high: 4000, qualifier: '', unit: 'people', measure: 'killed-or-wounded' }],
  '29-32': [
    // 'are operating': those there now
    { low: 12000, high: 12000, qualifier: 'about', unit: 'troops', measure: 'troops-present' },
  ],
  '29-33': [
    // the phrase states the capture with its count (as set 8's 'the two ... soldiers recently captured by Ukraine')
    { low: 2, high: 2, qualifier: '', unit: 'people', measure: 'captured' },
  ],
  '29-34': [],
  '29-35': [{ low: 3, high: 9, qualifier: 'several', unit: 'people', measure: 'captured' }],
  '29-36': [],
  '29-37': [{ low: 10000, high: 10000, qualifier: 'over', unit: 'troops', measure: 'troops-sent' }],
  '29-38': [
    // ground in Kursk Ukraine still holds of what it took
    {
      low: 800,
      high: 800,
      qualifier: 'approximately',
      unit: 'km2',
      measure: 'kursk-ground-seized',
    },
  ],
  '29-39': [],
  '29-40': [],
  '29-41': [
    // 'sent to Russia'
    { low: 12000, high: 12000, qualifier: 'an estimated', unit: 'troops', measure: 'troops-sent' },
  ],
  '29-42': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '29-43': [],
  '29-44': [
    // oil shipped to North Korea: goods, no measure fits; 'eight months' is a duration
    { low: 1000000, high: 1000000, qualifier: 'more than', unit: 'barrels', measure: null },
  ],
  '29-45': [],
  '29-46': [],
  '29-47': [],
  '29-48': [
    { low: 10000, high: 10000, qualifier: 'more than', unit: 'troops', measure: 'troops-sent' },
  ],
  '29-49': [],
  '29-50': [],
  '29-51': [],
  '29-52': [
    // Red Square's area: no measure fits
    { low: 73000, high: 73000, qualifier: 'almost', unit: 'm2', measure: null },
    // the same area in square feet: no measure fits
    { low: 800000, high: 800000, qualifier: '', unit: 'ft2', measure: null },
  ],
  '29-53': [],
  '29-54': [
    // 'engaged in combat operations'; 'three months' is a duration
    { low: 12000, high: 12000, qualifier: 'about', unit: 'troops', measure: 'troops-present' },
  ],
  '29-55': [
    {
      low: 92,
      high: 92,
      qualifier: 'about',
      unit: 'casualties/day',
      measure: 'casualties-per-day',
    },
  ],
  '29-56': [
    { low: 300, high: 300, qualifier: '', unit: 'people', measure: 'killed' },
    { low: 2700, high: 2700, qualifier: '', unit: 'people', measure: 'wounded' },
  ],
  '29-57': [
    { low: 12, high: 12, qualifier: 'about', unit: 'weeks', measure: 'time-to-wipe-out-weeks' },
  ],
  '29-58': [{ low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-present' }],
  '29-59': [],
  '29-60': [{ low: 3800, high: 3800, qualifier: '', unit: 'people', measure: 'killed-or-wounded' }],
  '29-61': [],
  '29-62': [],
  '29-63': [
    {
      low: 92,
      high: 92,
      qualifier: 'approximately',
      unit: 'casualties/day',
      measure: 'casualties-per-day',
    },
  ],
  '29-64': [
    { low: 12000, high: 12000, qualifier: 'approximately', unit: 'troops', measure: 'troops-sent' },
  ],
  '29-65': [
    {
      low: 12,
      high: 12,
      qualifier: 'approximately',
      unit: 'weeks',
      measure: 'time-to-wipe-out-weeks',
    },
  ],
  '29-66': [],
  '29-67': [
    // 'have traveled to the region'
    { low: 12000, high: 12000, qualifier: '', unit: 'troops', measure: 'troops-sent' },
  ],
  '29-68': [
    // Russia's own daily casualties along the whole front; casualties-per-day counts North Koreans'
    { low: 1000, high: 1000, qualifier: 'more than', unit: 'casualties/day', measure: null },
  ],
  '29-69': [
    { low: 30, high: 30, qualifier: 'around', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '29-70': [],
  '29-71': [
    // missing only: no measure counts the missing alone
    { low: 3, high: 3, qualifier: 'at least', unit: 'people', measure: null },
  ],
  '29-72': [],
  '29-73': [],
  '29-74': [
    { low: 24, high: 108, qualifier: 'dozens', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '29-75': [
    { low: 30, high: 30, qualifier: 'at least', unit: 'people', measure: 'killed-or-wounded' },
  ],
  '29-76': [
    // missing only: no measure counts the missing alone
    { low: 3, high: 3, qualifier: 'at least', unit: 'people', measure: null },
  ],
  '29-77': [],
};

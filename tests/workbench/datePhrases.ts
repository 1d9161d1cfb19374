/** Date phrases with the DateRef a reader takes from each, against a published date. */
import type { DraftDateRef } from '../../src/workbench/parse/dates';

export const SEED = '2025-02-27'; // a Thursday

export const DATE_PHRASES: [string, string, DraftDateRef][] = [
  [
    'said on Thursday',
    SEED,
    { start: '2025-02-27', end: '2025-02-27', precision: 'day', asPrinted: 'on Thursday' },
  ],
  [
    'reported on Wednesday that',
    SEED,
    { start: '2025-02-26', end: '2025-02-26', precision: 'day', asPrinted: 'on Wednesday' },
  ],
  [
    'said in January that',
    SEED,
    { start: '2025-01-01', end: '2025-01-31', precision: 'month', asPrinted: 'in January' },
  ],
  [
    'since early December 2024',
    SEED,
    {
      start: '2024-12-01',
      end: SEED,
      precision: 'period',
      asPrinted: 'since early December 2024',
    },
  ],
  [
    'since early December',
    SEED,
    { start: '2024-12-01', end: SEED, precision: 'period', asPrinted: 'since early December' },
  ],
  [
    'last fall',
    SEED,
    { start: '2024-09-01', end: '2024-11-30', precision: 'period', asPrinted: 'last fall' },
  ],
  [
    'last autumn',
    '2024-10-15',
    { start: '2023-09-01', end: '2023-11-30', precision: 'period', asPrinted: 'last autumn' },
  ],
  [
    'in the first week of February',
    SEED,
    {
      start: '2025-02-01',
      end: '2025-02-07',
      precision: 'week',
      asPrinted: 'in the first week of February',
    },
  ],
  [
    'between January and February',
    SEED,
    {
      start: '2025-01-01',
      end: SEED,
      precision: 'period',
      asPrinted: 'between January and February',
    },
  ],
  [
    'stated on 13 January that',
    '2025-01-17',
    { start: '2025-01-13', end: '2025-01-13', precision: 'day', asPrinted: 'on 13 January' },
  ],
  [
    'reported on 5 November 2024 that',
    '2025-01-17',
    { start: '2024-11-05', end: '2024-11-05', precision: 'day', asPrinted: 'on 5 November 2024' },
  ],
  [
    'On Saturday, April 26, Chief',
    '2025-04-26',
    {
      start: '2025-04-26',
      end: '2025-04-26',
      precision: 'day',
      asPrinted: 'On Saturday, April 26',
    },
  ],
  [
    'told lawmakers Wednesday.',
    '2025-04-30',
    { start: '2025-04-30', end: '2025-04-30', precision: 'day', asPrinted: 'Wednesday' },
  ],
  [
    'in December',
    SEED,
    { start: '2024-12-01', end: '2024-12-31', precision: 'month', asPrinted: 'in December' },
  ],
  [
    'As of mid-January 2025',
    '2025-01-23',
    {
      start: '2025-01-11',
      end: '2025-01-20',
      precision: 'period',
      asPrinted: 'As of mid-January 2025',
    },
  ],
  [
    'Ukraine said earlier that',
    SEED,
    { start: null, end: SEED, precision: 'before', asPrinted: 'earlier' },
  ],
  // From the newer texts of ../shared/sources.
  [
    'On the 23rd, the National Intelligence Service',
    '2024-10-23',
    { start: '2024-10-23', end: '2024-10-23', precision: 'day', asPrinted: 'On the 23rd' },
  ],
  [
    'after the first transfer between the 8th and 13th, now',
    '2024-10-23',
    {
      start: '2024-10-08',
      end: '2024-10-13',
      precision: 'period',
      asPrinted: 'between the 8th and 13th',
    },
  ],
  [
    'met Kim Jong-un early last week',
    '2025-06-26',
    { start: '2025-06-16', end: '2025-06-18', precision: 'period', asPrinted: 'early last week' },
  ],
  [
    'a visit last week',
    '2025-06-26',
    { start: '2025-06-16', end: '2025-06-22', precision: 'week', asPrinted: 'last week' },
  ],
  [
    'sent more than 10,000 troops to Russia in 2024',
    '2025-09-02',
    { start: '2024-01-01', end: '2024-12-31', precision: 'period', asPrinted: 'in 2024' },
  ],
  [
    'بحسب ما نقل نائب كوري جنوبي، أمس، وقال',
    '2025-09-03',
    { start: '2025-09-02', end: '2025-09-02', precision: 'day', asPrinted: 'أمس' },
  ],
  [
    'إن تقديراتها، في أبريل الماضي، كانت',
    '2025-09-03',
    { start: '2025-04-01', end: '2025-04-30', precision: 'month', asPrinted: 'في أبريل الماضي' },
  ],
  [
    'the lawmaker said yesterday',
    '2025-09-03',
    { start: '2025-09-02', end: '2025-09-02', precision: 'day', asPrinted: 'yesterday' },
  ],
];

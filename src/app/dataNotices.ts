import type { Problem } from '../data/validate';
import type { Notice } from '../ui/Notices';

/**
 * The notices for a failed load and for report files left out: errors (role alert) that name
 * the file and the reason. The rest of the data is still shown.
 * @param error - a failure to load the data or the basemap, in words, or null
 * @param problems - the dataset's problems (files or features that failed validation)
 * @returns one notice per failure
 */
export function dataNotices(error: string | null, problems: readonly Problem[]): Notice[] {
  return [
    ...(error ? [{ id: 'load-error', tone: 'error' as const, text: error }] : []),
    ...problems.map((problem, index) => ({
      id: `data-problem-${index}`,
      tone: 'error' as const,
      text: `${problem.file} was left out: ${problem.message}`,
    })),
  ];
}

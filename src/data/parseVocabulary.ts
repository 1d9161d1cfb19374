/**
 * A vocabulary file checked in full: its shape with zod (vocabularySchema.ts), then the
 * cross-checks the dashboard also runs (vocabulary.ts). For the build, the tests and the
 * workbench; the dashboard never loads zod for the shipped file.
 */
import type { Problem } from './problem';
import { checkVocabulary, type Vocabulary } from './vocabulary';
import { vocabularyFileSchema } from './vocabularySchema';

/**
 * Parses and cross-checks a vocabulary file: its shape (zod), then the cross-checks of
 * checkVocabulary. Never throws.
 * @param json - the parsed file
 * @param file - its name, for messages
 * @returns the vocabulary (null when invalid) and the problems found
 */
export function parseVocabulary(
  json: unknown,
  file = 'geodata/measures.json',
): { vocabulary: Vocabulary | null; problems: Problem[] } {
  const parsed = vocabularyFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      vocabulary: null,
      problems: parsed.error.issues.map((issue) => ({
        file,
        message: `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`,
      })),
    };
  }
  return checkVocabulary(parsed.data, file);
}

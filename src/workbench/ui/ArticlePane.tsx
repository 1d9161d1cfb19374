import type { Draft, DraftMeta } from '../draft';
import { reportIdOf, standInOutletId } from '../export';
import type { PickableSource } from '../published';
import type { TextRange } from '../useWorkbench';
import { languageProps } from '../../ui/textDirection';
import { ArticleText } from './ArticleText';
import { MetaForm } from './MetaForm';

interface ArticlePaneProps {
  draft: Draft;
  selection: TextRange | null;
  /** Sources the outlet can be picked from. */
  sources: readonly PickableSource[];
  onMeta: (meta: DraftMeta) => void;
  onSelect: (selection: TextRange | null) => void;
  onDraftSelection: () => void;
  onDraftEvent: () => void;
}

/** The report's metadata, the article, and drafting claims and events from the selected words. */
export function ArticlePane({
  draft,
  selection,
  sources,
  onMeta,
  onSelect,
  onDraftSelection,
  onDraftEvent,
}: ArticlePaneProps) {
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(draft.meta.published);
  return (
    <section className="wb-left" aria-label="Article">
      <MetaForm
        meta={draft.meta}
        sources={sources}
        standInId={standInOutletId(reportIdOf(draft))}
        onChange={onMeta}
      />
      <div className="wb-selectbar">
        <button type="button" disabled={!selection || !dated} onClick={onDraftSelection}>
          Draft claim from selection
        </button>
        <button type="button" disabled={!selection || !dated} onClick={onDraftEvent}>
          Draft event from selection
        </button>
        <span className="wb-hint">
          {!dated ? (
            'Enter the published date first: the dates in the text are read against it.'
          ) : selection ? (
            <>
              Selected:{' '}
              <q {...languageProps(draft.meta.language)}>
                {draft.text.slice(selection.start, selection.end).slice(0, 80)}
              </q>
            </>
          ) : (
            'Select the words that carry a figure, or that state an event.'
          )}
        </span>
      </div>
      {draft.text ? (
        <ArticleText
          text={draft.text}
          language={draft.meta.language}
          claims={draft.claims}
          events={draft.events}
          onSelect={onSelect}
        />
      ) : (
        <p className="wb-hint">Re-opened from a report file: the article text is not in it.</p>
      )}
    </section>
  );
}

import type { DraftConflict } from '../draftSession';

interface ConflictNoticeProps {
  conflict: DraftConflict;
  onChoose: (choice: 'theirs' | 'mine') => void;
}

/**
 * Another tab saved (or discarded) the open draft after this tab last saved it: nothing more
 * is saved here until the analyst picks whose copy to keep.
 */
export function ConflictNotice({ conflict, onChoose }: ConflictNoticeProps) {
  const { theirs } = conflict;
  return (
    <div
      role="alertdialog"
      aria-label={
        theirs ? 'This draft was changed in another tab' : 'This draft was discarded in another tab'
      }
      className="wb-confirm wb-conflict"
    >
      <p>{conflict.message}</p>
      {theirs ? (
        <p>
          Take the other tab’s version (it has {theirs.claims.length} claim
          {theirs.claims.length === 1 ? '' : 's'}; this tab’s changes since its last save are
          dropped), or overwrite it with this tab’s version (the other tab’s changes are dropped).
        </p>
      ) : (
        <p>Close it here too, or save this tab’s copy in this browser again.</p>
      )}
      <button type="button" onClick={() => onChoose('theirs')}>
        {theirs ? 'Take the other tab’s version' : 'Close it here too'}
      </button>
      <button type="button" onClick={() => onChoose('mine')}>
        {theirs ? 'Overwrite it with this tab’s version' : 'Save this tab’s copy again'}
      </button>
    </div>
  );
}

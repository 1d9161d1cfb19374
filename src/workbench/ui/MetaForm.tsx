import type { DraftMeta } from '../draft';
import type { PickableSource } from '../published';
import { OutletPicker } from './OutletPicker';

interface MetaFormProps {
  meta: DraftMeta;
  /** Sources the outlet can be picked from (the registry's and the draft's own). */
  sources: readonly PickableSource[];
  /** The report's own outlet stand-in id, used when none is picked. */
  standInId: string;
  onChange: (meta: DraftMeta) => void;
}

const FIELDS: { key: keyof DraftMeta; label: string; type?: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet', hint: 'as named; honest wording when the text does not say' },
  { key: 'published', label: 'Published', type: 'date' },
  { key: 'dateline', label: 'Dateline' },
  { key: 'url', label: 'URL', type: 'url', hint: 'empty when not known' },
  {
    key: 'language',
    label: 'Language',
    hint: 'BCP 47 tag of the article, e.g. en, ar: its text and quotes are shown in it',
  },
  { key: 'editor', label: 'Editor', hint: 'empty when not named' },
  { key: 'slug', label: 'File name slug', hint: '<published>-<slug>.json' },
  {
    key: 'text',
    label: 'Text file',
    hint: 'where the text lives beside the repository, e.g. ../shared/sources/<file>.txt; empty when we hold none',
  },
  { key: 'note', label: 'Report note', hint: 'how outlet and date were established, in our words' },
];

/** The report's metadata: every field typed as is; the build's schema checks it. */
export function MetaForm({ meta, sources, standInId, onChange }: MetaFormProps) {
  return (
    <fieldset className="wb-meta">
      <legend>Report</legend>
      {FIELDS.map((field) => (
        <label key={field.key}>
          <span>{field.label}</span>
          <input
            aria-label={field.label}
            type={field.type ?? 'text'}
            // Title, outlet and dateline may be in the article's script (Arabic reads right to left).
            dir={field.type ? undefined : 'auto'}
            value={meta[field.key] ?? ''}
            onChange={(event) => onChange({ ...meta, [field.key]: event.target.value })}
          />
          {field.hint ? <small>{field.hint}</small> : null}
        </label>
      ))}
      <OutletPicker
        value={meta.outletSource ?? ''}
        sources={sources}
        standInId={standInId}
        onChange={(outletSource) => onChange({ ...meta, outletSource })}
      />
    </fieldset>
  );
}

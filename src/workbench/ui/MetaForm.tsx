import type { DraftMeta } from '../draft';

interface MetaFormProps {
  meta: DraftMeta;
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
];

/** The report's metadata: every field typed as is; the build's schema checks it. */
export function MetaForm({ meta, onChange }: MetaFormProps) {
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
            value={meta[field.key]}
            onChange={(event) => onChange({ ...meta, [field.key]: event.target.value })}
          />
          {field.hint ? <small>{field.hint}</small> : null}
        </label>
      ))}
    </fieldset>
  );
}

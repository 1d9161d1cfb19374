/** What the codec needs to know about the loaded data, and what it reports back. */

export interface ParseContext {
  /** Ids of the areas in the loaded data; `area=` must be one of them. */
  areaIds: ReadonlySet<string>;
  /** Ids of the claims (figures); `claim=` must be one of them. */
  claimIds: ReadonlySet<string>;
  /** First date 'YYYY-MM-DD' that `asof=` may take (the earliest reported date). */
  minDate: string;
  /** Last date 'YYYY-MM-DD' that `asof=` may take (usually today or the latest report). */
  maxDate: string;
  /**
   * Imported layers present in this browser (full ids, `user:…`). When given, other
   * `user:` layers are dropped with a notice; when omitted, any well-formed one is kept.
   */
  userLayerIds?: ReadonlySet<string>;
}

/**
 * A recognised key whose value was not used, for the notice "Ignored area=foo: unknown
 * area". `key` is '' when the whole link was ignored (see `MAX_LINK_LENGTH`). `value` is
 * cut to `MAX_REPORTED_VALUE_LENGTH` characters; render it as text, never as HTML.
 */
export interface IgnoredKey {
  key: string;
  value: string;
  reason: string;
}

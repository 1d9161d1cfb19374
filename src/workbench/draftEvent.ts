/**
 * Events of a draft: a dated happening the article states ("Pyongyang opened a memorial
 * museum on Thursday"). The analyst selects the words that state it; the workbench drafts its
 * date (the parser's date rules, read against the published date), its place (the gazetteer's
 * areas, as for claims), who the sentence names as saying it, and the draft's claims that the
 * same sentence carries. The title is the analyst's, in their own words; the selected words
 * stay in the draft only (the file's events hold no quote).
 */
import { makeAnchor } from './anchor';
import { newKey, type Draft, type DraftClaim, type DraftContext, type DraftEvent } from './draft';
import { findDates, undated } from './parse/dates';
import { sentenceAround } from './parse/sentence';
import { suggestAreas, suggestSources } from './parse/suggest';

/** The draft's claims whose words lie in the span (the event's sentence). */
function claimsWithin(claims: readonly DraftClaim[], start: number, end: number): string[] {
  return claims
    .filter((c) => {
      const at = c.anchor?.position;
      return !c.carries?.trim() && at !== undefined && at.start >= start && at.end <= end;
    })
    .map((c) => c.key);
}

/**
 * Drafts the event the selected words state.
 * @param text - the article text
 * @param selStart - selection start in `text`
 * @param selEnd - selection end
 * @param published - the report's published date (YYYY-MM-DD): dates are read against it
 * @param context - areas and known sources
 * @param claims - the draft's claims (those in the same sentence are linked)
 * @returns the drafted event, or null for an empty selection
 * @example draftEventFromSelection(text, 10, 60, '2025-10-24', context, []).date.precision
 */
export function draftEventFromSelection(
  text: string,
  selStart: number,
  selEnd: number,
  published: string,
  context: DraftContext,
  claims: readonly DraftClaim[],
): DraftEvent | null {
  if (selEnd <= selStart) return null;
  const sentence = sentenceAround(text, selStart, selEnd);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const found = findDates(sentenceText, published);
  // A date inside the selected words first; then the first of the sentence.
  const inSelection = found.find(
    (d) => sentence.start + d.start < selEnd && sentence.start + d.end > selStart,
  );
  const date = (inSelection ?? found[0])?.ref ?? undated(published, 'date not given');
  const areas = suggestAreas(sentenceText, context.areaEntries);
  const sources = suggestSources(sentenceText, context.sources);
  return {
    key: newKey(),
    anchor: makeAnchor(text, selStart, selEnd),
    title: '',
    date,
    dateCandidates: found.map((d) => d.ref),
    area: areas.length === 1 ? (areas[0]?.id ?? '') : '',
    areaCandidates: areas,
    sources: sources.length === 1 ? sources : [],
    sourceCandidates: sources,
    claims: claimsWithin(claims, sentence.start, sentence.end),
  };
}

/**
 * The draft's events once a claim is removed: no event keeps a link to it.
 * @param events - the draft's events
 * @param claimKey - the removed claim's key
 * @returns the events without that link
 */
export function unlinkClaim(events: readonly DraftEvent[], claimKey: string): DraftEvent[] {
  return events.map((e) =>
    e.claims.includes(claimKey) ? { ...e, claims: e.claims.filter((k) => k !== claimKey) } : e,
  );
}

/** The draft's edits of its claims and events, as pure functions (useWorkbench applies them). */
export const draftEdits = {
  /** Without the claim, and without any event's link to it. */
  removeClaim: (d: Draft, key: string): Draft => ({
    ...d,
    claims: d.claims.filter((c) => c.key !== key),
    ...(d.events ? { events: unlinkClaim(d.events, key) } : {}),
  }),
  addEvent: (d: Draft, event: DraftEvent): Draft => ({
    ...d,
    events: [...(d.events ?? []), event],
  }),
  setEvent: (d: Draft, key: string, event: DraftEvent): Draft => ({
    ...d,
    events: (d.events ?? []).map((e) => (e.key === key ? event : e)),
  }),
  removeEvent: (d: Draft, key: string): Draft => ({
    ...d,
    events: (d.events ?? []).filter((e) => e.key !== key),
  }),
};

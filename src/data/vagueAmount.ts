/**
 * Vague amounts: qualifiers that are themselves the amount ("thousands", "several hundred",
 * "tens of thousands", "مئات"), to which a report's figure was given the documented range of
 * docs/workbench.md ("thousands" 2,000–9,000). Such a figure says less than a number does,
 * so the current picture lets it lead only when no specific figure is recent enough
 * (view/currentPicture.ts).
 */

/**
 * The vague-quantity words of docs/workbench.md, with the singular scale words that follow
 * "a couple", "a few" and "several", and "millions". Letters of any script around a word
 * break the match ("thousandth" is not vague), which `\b` cannot say for Arabic.
 */
const VAGUE_WORDS =
  /(?<![\p{L}\d])(?:dozens?|hundreds?|thousands?|millions?|مئات|آلاف)(?![\p{L}\d])/iu;

/**
 * Whether a printed qualifier names a vague amount rather than bounding a number.
 * @param qualifier - as printed, any case: "thousands", "nearly several hundred", "about"
 * @returns true for "thousands", "a few thousand", "tens of thousands"; false for "about",
 *   "more than", ""
 * @example isVagueAmount('several hundred') // true
 */
export function isVagueAmount(qualifier: string): boolean {
  return VAGUE_WORDS.test(qualifier);
}

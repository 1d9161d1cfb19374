// Seeded randomness for the link-length scripts (annotation-links.mjs, linked-layer-links.mjs)
// and the bench's synthetic reports (bench/scaleReports.mjs),
// so every run measures the same shapes and layers.

/**
 * mulberry32: a small seeded generator.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A phrase of random words at least `minLength` characters long (repeated text would compress
 * unfairly well).
 * @param {() => number} next - from random()
 * @param {readonly string[]} words
 * @param {number} minLength
 * @returns {string}
 */
export function phrase(next, words, minLength) {
  const picked = [];
  while (picked.join(' ').length < minLength) picked.push(words[Math.floor(next() * words.length)]);
  return picked.join(' ');
}

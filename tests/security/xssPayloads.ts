// Cross-site scripting payloads for the e2e XSS spec (e2e/xss.spec.ts). Every payload, if it
// ever ran as script, would set `window.__pwned = 1` (the canary the spec checks). The list is
// generated: base vectors of each family, each also behind the usual context breakouts.

/** What a payload runs if it executes. */
export const CANARY = 'window.__pwned=1';

/** Base vectors, grouped by family; each carries {@link CANARY} in some spelling. */
export const VECTOR_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  scriptTags: [
    `<script>${CANARY}</script>`,
    `<ScRiPt>${CANARY}</sCrIpT>`,
    `<script src="data:text/javascript,${CANARY}"></script>`,
    `<script>/*</script>*/${CANARY}</script>`,
    `<scr<script>ipt>${CANARY}</scr</script>ipt>`,
  ],
  eventHandlers: [
    `<img src=x onerror=${CANARY}>`,
    `<img src="x" onerror="${CANARY}">`,
    `<svg onload=${CANARY}>`,
    `<svg><animate onbegin=${CANARY} attributeName=x dur=1s>`,
    `<body onload=${CANARY}>`,
    `<details open ontoggle=${CANARY}>`,
    `<video><source onerror=${CANARY}></video>`,
    `<audio src=x onerror=${CANARY}>`,
    `<input autofocus onfocus=${CANARY}>`,
    `<marquee onstart=${CANARY}>x</marquee>`,
    `<div onmouseover=${CANARY}>hover</div>`,
    `<iMg SrC=x OnErRoR=${CANARY}>`,
    `<img src=x onerror\n=${CANARY}>`,
    `<img/src=x/onerror=${CANARY}>`,
    `<style onload=${CANARY}></style>`,
  ],
  frames: [
    `<iframe srcdoc="<script>${CANARY}</script>"></iframe>`,
    `<iframe src="javascript:${CANARY}"></iframe>`,
    `<object data="javascript:${CANARY}"></object>`,
    `<embed src="data:text/html,<script>${CANARY}</script>">`,
  ],
  scriptUrls: [
    `javascript:${CANARY}`,
    `JaVaScRiPt:${CANARY}`,
    `java\tscript:${CANARY}`,
    ` javascript:${CANARY}`,
    `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`,
    `<a href="javascript:${CANARY}">link</a>`,
    `<form action="javascript:${CANARY}"><button>go</button></form>`,
    `vbscript:${CANARY}`,
  ],
  entityEncoded: [
    `&lt;img src=x onerror=${CANARY}&gt;`,
    `&#60;img src=x onerror=${CANARY}&#62;`,
    `&#x3C;svg onload=${CANARY}&#x3E;`,
    `<img src=x onerror="&#119;indow.__pwned=1">`,
    `<a href="&#106;avascript:${CANARY}">x</a>`,
    `%3Cscript%3E${CANARY}%3C%2Fscript%3E`,
  ],
  unicodeEscapes: [
    `\\u003cimg src=x onerror=${CANARY}\\u003e`,
    `\\x3csvg onload=${CANARY}\\x3e`,
    `＜script＞${CANARY}＜/script＞`,
    `<img src=x onerror=\\u0077indow.__pwned=1>`,
    `\u202e>tpircs/<${CANARY}>tpircs<`,
  ],
  css: [
    `<div style="background:url(javascript:${CANARY})">x</div>`,
    `<div style="width:expression(${CANARY})">x</div>`,
    `<style>@import "javascript:${CANARY}";</style>`,
    `<link rel=stylesheet href="javascript:${CANARY}">`,
  ],
  templates: [
    `{{constructor.constructor('${CANARY}')()}}`,
    `\${${CANARY}}`,
    `#{${CANARY}}`,
    `<%= ${CANARY} %>`,
    `{{${CANARY}}}`,
    `[[${CANARY}]]`,
  ],
  markdown: [
    `[click](javascript:${CANARY})`,
    `![x](x" onerror="${CANARY})`,
    `<javascript:${CANARY}>`,
    `[x](data:text/html,<script>${CANARY}</script>)`,
  ],
  polyglots: [
    `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${CANARY} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${CANARY}//>\\x3e`,
    `'"--></style></script><script>${CANARY}</script>`,
    `"><svg/onload=${CANARY}>`,
    `'-${CANARY}-'`,
    `";${CANARY};//`,
    `</title><img src=x onerror=${CANARY}>`,
  ],
};

/** Contexts a payload tries to break out of before the vector. */
export const BREAKOUTS: readonly string[] = ['', '">', "'>", '</textarea>', '--></'];

/**
 * Every payload: each vector alone and behind each breakout, deduplicated, in a fixed order.
 *
 * @returns at least 200 distinct strings, each containing the canary in some spelling
 */
export function xssPayloads(): string[] {
  const vectors = Object.values(VECTOR_FAMILIES).flat();
  const all = BREAKOUTS.flatMap((breakout) => vectors.map((vector) => `${breakout}${vector}`));
  return [...new Set(all)];
}

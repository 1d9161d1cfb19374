import type { Page } from '@playwright/test';

/** What a hostile payload would leave in the page if any of it ran or became markup. */
export interface PayloadTraces {
  /** Set by the test payloads' scripts, were any to run. */
  pwned: unknown;
  /** Set on Object.prototype by a `__proto__` payload, were it merged anywhere. */
  polluted: unknown;
  /** Every `on*` attribute in the document, as `TAG[onname]`. */
  onAttributes: string[];
  /** How many elements match `strayElements`. */
  strayElements: number;
}

/**
 * Reads the traces a hostile link could leave (hostile-links and hostile-annotations specs).
 * @param page - the page
 * @param strayElements - a selector for elements no payload may create
 * @returns the traces, to compare with none
 */
export function payloadTraces(page: Page, strayElements: string): Promise<PayloadTraces> {
  return page.evaluate(
    (selector) => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      polluted: ({} as Record<string, unknown>).polluted,
      onAttributes: [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
          .map((attribute) => `${element.tagName}[${attribute.name}]`),
      ),
      strayElements: document.querySelectorAll(selector).length,
    }),
    strayElements,
  );
}

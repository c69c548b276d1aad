import { html, type TemplateResult } from 'lit';

/**
 * A visually hidden live region. Render it from the first render on and
 * change only its text: screen readers announce changes to a region that
 * already exists, not a region that appears with its text.
 *
 * @param message - What to announce now; empty for nothing.
 * @param politeness - `polite` (default) waits for a pause; `assertive`
 *   interrupts, for failures.
 */
export function liveRegion(
  message: string,
  politeness: 'polite' | 'assertive' = 'polite',
): TemplateResult {
  return html`<div
    class="visually-hidden"
    role=${politeness === 'assertive' ? 'alert' : 'status'}
    aria-live=${politeness}
    aria-atomic="true"
  >
    ${message}
  </div>`;
}

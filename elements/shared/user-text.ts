import { html, type TemplateResult } from 'lit';

/**
 * Renders text that users typed (names, emails, space names) safely:
 * always as text, never as markup; with `dir="auto"` so right-to-left
 * names lay out on their own and do not reorder what is around them;
 * truncated with an ellipsis by the `.user-text` class of the shared
 * theme, with the full value in `title`.
 *
 * @param value - The text as the server sent it.
 * @param part - An optional `part` name for hosts to style it.
 */
export function userText(value: string, part?: string): TemplateResult {
  return html`<span
    class="user-text"
    dir="auto"
    title=${value}
    part=${part ?? ''}
    >${value}</span
  >`;
}

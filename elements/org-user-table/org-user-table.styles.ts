import { css } from 'lit';

/**
 * The table's own styles, over the shared theme. Column widths are flex
 * bases shared by the header and the body rows, so columns line up
 * whatever set and order the host chose, without inline styles.
 */
export const tableStyles = css`
  :host {
    display: block;
    --_table-block-size: var(--org-table-block-size, 32rem);
    --_row-block-size: var(--org-table-row-block-size, 3rem);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_spacing);
    margin-block-end: var(--_spacing);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
  }

  .field > span {
    color: var(--_text-muted);
    font-size: 0.8125rem;
  }

  input,
  select {
    font: inherit;
    min-block-size: 2rem;
    box-sizing: border-box;
    padding-inline: var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  input[type='search'] {
    inline-size: 16rem;
    max-inline-size: 100%;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_spacing);
  }

  .count {
    margin: 0;
    margin-inline-start: auto;
    align-self: center;
    color: var(--_text-muted);
  }

  .scroll {
    position: relative;
    display: block;
    block-size: var(--_table-block-size);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .grid {
    inline-size: max-content;
    min-inline-size: 100%;
  }

  /* The header row alone sets the table's width: a 500-character name in
     a row must not widen every column. */
  .body {
    box-sizing: border-box;
    contain: inline-size;
  }

  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface-muted);
    font-weight: 600;
  }

  .row {
    display: flex;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_row-block-size);
    border-block-end: 1px solid var(--_border);
  }

  .body .row:hover {
    background: var(--_surface-muted);
  }

  .row[data-stale] {
    opacity: 0.7;
  }

  .cell {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.25rem 0.375rem;
    box-sizing: border-box;
    min-inline-size: 0;
    padding-block: 0.25rem;
    padding-inline: var(--_spacing);
  }

  .cell > .user-text {
    flex: 0 1 auto;
    min-inline-size: 0;
  }

  .c-user {
    flex: 1 0 var(--org-table-user-inline-size, 14rem);
    flex-wrap: nowrap;
  }
  .c-email {
    flex: 0 0 16rem;
  }
  .c-org-role {
    flex: 0 0 6rem;
  }
  .c-space-roles {
    flex: 0 0 12rem;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
  }
  .c-groups {
    flex: 0 0 10rem;
  }
  .c-two-factor {
    flex: 0 0 8rem;
  }
  .c-status {
    flex: 0 0 14rem;
  }
  .c-last-access {
    flex: 0 0 9rem;
  }
  .c-actions {
    flex: 0 0 21rem;
  }

  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-block-size: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
  }

  .sort-icon::after {
    content: '\\2195';
    color: var(--_text-muted);
  }

  [aria-sort='ascending'] .sort-icon::after {
    content: '\\25B2';
    color: inherit;
  }

  [aria-sort='descending'] .sort-icon::after {
    content: '\\25BC';
    color: inherit;
  }

  .avatar {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface-muted);
    color: var(--_text-muted);
    font-weight: 600;
  }

  .badge {
    padding-inline: 0.375rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.75rem;
    white-space: nowrap;
  }

  .badge[data-state='active'] {
    color: var(--_success);
  }

  .badge[data-state='invited'],
  .badge[data-state='reauthentication_required'],
  .badge[data-state='reset_pending'] {
    color: var(--_warning);
  }

  .badge[data-state='not_set_up'],
  .detail,
  .reason,
  .reasons {
    color: var(--_text-muted);
    font-size: 0.8125rem;
  }

  .disclosure {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-block-size: 0;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
  }

  .chevron::before {
    display: inline-block;
    content: '\\25B8';
    transition: rotate 0.15s;
  }

  :host(:dir(rtl)) .chevron::before {
    scale: -1 1;
  }

  [aria-expanded='true'] .chevron::before {
    rotate: 90deg;
  }

  :host(:dir(rtl)) [aria-expanded='true'] .chevron::before {
    rotate: -90deg;
  }

  .reasons {
    margin: 0;
    padding-inline-start: 1rem;
    max-inline-size: 100%;
  }

  .reasons li {
    overflow-wrap: anywhere;
  }

  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .skeleton {
    display: block;
    inline-size: 70%;
    block-size: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }

  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
    margin-block-start: var(--_spacing);
    color: var(--_danger);
  }

  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_spacing);
    padding: calc(var(--_spacing) * 2);
  }

  .empty p {
    margin: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron::before {
      transition: none;
    }
  }
`;

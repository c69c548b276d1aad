import { localized, msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { property, query, state } from 'lit/decorators.js';
import { ApiError, type OrgUserClient } from '../../sdk/index.js';
import { OrgActionSelectEvent } from '../events/org-action-select.js';
import type { OrgUserAction } from '../events/org-user-action.js';
import { UsersChangedController } from '../events/users-changed-controller.js';
import { actionLabel } from '../shared/actions.js';
import { describeError } from '../shared/error-messages.js';
import { formatNumber, plural } from '../shared/format.js';
import { liveRegion } from '../shared/live-region.js';
import { OnlineController } from '../shared/online-controller.js';
import { OrgElement } from '../shared/org-element.js';
import { renderFailure, renderLoading } from '../shared/state-views.js';
import { stateStyles, theme } from '../shared/theme.js';
import { rowActions } from './actions.js';
import { renderCell } from './cells.js';
import {
  COLUMN_IDS,
  formatColumns,
  isColumnId,
  parseColumns,
  SORT_KEYS,
  type ColumnId,
} from './columns.js';
import { buildCsv, csvBlob, downloadBlob } from './csv.js';
import { ensureDialogTag } from './dialog-tag.js';
import { exportColumns } from './export-columns.js';
import {
  columnLabel,
  orgRoleFilterLabel,
  spaceRoleLabel,
  statusLabel,
} from './labels.js';
import {
  cleared,
  FILTER_VALUES,
  hasFilters,
  INITIAL_QUERY,
  isNarrowed,
  nextSort,
  sameQuery,
  sortDirection,
  toListUsersQuery,
  withFilter,
  withoutFilters,
  type FilterName,
  type SortKey,
  type TableQuery,
} from './query.js';
import { RowModel } from './row-model.js';
import { RowWindow } from './row-window.js';
import { tableStyles } from './org-user-table.styles.js';
import type { Group, Organization, OrgUser } from './types.js';
import type { UserActionDialog } from '../user-action-dialog/user-action-dialog.js';

/** What one load of the list produced, for one client, org and query. */
interface Loaded {
  readonly client: OrgUserClient;
  readonly orgId: string;
  readonly org: Organization;
  readonly query: TableQuery;
  readonly model: RowModel<OrgUser>;
  /** The server's clock minus the page's, in milliseconds. */
  readonly skew: number;
}

/** The contract's limit on `q`: a longer search could never succeed. */
const SEARCH_MAX_LENGTH = 500;

/**
 * The organization user list: who holds a seat, why, and the actions an
 * owner may take on each of them.
 *
 * Rows load page by page as they scroll into view and only the rows near
 * the viewport are in the DOM, so an organization of 100,000 users
 * scrolls like one of ten. Screen readers still hear each row's position
 * ("row 5,231 of 100,001", the header being row 1) through
 * `aria-rowcount` and `aria-rowindex`.
 *
 * Search (by username or email) runs as you type, `search-delay`
 * milliseconds after the last keystroke; a newer search aborts the older
 * request, and an older answer never replaces a newer one. Filters by org
 * role, space role, status and group combine. Username, email and last
 * access sort from their headers. "Export CSV" saves every user matching
 * the current search and filters, not only the loaded rows.
 *
 * Each row offers only the actions the user allows: Re-authenticate for
 * users who are not only invited, Reset 2FA when the organization
 * requires 2FA and the user set it up, Cancel invitation for invitees,
 * and Delete, which is disabled for owners with the reason. Choosing one
 * fires `org-action-select`; unless a listener prevents it, the table
 * opens its own `<user-action-dialog>`. After `org-users-changed` for the
 * same organization, from anywhere on the page, the list loads again and
 * keeps its scroll position.
 *
 * Attributes: `org-id`, `base-url`, `columns` (comma-separated column
 * ids: `user`, `email`, `org-role`, `space-roles`, `groups`, `two-factor`,
 * `status`, `last-access`, `actions`; all by default, in this order),
 * `search-delay` (milliseconds, default 250), `page-size` (rows a
 * request, 1 to 200, default 200). Properties only: `token`, `getToken`,
 * `client`.
 *
 * @summary The organization user list, with search, filters, sort,
 *   per-row actions and CSV export.
 *
 * @example
 * ```html
 * <org-user-table
 *   org-id="org_team"
 *   base-url="https://api.example.com/v1"
 *   columns="user,email,org-role,status,last-access,actions"
 * ></org-user-table>
 * <script type="module">
 *   import 'org-user-kit/elements/register';
 *   const table = document.querySelector('org-user-table');
 *   table.getToken = async () => (await fetch('/token')).text();
 *   table.addEventListener('org-action-select', (event) => {
 *     console.log(event.action, event.user.email);
 *   });
 * </script>
 * ```
 *
 * @fires {OrgActionSelectEvent} org-action-select - An action was chosen
 *   on a row. Cancelable: `preventDefault()` keeps the table's dialog
 *   closed so the host can handle the action itself.
 * @fires {OrgActionRequestEvent} org-action-request - From the table's
 *   dialog, before the request is sent. Cancelable.
 * @fires {OrgActionCompleteEvent} org-action-complete - From the table's
 *   dialog, after the action succeeded.
 * @fires {OrgUsersChangedEvent} org-users-changed - From the table's
 *   dialog, after a change to the organization's users.
 *
 * @csspart toolbar - The bar above the table: search, filters, export.
 * @csspart search - The search input.
 * @csspart filters - The group of filter selects.
 * @csspart filter - Each filter select.
 * @csspart clear-filters - The "Clear filters" button.
 * @csspart export - The "Export CSV" button.
 * @csspart count - The number of matching users.
 * @csspart table - The scrolling table (`role="table"`).
 * @csspart header - The header row group.
 * @csspart header-row - The header row.
 * @csspart columnheader - Each header cell; also `columnheader-<column>`.
 * @csspart sort-button - The button in a sortable header.
 * @csspart body - The row group of users.
 * @csspart row - Each body row.
 * @csspart cell - Each body cell; also `cell-<column>`, such as
 *   `cell-email`.
 * @csspart avatar - The avatar image or initial.
 * @csspart name - The username.
 * @csspart email - The email.
 * @csspart expand-button - The space roles button that shows why the
 *   user is billable.
 * @csspart reasons - The list of spaces and invitations that make the
 *   user billable.
 * @csspart actions - The actions cell of each row (also `cell-actions`).
 * @csspart action-button - Each action button.
 * @csspart action-reason - Why an action is disabled.
 * @csspart empty - The state shown when nobody matches.
 * @csspart state - Loading, error, not an owner, plan not eligible and
 *   offline states; each also has `state-<name>`.
 * @csspart retry-button - The "Try again" button of a state.
 * @csspart dialog - The table's `<user-action-dialog>`.
 *
 * @cssprop [--org-table-block-size=32rem] - The height of the scrolling
 *   table.
 * @cssprop [--org-table-row-block-size=3rem] - The minimum row height.
 * @cssprop [--org-table-user-inline-size=14rem] - The least width of the
 *   user column, which takes the room left over.
 * @cssprop [--org-font-family=inherit] - Font family.
 * @cssprop [--org-font-size=0.875rem] - Base font size.
 * @cssprop [--org-color-text=light-dark(#1f2328, #e6edf3)] - Text.
 * @cssprop [--org-color-text-muted=light-dark(#57606a, #9da7b3)] -
 *   Secondary text.
 * @cssprop [--org-color-surface=light-dark(#ffffff, #161b22)] -
 *   Background.
 * @cssprop [--org-color-surface-muted=light-dark(#f6f8fa, #21262d)] -
 *   Header, hover and placeholder background.
 * @cssprop [--org-color-border=light-dark(#d0d7de, #3d444d)] - Borders.
 * @cssprop [--org-color-accent=light-dark(#0969da, #4493f8)] - Accent.
 * @cssprop [--org-color-danger=light-dark(#cf222e, #f85149)] - Errors.
 * @cssprop [--org-color-warning=light-dark(#9a6700, #d29922)] - Pending
 *   states.
 * @cssprop [--org-color-success=light-dark(#1a7f37, #3fb950)] - Active
 *   states.
 * @cssprop [--org-color-focus=light-dark(#0969da, #4493f8)] - Focus ring.
 * @cssprop [--org-radius=6px] - Corner radius.
 * @cssprop [--org-spacing=0.5rem] - Spacing unit.
 */
@localized()
export class OrgUserTable extends OrgElement {
  static override styles = [theme, stateStyles, tableStyles];

  private readonly data = new Task(this, {
    args: () =>
      [this.api.client, this.api.orgId, this.query, this.pageSize] as const,
    task: ([client, orgId, query, pageSize], { signal }) =>
      this.load(client, orgId, query, pageSize, signal),
    onComplete: (loaded) => this.adopt(loaded),
  });

  private readonly groups = new Task(this, {
    args: () => [this.api.client, this.api.orgId] as const,
    task: async ([client, orgId], { signal }) =>
      client && orgId ? client.listGroups(orgId, { signal }) : initialState,
  });

  private readonly changes = new UsersChangedController(this, {
    orgId: () => this.api.orgId,
    onChange: () => this.refresh(),
  });

  private readonly online = new OnlineController(this, () => {
    if (this.data.status === TaskStatus.ERROR) {
      this.refresh();
    }
    this.loaded?.model.retry();
  });

  private readonly rows = new RowWindow(this, {
    onRange: (first, last) => this.current?.model.request(first, last),
  });

  @query('.scroll')
  private readonly scroller!: HTMLElement | null;

  @query('.body')
  private readonly list!: HTMLElement | null;

  @query('user-action-dialog')
  private readonly dialog!: UserActionDialog | null;

  /**
   * The columns to show, in order. Attribute: comma-separated ids; unknown
   * ids are skipped, and an empty list shows every column.
   */
  @property({
    converter: { fromAttribute: parseColumns, toAttribute: formatColumns },
  })
  columns: ColumnId[] = [...COLUMN_IDS];

  /** Milliseconds between the last keystroke and the search request. */
  @property({ type: Number, attribute: 'search-delay' })
  searchDelay = 250;

  /** Rows fetched per request, 1 to 200. */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 200;

  /** The search and filters the list shows. */
  @state()
  private query: TableQuery = INITIAL_QUERY;

  /** What the search field holds, ahead of `query.q` while typing. */
  @state()
  private searchText = '';

  /** Ids of the users whose space roles are expanded. */
  @state()
  private expanded: ReadonlySet<string> = new Set();

  /** The live region's text. */
  @state()
  private announcement = '';

  @state()
  private exporting = false;

  /** Whether the kit's dialog is available to open for actions. */
  @state()
  private hasDialog = false;

  private loaded: Loaded | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasDialog = ensureDialogTag();
    // Back in a document after a move: the loads stopped on disconnect
    // start again.
    if (this.hasUpdated) {
      this.refresh();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.data.abort();
    this.loaded?.model.dispose();
  }

  protected override willUpdate(): void {
    this.rows.count = this.current?.model.total ?? 0;
  }

  protected override updated(): void {
    this.rows.observe(this.scroller, this.list);
  }

  /**
   * Loads the list again, keeping the search, filters and scroll position;
   * rows in view stay on show until their fresh version arrives.
   */
  refresh(): void {
    void this.data.run();
  }

  /**
   * Exports every user matching the current search and filters as CSV
   * (UTF-8 with a byte order mark, cells that a spreadsheet would run as
   * formulas prefixed with an apostrophe) and starts its download.
   * Resolves with the file, or null when the table is not configured or
   * the export failed (the failure is announced).
   */
  async exportCsv(): Promise<Blob | null> {
    const { client, orgId } = this.api;
    if (!client || !orgId || this.exporting) {
      return null;
    }
    this.exporting = true;
    this.announce(msg('Exporting users…'));

    try {
      const users = client.iterateUsers(orgId, {
        ...toListUsersQuery(this.query),
        limit: 200,
      });
      const { text, count } = await buildCsv(users, exportColumns());
      const blob = csvBlob(text);

      downloadBlob(blob, `${orgId.replace(/[^\w-]+/g, '_')}-users.csv`);
      this.announce(this.countText(count, 'exported'));
      return blob;
    } catch (error) {
      this.announce(msg(str`Export failed. ${describeError(error).message}`));
      return null;
    } finally {
      this.exporting = false;
    }
  }

  override render(): TemplateResult {
    return html`${this.renderContent()}${liveRegion(this.announcement)}
    ${this.renderDialog()}`;
  }

  private renderContent(): TemplateResult | typeof nothing {
    if (!this.api.configured) {
      return nothing;
    }
    const error =
      this.data.status === TaskStatus.ERROR ? this.data.error : undefined;
    const kind = error === undefined ? undefined : describeError(error).kind;

    if (kind === 'not-owner' || kind === 'plan-not-eligible') {
      return renderFailure(error, () => this.refresh());
    }

    const loaded = this.current;
    return html`${this.renderToolbar(loaded)}
    ${
      error !== undefined
        ? renderFailure(error, () => this.refresh())
        : !loaded
          ? renderLoading(msg('Loading users…'))
          : loaded.model.total === 0
            ? this.renderEmpty(loaded)
            : this.renderTable(loaded)
    }
    ${loaded ? this.renderPageError(loaded) : nothing}`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    const { client, orgId } = this.api;
    if (!this.hasDialog || !client || !orgId) {
      return nothing;
    }
    return html`<user-action-dialog
      part="dialog"
      org-id=${orgId}
      .client=${client}
    ></user-action-dialog>`;
  }

  private renderToolbar(loaded: Loaded | undefined): TemplateResult {
    const filtered = hasFilters(this.query);

    return html`<div class="toolbar" part="toolbar">
      <label class="field">
        <span>${msg('Search')}</span>
        <input
          type="search"
          part="search"
          autocomplete="off"
          maxlength=${SEARCH_MAX_LENGTH}
          placeholder=${msg('Username or email')}
          .value=${this.searchText}
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
        />
      </label>
      <div
        class="filters"
        part="filters"
        role="group"
        aria-label=${msg('Filters')}
      >
        ${this.renderFilter(
          'orgRole',
          msg('Org Role'),
          FILTER_VALUES.orgRole.map((v) => [v, orgRoleFilterLabel(v)]),
        )}
        ${this.renderFilter(
          'spaceRole',
          msg('Space role'),
          FILTER_VALUES.spaceRole.map((v) => [v, spaceRoleLabel(v)]),
        )}
        ${this.renderFilter(
          'status',
          msg('Status'),
          FILTER_VALUES.status.map((v) => [v, statusLabel(v)]),
        )}
        ${this.renderFilter(
          'group',
          msg('Group'),
          (this.groups.value ?? []).map((g: Group) => [g.id, g.name]),
        )}
      </div>
      <button
        type="button"
        part="clear-filters"
        ?disabled=${!filtered}
        @click=${this.onClearFilters}
      >
        ${msg('Clear filters')}
      </button>
      <button
        type="button"
        part="export"
        ?disabled=${!loaded || this.exporting}
        @click=${this.onExport}
      >
        ${this.exporting ? msg('Exporting…') : msg('Export CSV')}
      </button>
      <p class="count" part="count" dir="auto">
        ${loaded ? this.countText(loaded.model.total) : nothing}
      </p>
    </div>`;
  }

  private renderFilter(
    name: FilterName,
    label: string,
    options: readonly (readonly [string, string])[],
  ): TemplateResult {
    const current = this.query[name][0] ?? '';

    return html`<label class="field">
      <span>${label}</span>
      <select
        part="filter"
        name=${name}
        @change=${(event: Event) => this.onFilterChange(name, event)}
      >
        <option value="" ?selected=${current === ''}>${msg('Any')}</option>
        ${options.map(
          ([value, text]) =>
            html`<option value=${value} ?selected=${value === current}>
              ${text}
            </option>`,
        )}
      </select>
    </label>`;
  }

  private renderEmpty(loaded: Loaded): TemplateResult {
    const narrowed = isNarrowed(loaded.query);

    return html`<div class="empty" part="empty">
      <p>
        ${
          narrowed
            ? msg('No users match this search and these filters.')
            : msg('This organization has no users yet.')
        }
      </p>
      ${
        narrowed
          ? html`<button type="button" @click=${this.onClearAll}>
              ${msg('Clear search and filters')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderTable(loaded: Loaded): TemplateResult {
    const columns = this.visibleColumns;
    const busy = this.data.status === TaskStatus.PENDING;

    return html`<div
      class="scroll"
      part="table"
      role="table"
      tabindex="0"
      aria-label=${msg('Organization users')}
      aria-rowcount=${loaded.model.total + 1}
      aria-colcount=${columns.length}
      aria-busy=${busy ? 'true' : 'false'}
    >
      <div class="grid" role="none">
        <div class="head" role="rowgroup" part="header">
          <div class="row" role="row" part="header-row" aria-rowindex="1">
            ${columns.map((column) => this.renderHeader(column, loaded))}
          </div>
        </div>
        <div class="body" role="rowgroup" part="body">
          ${repeat(
            this.rows.indexes,
            (index) => index,
            (index) =>
              this.renderRow(loaded, columns, loaded.model.rows[index], index),
          )}
        </div>
      </div>
    </div>`;
  }

  private renderHeader(column: ColumnId, loaded: Loaded): TemplateResult {
    const key = SORT_KEYS[column];
    const direction = key ? sortDirection(loaded.query.sort, key) : undefined;
    const label = columnLabel(column);

    return html`<div
      class="cell c-${column}"
      role="columnheader"
      part="columnheader columnheader-${column}"
      aria-sort=${direction ?? nothing}
    >
      ${
        key
          ? html`<button
              type="button"
              class="sort"
              part="sort-button"
              @click=${() => this.onSort(key)}
            >
              ${label}<span class="sort-icon" aria-hidden="true"></span>
            </button>`
          : label
      }
    </div>`;
  }

  private renderRow(
    loaded: Loaded,
    columns: readonly ColumnId[],
    user: OrgUser | undefined,
    index: number,
  ): TemplateResult {
    if (!user) {
      return html`<div
        class="row"
        role="row"
        part="row"
        aria-rowindex=${index + 2}
      >
        ${columns.map(
          (column, i) =>
            html`<div class="cell c-${column}" role="cell" part="cell">
              ${
                i === 0
                  ? html`<span class="visually-hidden"
                      >${msg('Loading…')}</span
                    >`
                  : nothing
              }
              <span class="skeleton" aria-hidden="true"></span>
            </div>`,
        )}
      </div>`;
    }

    const prefix = `r${index}`;
    const now = new Date(Date.now() + loaded.skew);
    const context = {
      now,
      idPrefix: prefix,
      expanded: this.expanded.has(user.id),
      onToggle: () => this.onToggle(user),
    };

    return html`<div
      class="row"
      role="row"
      part="row"
      aria-rowindex=${index + 2}
      data-index=${index}
      ?data-stale=${loaded.model.isStale(index)}
    >
      ${columns.map(
        (column) =>
          html`<div
            class="cell c-${column}"
            role="cell"
            part=${column === 'actions' ? 'cell cell-actions actions' : `cell cell-${column}`}
            id=${`${prefix}-${column}`}
          >
            ${
              column === 'actions'
                ? this.renderActions(loaded.org, user, prefix, columns)
                : renderCell(column, user, context)
            }
          </div>`,
      )}
    </div>`;
  }

  private renderActions(
    org: Organization,
    user: OrgUser,
    prefix: string,
    columns: readonly ColumnId[],
  ): TemplateResult {
    const who = columns.includes('user')
      ? `${prefix}-user`
      : columns.includes('email')
        ? `${prefix}-email`
        : '';

    return html`${rowActions(user, org).map(({ action, blocked }) =>
      blocked
        ? html`<button
              type="button"
              part="action-button"
              data-action=${action}
              aria-disabled="true"
              aria-describedby=${`${who} ${prefix}-reason`.trim()}
            >
              ${actionLabel(action)}</button
            ><span id=${`${prefix}-reason`} class="reason" part="action-reason"
              >${msg('Remove the owner role first')}</span
            >`
        : html`<button
            type="button"
            part="action-button"
            data-action=${action}
            aria-describedby=${who || nothing}
            @click=${(event: Event) => this.onAction(action, user, event)}
          >
            ${actionLabel(action)}
          </button>`,
    )}`;
  }

  private renderPageError(loaded: Loaded): TemplateResult | typeof nothing {
    if (loaded.model.error === undefined) {
      return nothing;
    }
    return html`<div class="banner" role="alert">
      ${describeError(loaded.model.error).message}
      <button
        type="button"
        part="retry-button"
        @click=${() => loaded.model.retry()}
      >
        ${msg('Try again')}
      </button>
    </div>`;
  }

  private get visibleColumns(): ColumnId[] {
    const ids = [...new Set(this.columns)].filter((id) => isColumnId(id));
    return ids.length ? ids : [...COLUMN_IDS];
  }

  /** The loaded list, if it belongs to the current client and org. */
  private get current(): Loaded | undefined {
    const loaded = this.loaded;
    return loaded &&
      loaded.client === this.api.client &&
      loaded.orgId === this.api.orgId
      ? loaded
      : undefined;
  }

  private countText(
    count: number,
    kind: 'listed' | 'exported' = 'listed',
  ): string {
    const n = formatNumber(count);
    return kind === 'listed'
      ? plural(count, msg(str`${n} user`), msg(str`${n} users`))
      : plural(
          count,
          msg(str`Exported ${n} user to CSV`),
          msg(str`Exported ${n} users to CSV`),
        );
  }

  private announce(text: string): void {
    this.announcement = text;
  }

  private async load(
    client: OrgUserClient | null,
    orgId: string | null,
    query: TableQuery,
    pageSize: number,
    signal: AbortSignal,
  ): Promise<Loaded | typeof initialState> {
    if (!client || !orgId) {
      return initialState;
    }
    if (navigator.onLine === false) {
      throw new ApiError({
        status: 0,
        code: 'network_error',
        title: 'Offline',
        request: { method: 'GET', url: client.baseUrl },
      });
    }

    const previous = this.loaded;
    previous?.model.dispose();

    const limit = Math.min(200, Math.max(1, Math.trunc(pageSize) || 200));
    const listed = toListUsersQuery(query);
    const fetchPage = (cursor: string | undefined, pageSignal: AbortSignal) =>
      client.listUsers(
        orgId,
        { ...listed, limit, ...(cursor ? { cursor } : {}) },
        { signal: pageSignal },
      );
    const sent = Date.now();
    const [org, first, seats] = await Promise.all([
      client.getOrganization(orgId, { signal }),
      fetchPage(undefined, signal),
      // Only for the server's clock; the list does without it.
      client.getSeatSummary(orgId, { signal }).catch(() => null),
    ]);
    const same =
      previous?.client === client &&
      previous.orgId === orgId &&
      sameQuery(previous.query, query);

    const model = new RowModel(first, {
      pageSize: limit,
      fetchPage,
      onChange: () => this.requestUpdate(),
      ...(same ? { previous: previous.model } : {}),
    });
    const skew = seats ? Date.parse(seats.asOf) - (sent + Date.now()) / 2 : 0;

    return { client, orgId, org, query, model, skew };
  }

  private adopt(loaded: Loaded): void {
    const previous = this.loaded;
    const moved =
      !previous ||
      previous.client !== loaded.client ||
      previous.orgId !== loaded.orgId ||
      !sameQuery(previous.query, loaded.query);

    this.loaded = loaded;
    if (moved) {
      this.rows.heights.clear();
      this.scroller?.scrollTo({ top: 0 });
    }
    loaded.model.request(this.rows.first, this.rows.last);
    this.announce(this.countText(loaded.model.total));
  }

  private onSearchInput(event: Event): void {
    const { value } = event.target as HTMLInputElement;
    this.searchText = value.slice(0, SEARCH_MAX_LENGTH);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), this.searchDelay);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      this.applySearch();
    }
  }

  private applySearch(): void {
    clearTimeout(this.searchTimer);
    const next = Object.freeze({ ...this.query, q: this.searchText });

    if (!sameQuery(next, this.query)) {
      this.query = next;
    }
  }

  private onFilterChange(name: FilterName, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.query = withFilter(this.query, name, value ? [value] : []);
  }

  private onClearFilters(): void {
    this.query = withoutFilters(this.query);
  }

  private onClearAll(): void {
    clearTimeout(this.searchTimer);
    this.searchText = '';
    this.query = cleared(this.query);
  }

  private onSort(key: SortKey): void {
    this.query = Object.freeze({
      ...this.query,
      sort: nextSort(this.query.sort, key),
    });
  }

  private onToggle(user: OrgUser): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(user.id)) {
      expanded.add(user.id);
    }
    this.expanded = expanded;
  }

  private onExport(): void {
    void this.exportCsv();
  }

  private onAction(action: OrgUserAction, user: OrgUser, event: Event): void {
    const opener = event.currentTarget as HTMLElement;
    const select = new OrgActionSelectEvent(action, user);

    if (!this.dispatchEvent(select)) {
      return;
    }
    void this.dialog?.show(action, user, opener);
  }
}

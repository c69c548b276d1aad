import type { DemoLocale } from './store.js';

/**
 * The host page's own words. The elements translate themselves through
 * `setLocale`; a host page translates its own chrome, as a real product
 * would. Keys match the `data-text` attributes in index.html.
 */
const STRINGS: Record<DemoLocale, Record<string, string>> = {
  en: {
    product: 'Northwind Office',
    settings: 'Organization settings',
    general: 'General',
    billing: 'Billing',
    users: 'User management',
    security: 'Security',
    audit: 'Audit log',
    title: 'User management',
    lead: 'People in your organization who hold a billable seat: owners, space admins and members, and people invited as admins or members.',
    tabUsers: 'Organization users',
  },
  ja: {
    product: 'Northwind Office',
    settings: '組織設定',
    general: '一般',
    billing: '請求',
    users: 'ユーザー管理',
    security: 'セキュリティ',
    audit: '監査ログ',
    title: 'ユーザー管理',
    lead: '課金対象の席を持つ組織のメンバーです。オーナー、スペースの管理者とメンバー、管理者またはメンバーとして招待中の人が含まれます。',
    tabUsers: '組織ユーザー',
  },
};

/** Sets the text of every `[data-text]` element and the page language. */
export function applyHostStrings(root: Document, locale: DemoLocale): void {
  const strings = STRINGS[locale];
  root.documentElement.lang = locale;

  for (const node of root.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = strings[node.dataset['text'] ?? ''];
    if (text !== undefined) {
      node.textContent = text;
    }
  }

  root.title = `${strings['title']} · ${strings['settings']}`;
}

export * from './org-user-action.js';
export * from './org-users-changed.js';
export * from './org-action-select.js';
export * from './org-action-request.js';
export * from './org-action-complete.js';
export * from './announce-change.js';
export * from './users-changed-controller.js';

/*
 * The shared building blocks of the elements, for the elements of this
 * package. Not part of the public entry point.
 */
export * from './actions.js';
export * from './client-controller.js';
export * from './dev.js';
export * from './error-messages.js';
export * from './format.js';
export * from './labels.js';
export * from './live-region.js';
export * from './localize.js';
export * from './online-controller.js';
export * from './org-element.js';
export * from './state-views.js';
export * from './theme.js';
export * from './user-text.js';
export * from './version.js';

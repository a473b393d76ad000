/**
 * Where each list page keeps its saved views (localStorage). The clients table keeps the key it
 * always had, so views saved before pages had their own load. A module of its own: the pages name
 * their key on first render, without loading the saved views' code and schemas (saved-views.ts).
 */
export const SAVED_VIEWS_KEY = "kanbert.savedViews.v1";
export const SAVED_COMMENT_VIEWS_KEY = "kanbert.savedViews.comments.v1";

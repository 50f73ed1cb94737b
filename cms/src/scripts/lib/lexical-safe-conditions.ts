/**
 * Node flag for every process that loads Payload's config outside Next. The `node` entry of
 * each @lexical/* package picks its dev or prod build with a top-level `await import(…)`, and
 * Node 20 can deadlock when many such modules import each other (about one load in three was
 * seen to hang or exit 13). Resolving with the `production` condition loads the prod builds
 * directly, with no top-level await.
 */
export const LEXICAL_SAFE_CONDITIONS = '--conditions=production'

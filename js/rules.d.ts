import type { LoadedRuleset } from './zhengwu.js';
import type { RulesetId } from './rules-types.js';
/**
 * Fetches and loads rules packs: `cn-national` first, then the given rulesets (all of them when
 * omitted or `"all"`). The packs are the files `rules/<id>.zwr` beside the package's modules
 * (bundlers copy them into the build), or in the folder `options.base` (relative to the page).
 * Packs already loaded are not fetched again, and a pack being fetched is fetched once however
 * many calls ask for it. Call after `init()`. With `zhengwu/inline`, the packs imported as
 * `zhengwu/inline/rules/<id>` are taken from the bundle (no request), and a pack not imported is
 * `RULESET_NOT_LOADED` naming the import to add. Under `vite dev` the files come from the
 * package's folder (`node_modules/zhengwu/rules/`), not from Vite's dependency cache.
 *
 * Resolves with the rulesets asked for (`cn-national` first). Rejects with a coded Error:
 * `NOT_INITIALIZED` before `init()`; `UNKNOWN_RULESET`; `RULESET_NOT_LOADED` when a file cannot
 * be fetched (the message names the URL and the HTTP status) or the server sent something else
 * (e.g. a single-page app's index page: "not a rules pack: got text/html from …");
 * `INVALID_RULES_PACK` when a pack is damaged or from another build.
 * @example await fetchRules(['wenshan-hrss-2019'])
 */
export function fetchRules(rulesets?: RulesetId[] | "all", options?: { base?: string | URL }): Promise<LoadedRuleset[]>;

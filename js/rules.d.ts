import type { LoadedRuleset } from './zhengwu.js';
/**
 * Fetches and loads rules packs (`rules/<id>.zwr` beside the module, or under `options.base`):
 * `cn-national` first, then the given rulesets (all available ones when omitted or `"all"`).
 * Packs already loaded are not fetched again. Call after `init()`. Resolves with the rulesets
 * asked for (`cn-national` first); rejects with a coded Error (`UNKNOWN_RULESET`,
 * `RULESET_NOT_LOADED` when a file cannot be fetched, `INVALID_RULES_PACK`).
 */
export function fetchRules(rulesets?: string[] | "all", options?: { base?: string | URL }): Promise<LoadedRuleset[]>;

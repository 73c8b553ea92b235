import type { LoadedRuleset } from './zhengwu.js';
/**
 * Fetches and loads rules packs (`rules/<id>.zwr` beside the module, or under `options.base`):
 * `cn-national` first, then the given rulesets (all available ones when omitted or `"all"`).
 * Call after `init()`. Rejects with a coded Error (`UNKNOWN_RULESET`, `RULESET_NOT_LOADED` when a
 * file cannot be fetched, `INVALID_RULES_PACK`).
 */
export function fetchRules(rulesets?: string[] | "all", options?: { base?: string | URL }): Promise<LoadedRuleset[]>;

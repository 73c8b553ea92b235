// Loads zhengwu rules packs with fetch: `await fetchRules(['wenshan-hrss-2019'])` after init().
// Each ruleset's rules travel as a pack file, rules/<id>.zwr, beside this module; cn-national
// (national law and the ambiguity definitions) is loaded first, as every other pack needs it.
// In node, read the files and pass their bytes to loadRules (see README).
import { loadRules, rulesets as packState } from './zhengwu.js';

const NATIONAL = 'cn-national';

export async function fetchRules(rulesets, options = {}) {
  const base = new URL(options.base ?? './rules/', options.base ? globalThis.location?.href : import.meta.url);
  const state = packState();
  const known = state.available;
  const wanted = rulesets === undefined || rulesets === 'all' ? known : rulesets;
  if (!Array.isArray(wanted)) throw typedError('rulesets', 'rulesets 应为规则集编号的数组或 "all"', 'rulesets must be an array of ruleset ids or "all"');
  const ids = [NATIONAL, ...wanted.filter((id) => id !== NATIONAL)];
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown !== undefined) throw typedError('rulesets', `未知的规则集 \`${unknown}\``, `unknown ruleset \`${unknown}\``, 'UNKNOWN_RULESET');
  // Packs already loaded are not fetched again (loading one twice would change nothing).
  const loaded = state.loaded.map((r) => r.ruleset);
  const files = await Promise.all(ids.filter((id) => !loaded.includes(id)).map(async (id) => {
    const url = new URL(`${id}.zwr`, base);
    const failed = (why) => typedError('rulesets', `无法获取 ${url}（${why}）`, `could not fetch ${url} (${why})`, 'RULESET_NOT_LOADED');
    let response;
    try {
      response = await fetch(url);
    } catch (e) {
      throw failed(String(e?.message ?? e));
    }
    if (!response.ok) throw failed(`HTTP ${response.status}`);
    return response.arrayBuffer();
  }));
  for (const bytes of files) loadRules(new Uint8Array(bytes));
  const now = packState().loaded;
  return ids.map((id) => now.find((r) => r.ruleset === id));
}

function typedError(field, zh, en, code = 'INVALID_INPUT') {
  return Object.assign(new Error(zh), { code, field, messageEn: en });
}

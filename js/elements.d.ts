import * as zhengwu from './index.js';
import type { Catalog, LoadedRuleset } from './zhengwu.js';
import type { RulesetId } from './rules-types.js';
/**
 * Importing this module defines the custom elements `<zhengwu-timeline>`, `<zhengwu-deadline>`,
 * `<zhengwu-approval>`, `<zhengwu-leave>`, `<zhengwu-sanction>`, `<zhengwu-fact>`, `<zhengwu-check>` and
 * `<zhengwu-attendance>` (attributes `ruleset`, `rule` or `procedure`, `lang`; `<zhengwu-check>`
 * checks a set of leave requests, `<zhengwu-attendance>` a month of one person's attendance: only
 * the exceptional working days are entered), each rendering in its own shadow root. Theme them with the
 * `--zhengwu-*` custom properties and `::part()` (see the README). Each is defined where the module has
 * the function it answers with: `zhengwu/lite/elements` defines `<zhengwu-timeline>` and
 * `<zhengwu-deadline>` alone.
 */
/** Resolves once the module has started (the elements call `init()` themselves). */
export const ready: Promise<unknown>;
/** Loads the packs of `rulesets` once, however many elements ask. */
export function loadRulesets(rulesets: RulesetId[] | "all"): Promise<LoadedRuleset[]>;
/** The catalog once `rulesets` are loaded (built again only when more packs are loaded). */
export function catalog(rulesets?: RulesetId[] | "all"): Promise<Catalog>;
/** The module itself, started by `ready`. */
export const z: typeof zhengwu;

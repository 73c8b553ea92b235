// The one list of kinds of rule (issue 14), in catalog order: each a folder of `src/kinds/` and
// the type of its rules. Read by the crate (`src/kinds/mod.rs`: the modules and `each_kind`) and
// by the datagen (`build/main.rs`: each kind's `data.rs` and `datagen.rs`, and the pack's
// sections in this order). A line's attributes apply in the crate only: the datagen reads every
// kind, so both modules load the same packs.
kinds! {
    deadline DeadlineRule,
    #[cfg(feature = "office")]
    approval ApprovalRule,
    #[cfg(feature = "office")]
    leave LeaveRule,
    #[cfg(feature = "office")]
    sanction SanctionRule,
    #[cfg(feature = "office")]
    fact FactRule,
    #[cfg(feature = "office")]
    check CheckRule,
    #[cfg(feature = "office")]
    calculator CalculatorRule,
}

//! The yew components (see lib.rs).

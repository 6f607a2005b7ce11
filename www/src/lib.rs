//! metalab-www: the browser UI of metalab.
//!
//! Everything that decides what the page shows is plain Rust without web types, unit-tested
//! natively: [`state`] (the reducer, the call tree, the object graph at a step, the explanation
//! of a step, the MRO view), [`share`] (share links), [`i18n`] (every string in English and
//! Chinese) and [`lessons`]. The yew components live in [`app`]; [`view_api`] gives the embeds
//! (www/embed/) the same view model without yew.

#[cfg(feature = "app")]
pub mod app;
pub mod i18n;
#[cfg(feature = "app")]
pub mod js;
pub mod lessons;
pub mod share;
pub mod state;
// Only in the embed build: the page has yew and does not need it.
#[cfg(all(target_arch = "wasm32", not(feature = "app")))]
pub mod view_api;

/// Mounts the app on `#app` when the wasm module is instantiated.
#[cfg(all(target_arch = "wasm32", feature = "app"))]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    app::mount();
}

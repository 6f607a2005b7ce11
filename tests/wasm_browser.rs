//! The wasm build in headless Chromium: `make test-wasm`, or
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown \
//!    --no-default-features --features wasm --test wasm_browser`
//! (flags for Chromium in webdriver.json). Same cases as tests/wasm_node.rs, in a browser's engine
//! and stack limits. Empty on native targets.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod wasm_common;

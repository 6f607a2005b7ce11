//! The wasm build under node: `make test-wasm`, or
//! `cargo test --target wasm32-unknown-unknown --no-default-features --features wasm --test wasm_node`
//! (`wasm-bindgen-test-runner` runs it, see .cargo/config.toml). Empty on native targets.
#![cfg(target_arch = "wasm32")]

mod wasm_common;

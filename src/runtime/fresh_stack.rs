//! Python calls are native recursion in this interpreter. A browser Worker gives wasm about
//! 500 KB of engine stack, which runs out near depth 450, long before Python's limit of 1000.
//! An embedding that can run a closure on a new engine stack (the wasm API does, with JSPI:
//! `WebAssembly.promising` / `WebAssembly.Suspending`) installs a [`Grower`]; the interpreter
//! then moves to a fresh stack every [`LEVELS_PER_STACK`] Python frames. Without one (natively,
//! in node) calls simply recurse.

use std::cell::Cell;

/// Runs the closure to completion on a fresh stack and returns when it has.
pub type Grower = fn(&mut dyn FnMut());

/// Python frames per engine stack. The deepest frames per level measured in Chromium (a
/// recursive call inside a `for` loop) fit ~830 levels in one JSPI stack; 100 leaves room for
/// builtins that recurse natively (repr of nested containers, sort keys) between switches.
pub const LEVELS_PER_STACK: u32 = 100;

thread_local! {
    static GROWER: Cell<Option<Grower>> = const { Cell::new(None) };
}

/// Installs (or removes) the grower; returns the previous one.
pub fn set_grower(grower: Option<Grower>) -> Option<Grower> {
    GROWER.with(|g| g.replace(grower))
}

/// Whether a Python frame at `depth`, on a stack that began at depth `base`, should start a
/// new stack.
#[inline]
pub fn wants_fresh_stack(depth: u32, base: u32) -> bool {
    depth >= base + LEVELS_PER_STACK && GROWER.with(|g| g.get().is_some())
}

/// Runs `f` on a fresh stack when a grower is installed, else right here.
pub fn on_fresh_stack<R>(f: impl FnOnce() -> R) -> R {
    let Some(grow) = GROWER.with(|g| g.get()) else { return f() };
    let mut f = Some(f);
    let mut out = None;
    grow(&mut || {
        if let Some(f) = f.take() {
            out = Some(f());
        }
    });
    match (out, f) {
        (Some(r), _) => r,
        // The grower did not run the closure (an embedding bug): run it here, not lose the call.
        (None, Some(f)) => f(),
        (None, None) => unreachable!("the closure always stores its result"),
    }
}

//! The wasm build's global allocator: per-size free lists in front of talc.
//!
//! The interpreter allocates and frees many small blocks per Python call (argument vectors,
//! instances, their dicts, bound methods). Natively mimalloc serves those from per-size pages;
//! talc alone (a general best-fit allocator with coalescing) spent a seventh of the wasm run
//! time of the object-model benchmarks on them. A freed small block goes onto the singly linked
//! free list of its size class (its first word links to the next) and the next request of that
//! class pops it; talc serves only list misses and the large blocks. Small blocks are thus never
//! given back to talc for coalescing: memory a program once held in small blocks stays
//! reserved for small blocks of the same class (wasm memory never shrinks anyway).
//!
//! wasm32-unknown-unknown without the `atomics` feature is single-threaded, so the lists need no
//! lock.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr::null_mut;

/// Size classes are multiples of `GRAIN` bytes up to `CLASSES * GRAIN`; larger blocks (and any
/// alignment above `ALIGN`) go straight to talc. Every class block is `ALIGN`-aligned, as the
/// heap's objects need: their payload holds `i128`s (ranges), 16-aligned on wasm32.
const GRAIN: usize = 8;
const CLASSES: usize = 32;
const ALIGN: usize = 16;

pub struct FreeLists {
    heads: UnsafeCell<[*mut u8; CLASSES]>,
    talc: talc::wasm::WasmDynamicTalc,
}

// SAFETY: only built for single-threaded wasm (no `atomics`), where no two calls overlap.
#[cfg(not(target_feature = "atomics"))]
unsafe impl Sync for FreeLists {}

impl FreeLists {
    pub const fn new() -> Self {
        FreeLists { heads: UnsafeCell::new([null_mut(); CLASSES]), talc: talc::wasm::new_wasm_dynamic_allocator() }
    }
}

/// The size class of a layout, `None` for the blocks talc serves directly.
#[inline(always)]
fn class(layout: Layout) -> Option<usize> {
    let c = layout.size().wrapping_sub(1) / GRAIN;
    (c < CLASSES && layout.align() <= ALIGN).then_some(c)
}

unsafe impl GlobalAlloc for FreeLists {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class(layout) {
            Some(c) => {
                let head = &mut (*self.heads.get())[c];
                let p = *head;
                if p.is_null() {
                    self.talc.alloc(Layout::from_size_align_unchecked((c + 1) * GRAIN, ALIGN))
                } else {
                    *head = *(p as *mut *mut u8);
                    p
                }
            }
            None => self.talc.alloc(layout),
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        match class(layout) {
            Some(c) => {
                let head = &mut (*self.heads.get())[c];
                *(ptr as *mut *mut u8) = *head;
                *head = ptr;
            }
            None => self.talc.dealloc(ptr, layout),
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = Layout::from_size_align_unchecked(new_size, layout.align());
        match (class(layout), class(new)) {
            (None, None) => self.talc.realloc(ptr, layout, new_size),
            (Some(a), Some(b)) if a == b => ptr,
            _ => {
                let p = self.alloc(new);
                if !p.is_null() {
                    core::ptr::copy_nonoverlapping(ptr, p, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                p
            }
        }
    }
}

//! The interpreter: objects, types, MRO, attribute lookup, calls, builtins, exceptions.
//!
//! A tree-walking interpreter over `syntax::ast`. Python frames map to native recursion, so
//! the depth is counted (`RecursionError` at 1000, like CPython) and `run` executes on a thread
//! with a large stack natively; the wasm build raises its stack size at link time.

mod abc;
mod atexit;
mod attr;
mod bases_assign;
mod builtin_names;
mod builtins;
mod call;
mod carets;
mod cells;
mod class;
mod class_statement;
mod collections;
mod computed_attrs;
mod const_sets;
mod containers;
mod copy;
mod counter;
mod dataclass_classes;
mod dataclass_fields;
mod dataclass_funcs;
mod dataclass_methods;
mod dataclass_process;
mod dataclass_sig;
mod dataclass_slots;
mod dataclasses;
mod deque;
mod dict;
mod dict_views;
mod enums;
mod errors;
mod eval;
mod exc_group;
mod exc_members;
mod except_star;
mod exec;
mod exec_eval;
mod finalize;
pub mod format;
mod frame_pool;
pub mod fresh_stack;
mod function;
mod functools;
mod future;
mod gc;
mod gc_count;
mod gc_debug;
mod gc_dicts;
mod gc_graph;
mod gc_list;
mod generator;
mod heap;
mod interp;
mod iter;
mod itertools;
mod itertools_comb;
mod itertools_group;
mod itertools_new;
mod itertools_next;
mod itertools_state;
mod itertools_tee;
mod jumps;
mod list_methods;
mod math;
mod math_int;
mod math_sum;
mod methods;
mod methods_types;
mod modules;
mod namedtuple;
mod native_class;
mod number_methods;
mod numbers;
mod objects;
mod operator;
mod operator_getters;
mod ops;
mod patterns;
mod percent;
mod py_modules;
mod random;
mod random_calc;
mod random_core;
mod random_dist;
mod random_int;
mod random_mt;
mod random_seq;
mod reduce;
mod reduce_builtins;
pub(crate) mod refcell;
mod repr;
mod scope;
mod set_methods;
mod set_ops;
mod simple_namespace;
mod slice_methods;
mod special_attrs;
mod str_hashes;
mod str_methods;
mod streams;
mod suggest;
mod tb_format;
mod threading;
mod time;
mod total_ordering;
mod traceback_module;
mod traceback_objects;
mod tracer;
mod type_forms;
mod types;
mod types_module;
mod typing;
mod typing_abcs;
mod typing_alias;
mod typing_alias_kinds;
mod typing_forms;
mod typing_generic;
mod typing_hints;
mod typing_records;
mod typing_vars;
mod unwind;
mod value;
mod weak_collections;
mod weak_dicts;
mod weak_finalize;
mod weak_method;
mod weak_proxy;
mod weak_set;
mod weakref;

use crate::{RunOptions, RunResult};
pub use streams::Stream;
pub use unwind::{exc_of, exc_owned, Unwind, UnwindKind};
pub use value::{ObjRef, Value};

pub type PyResult<T> = Result<T, Unwind>;

/// Python frames allowed before `RecursionError`: CPython's default, and the most metalab
/// allows (the native stack, 1 MiB in a browser, is sized for it), whatever a program asks
/// `sys.setrecursionlimit` for.
pub const RECURSION_LIMIT: u32 = 1000;

pub fn run(source: &str, options: &RunOptions) -> RunResult {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let source = source.to_string();
        let options = options.clone();
        let handle =
            std::thread::Builder::new().stack_size(1 << 30).spawn(move || interp::run_program(&source, &options));
        match handle.map(|h| h.join()) {
            Ok(Ok(r)) => r,
            _ => RunResult {
                stdout: String::new(),
                stderr: String::new(),
                error: Some(crate::ErrorInfo {
                    type_name: "SystemError".into(),
                    message: "metalab: the interpreter thread failed".into(),
                    line: None,
                    traceback: "SystemError: metalab: the interpreter thread failed\n".into(),
                }),
                events: Vec::new(),
                objects: Vec::new(),
            },
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        interp::run_program(source, options)
    }
}

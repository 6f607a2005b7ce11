//! The frozenset constants CPython 3.11's compiler makes of set displays of constants: a
//! display of three or more (`{10, 5, 1}`) is compiled to such a constant merged into a new
//! set, and the AST optimizer turns any display of constants iterated by `for` (or by a
//! comprehension) into one, iterated as it is.
//!
//! The compiler builds that frozenset from the items in order, then builds it again from its
//! own elements in slot order when it files the constant (`merge_consts_recursive`), and a
//! third time, the same way, when the code object interns its string constants and one of
//! the frozenset's identifier-like strings turns out to be interned already
//! (`intern_string_constants`): by the parser, which interns the program's identifiers (a
//! one-character one is the very object the constant is, so it does not count), or by
//! CPython's startup (`startup_interned.txt`, from `tests/startup_interned.py`, for a CPython
//! run without `.pth` files). Each rebuild can move colliding elements.

use super::dict::DictData;
use super::interp::Interp;
use super::scope::Ctx;
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::Expr;
use rustc_hash::FxHashSet;

/// The identifier-like strings CPython 3.11 interns before it runs a program.
static STARTUP_INTERNED: &str = include_str!("startup_interned.txt");

/// A string `intern_string_constants` interns: ASCII letters, digits and underscores (`""`,
/// a shared singleton already interned, is never replaced).
fn identifier_like(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
}

impl Interp {
    /// The frozenset constant of a display of constants (`node` its syntax node).
    pub fn const_frozenset(&mut self, node: &Expr, elts: &[Expr], ctx: &Ctx) -> PyResult<Value> {
        let key = node as *const Expr as usize;
        // Only the program's own tree lives as long as the cache (see `constant_tuple`).
        let cacheable = self.cur_unit() == 0;
        if let Some(v) = self.const_frozensets.get(&key).filter(|_| cacheable) {
            return Ok(v.clone());
        }
        let mut d = DictData::new_set();
        for x in elts {
            let v = self.eval(x, ctx)?;
            self.dict_insert(&mut d, v, Value::None)?;
        }
        d = rebuilt(&d);
        if d.iter().any(|e| matches!(&e.key, Value::Str(s) if identifier_like(s) && self.interned_before(s))) {
            d = rebuilt(&d);
        }
        let v = self.make_set_like(true, d);
        if cacheable {
            self.const_frozensets.insert(key, v.clone());
        }
        Ok(v)
    }

    /// Whether CPython has interned another string equal to this constant before compiling
    /// the program.
    fn interned_before(&self, s: &str) -> bool {
        (s.len() > 1 && self.source_names.contains(s))
            || self.startup_interned.get_or_init(|| STARTUP_INTERNED.lines().collect::<FxHashSet<&str>>()).contains(s)
    }
}

/// `PyFrozenSet_New(tuple(f))`: `f`'s elements added again in its slot order.
fn rebuilt(f: &DictData) -> DictData {
    let mut d = DictData::new_set();
    for e in f.iter() {
        d.insert_new(e.hash, e.key.clone(), Value::None);
    }
    d
}

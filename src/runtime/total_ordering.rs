//! `functools.total_ordering`: from a class's `__eq__` and one ordering method (its "root"),
//! the other three. Which root wins and how each method is derived from it are
//! `Lib/functools.py`'s, so results (including `NotImplemented` passing through, and
//! non-bool results of the root) match CPython.

use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn};
use super::interp::Interp;
use super::native_class::{positional, traced};
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::CmpOp;
use std::rc::Rc;

/// How a derived method combines `r`, the root's result, with `==`/`!=`.
#[derive(Clone, Copy)]
enum Rule {
    /// `not r and self != other`
    NotAndNe,
    /// `r or self == other`
    OrEq,
    /// `not r`
    Not,
    /// `not r or self == other`
    NotOrEq,
    /// `r and self != other`
    AndNe,
}

/// Roots in order of preference (`max(roots)` over the names), each with the methods it
/// gives: (name, CPython's function name, derived function).
/// A derived method: its name, CPython's function name, the function.
type Derived = (&'static str, &'static str, NativeFn);

const CONVERT: [(&str, [Derived; 3]); 4] = [
    (
        "__lt__",
        [
            ("__gt__", "_gt_from_lt", gt_from_lt),
            ("__le__", "_le_from_lt", le_from_lt),
            ("__ge__", "_ge_from_lt", ge_from_lt),
        ],
    ),
    (
        "__le__",
        [
            ("__ge__", "_ge_from_le", ge_from_le),
            ("__lt__", "_lt_from_le", lt_from_le),
            ("__gt__", "_gt_from_le", gt_from_le),
        ],
    ),
    (
        "__gt__",
        [
            ("__lt__", "_lt_from_gt", lt_from_gt),
            ("__ge__", "_ge_from_gt", ge_from_gt),
            ("__le__", "_le_from_gt", le_from_gt),
        ],
    ),
    (
        "__ge__",
        [
            ("__le__", "_le_from_ge", le_from_ge),
            ("__gt__", "_gt_from_ge", gt_from_ge),
            ("__lt__", "_lt_from_ge", lt_from_ge),
        ],
    ),
];

/// `@total_ordering` on a class.
pub fn total_ordering(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "total_ordering", &kwargs)?;
    positional(it, "total_ordering", &["cls"], &args)?;
    let cls = arg(&args, 0).clone();
    traced(it, "functools.total_ordering", &cls.clone(), |it| {
        let object = Value::Obj(it.t.object.clone());
        let mut roots = Vec::new();
        for (name, _) in CONVERT {
            let mine = it.getattr_opt(&cls, name)?;
            let base = it.getattr_opt(&object, name)?;
            let same = match (&mine, &base) {
                (Some(a), Some(b)) => a.is(b),
                (None, None) => true,
                _ => false,
            };
            if !same {
                roots.push(name);
            }
        }
        let Some(root) = roots.first().copied() else {
            return it.value_error("must define at least one ordering operation: < > <= >=");
        };
        let derived = CONVERT.iter().find(|(r, _)| *r == root).map(|(_, d)| *d).unwrap_or(CONVERT[0].1);
        for (name, qualname, f) in derived {
            if !roots.contains(&name) {
                let func = it.builtin_fn(name, qualname, f, BuiltinKind::Method);
                it.setattr(&cls, &Rc::from(name), func)?;
            }
        }
        Ok(cls)
    })
}

/// One derived method: `type(self).<root>(self, other)`, then `rule`.
fn derive(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs, name: &str, root: &str, rule: Rule) -> PyResult<Value> {
    super::builtins::no_kwargs(it, name, &kwargs)?;
    positional(it, name, &["self", "other"], &args)?;
    let (this, other) = (arg(&args, 0), arg(&args, 1));
    let cls = Value::Obj(it.type_of(this));
    let method = it.getattr(&cls, &Rc::from(root))?;
    let r = it.call(&method, vec![this.clone(), other.clone()], vec![])?;
    if it.is_not_implemented(&r) {
        return Ok(r);
    }
    let truth = it.truthy(&r)?;
    match rule {
        Rule::Not => Ok(Value::Bool(!truth)),
        Rule::NotAndNe if truth => Ok(Value::Bool(false)),
        Rule::NotOrEq if !truth => Ok(Value::Bool(true)),
        Rule::OrEq if truth => Ok(r),
        Rule::AndNe if !truth => Ok(r),
        Rule::NotAndNe | Rule::AndNe => it.compare(CmpOp::NotEq, this, other),
        Rule::OrEq | Rule::NotOrEq => it.compare(CmpOp::Eq, this, other),
    }
}

macro_rules! derived {
    ($($f:ident: $name:literal from $root:literal by $rule:ident;)*) => {
        $(fn $f(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
            derive(it, args, kwargs, $name, $root, Rule::$rule)
        })*
    };
}

derived! {
    gt_from_lt: "__gt__" from "__lt__" by NotAndNe;
    le_from_lt: "__le__" from "__lt__" by OrEq;
    ge_from_lt: "__ge__" from "__lt__" by Not;
    ge_from_le: "__ge__" from "__le__" by NotOrEq;
    lt_from_le: "__lt__" from "__le__" by AndNe;
    gt_from_le: "__gt__" from "__le__" by Not;
    lt_from_gt: "__lt__" from "__gt__" by NotAndNe;
    ge_from_gt: "__ge__" from "__gt__" by OrEq;
    le_from_gt: "__le__" from "__gt__" by Not;
    le_from_ge: "__le__" from "__ge__" by NotOrEq;
    gt_from_ge: "__gt__" from "__ge__" by AndNe;
    lt_from_ge: "__lt__" from "__ge__" by Not;
}

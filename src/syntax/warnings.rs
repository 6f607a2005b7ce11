//! CPython's compile-time `SyntaxWarning`s for code that parses but cannot be what was meant:
//! calling or subscripting a literal (`[1, 2] (3, 4)`, a missing comma), `is` with a literal,
//! and `assert (test, "message")`. CPython prints them on stderr before the program runs
//! (`check_caller`, `check_subscripter`, `check_index`, `check_compare` and the assert check in
//! `Python/compile.c`); the runtime does the same with these.

use super::ast::{CmpOp, Constant, Expr, ExprKind, UnaryOp};

/// The type a literal expression evaluates to, the way CPython's compiler sees it: after
/// constant folding, so `-1` and `(1, 2)` count as literals.
fn literal_type(e: &Expr) -> Option<&'static str> {
    if let Some(t) = folded_constant(e) {
        return Some(t);
    }
    Some(match &e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp(_) => "list",
        ExprKind::Dict(_) | ExprKind::DictComp(_) => "dict",
        ExprKind::Set(_) | ExprKind::SetComp(_) => "set",
        ExprKind::GeneratorExp(_) => "generator",
        ExprKind::JoinedStr(_) => "str",
        ExprKind::Lambda(_) => "function",
        ExprKind::Slice { .. } => "slice",
        _ => return None,
    })
}

/// The type of an expression that folds to a constant (`1`, `-1.5`, `2 ** 10`, `(1, "a")`), if
/// it does. `syntax::fold` folds what the runtime can use; the shapes it leaves (such as `-2j`)
/// still count here when CPython folds them.
fn folded_constant(e: &Expr) -> Option<&'static str> {
    if let Some(c) = super::fold::constant_of(e) {
        return Some(constant_type(c));
    }
    match &e.kind {
        ExprKind::UnaryOp { op: UnaryOp::Not, operand, .. } => folded_constant(operand).map(|_| "bool"),
        ExprKind::UnaryOp { operand, .. } => match folded_constant(operand)? {
            t @ ("int" | "float" | "complex") => Some(t),
            "bool" => Some("int"),
            _ => None,
        },
        ExprKind::Tuple(items) => items.iter().all(|i| folded_constant(i).is_some()).then_some("tuple"),
        _ => None,
    }
}

fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::True | Constant::False => "bool",
        Constant::Ellipsis => "ellipsis",
        Constant::Int(_) | Constant::BigInt(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex(_) => "complex",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
    }
}

/// `func(...)` where `func` is a literal.
pub(super) fn caller(func: &Expr) -> Option<String> {
    let callable_literal = matches!(
        func.kind,
        ExprKind::Constant(_)
            | ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::ListComp(_)
            | ExprKind::Dict(_)
            | ExprKind::DictComp(_)
            | ExprKind::Set(_)
            | ExprKind::SetComp(_)
            | ExprKind::GeneratorExp(_)
            | ExprKind::JoinedStr(_)
    ) || folded_constant(func).is_some();
    let t = literal_type(func).filter(|_| callable_literal)?;
    Some(format!("'{t}' object is not callable; perhaps you missed a comma?"))
}

/// `value[index]` where `value` is a literal that cannot be subscripted, or a sequence literal
/// indexed by a literal that is not an integer or a slice.
pub(super) fn subscript(value: &Expr, index: &Expr) -> Option<String> {
    let value_type = literal_type(value)?;
    let not_subscriptable = match &value.kind {
        ExprKind::Set(_) | ExprKind::SetComp(_) | ExprKind::GeneratorExp(_) | ExprKind::Lambda(_) => true,
        _ => matches!(folded_constant(value), Some("NoneType" | "ellipsis" | "int" | "float" | "complex" | "bool")),
    };
    if not_subscriptable {
        return Some(format!("'{value_type}' object is not subscriptable; perhaps you missed a comma?"));
    }
    let sequence = match &value.kind {
        ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::ListComp(_) | ExprKind::JoinedStr(_) => true,
        _ => matches!(folded_constant(value), Some("str" | "bytes" | "tuple")),
    };
    let index_type = literal_type(index)?;
    (sequence && !matches!(index_type, "int" | "bool" | "slice")).then(|| {
        format!("{value_type} indices must be integers or slices, not {index_type}; perhaps you missed a comma?")
    })
}

/// `x is 1`, `x is not "a"`: identity with a literal (None, True, False and `...` are fine).
pub(super) fn compare(left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> Option<String> {
    let literal = |e: &Expr| folded_constant(e).is_some() && !is_singleton(e);
    let mut prev = literal(left);
    for (op, right) in ops.iter().zip(comparators) {
        let this = literal(right);
        if matches!(op, CmpOp::Is | CmpOp::IsNot) && (prev || this) {
            return Some(if *op == CmpOp::Is {
                "\"is\" with a literal. Did you mean \"==\"?".to_string()
            } else {
                "\"is not\" with a literal. Did you mean \"!=\"?".to_string()
            });
        }
        prev = this;
    }
    None
}

/// `assert (test, "message")`: a non-empty tuple is always true.
pub(super) fn assertion(test: &Expr) -> Option<String> {
    matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty())
        .then(|| "assertion is always true, perhaps remove parentheses?".to_string())
}

fn is_singleton(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Constant(Constant::None | Constant::True | Constant::False | Constant::Ellipsis))
}

//! CPython's symtable rules for `:=` in a comprehension: a walrus binds in the enclosing
//! function, so it may not appear in an iterable (evaluated before the comprehension's scope
//! exists) nor rebind one of the comprehension's iteration variables.

use super::ast::{Comprehension, Expr, ExprKind, FStringPart, TextRange};

/// Calls `f` on `e` and on every expression inside it, depth first in source order; `f` returns
/// false to skip what is inside an expression.
pub(super) fn walk<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr) -> bool) {
    if !f(e) {
        return;
    }
    let mut go = |x: &'a Expr| walk(x, f);
    match &e.kind {
        ExprKind::Name(..) | ExprKind::Constant(_) => {}
        ExprKind::JoinedStr(parts) => walk_fstring(parts, &mut go),
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => items.iter().for_each(go),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(go),
        ExprKind::Dict(pairs) => {
            for (k, v) in pairs {
                if let Some(k) = k {
                    go(k);
                }
                go(v);
            }
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) | ExprKind::YieldFrom(value) => go(value),
        ExprKind::UnaryOp { operand, .. } => go(operand),
        ExprKind::NamedExpr { value, .. } => go(value),
        ExprKind::Yield(value) => value.iter().for_each(|v| go(v)),
        ExprKind::Subscript { value, slice } => {
            go(value);
            go(slice);
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().for_each(|x| go(x)),
        ExprKind::Call { func, args, keywords } => {
            go(func);
            args.iter().for_each(&mut go);
            keywords.iter().for_each(|k| go(&k.value));
        }
        ExprKind::BinOp { left, right, .. } => {
            go(left);
            go(right);
        }
        ExprKind::Compare { left, comparators, .. } => {
            go(left);
            comparators.iter().for_each(go);
        }
        ExprKind::IfExp { test, body, orelse } => {
            go(test);
            go(body);
            go(orelse);
        }
        ExprKind::Lambda(l) => go(&l.body),
        ExprKind::ListComp(c) | ExprKind::SetComp(c) | ExprKind::DictComp(c) | ExprKind::GeneratorExp(c) => {
            go(&c.elt);
            if let Some(v) = &c.value {
                go(v);
            }
            for g in &c.generators {
                go(&g.target);
                go(&g.iter);
                g.ifs.iter().for_each(&mut go);
            }
        }
    }
}

fn walk_fstring<'a>(parts: &'a [FStringPart], go: &mut dyn FnMut(&'a Expr)) {
    for p in parts {
        if let FStringPart::Expr(fv) = p {
            go(&fv.value);
            if let Some(spec) = &fv.format_spec {
                walk_fstring(spec, go);
            }
        }
    }
}

/// The names a `for` target binds.
fn target_names<'a>(t: &'a Expr, out: &mut Vec<&'a str>) {
    match &t.kind {
        ExprKind::Name(n, _) => out.push(n),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| target_names(i, out)),
        ExprKind::Starred(inner) => target_names(inner, out),
        _ => {}
    }
}

/// The symtable errors of `:=` in comprehension `c` (where and what), in source order;
/// `in_class`: `c` stands directly in a class body, where a walrus has no scope to bind in.
pub fn comprehension_errors(c: &Comprehension, in_class: bool) -> Vec<(TextRange, String)> {
    let mut errors = Vec::new();
    for g in &c.generators {
        walk(&g.iter, &mut |e| {
            if matches!(e.kind, ExprKind::NamedExpr { .. }) {
                errors.push((
                    e.range,
                    "assignment expression cannot be used in a comprehension iterable expression".into(),
                ));
            }
            true
        });
    }
    let mut vars = Vec::new();
    c.generators.iter().for_each(|g| target_names(&g.target, &mut vars));
    let mut rebinds = |e: &Expr| {
        walk(e, &mut |x| match &x.kind {
            // A lambda's walrus binds in the lambda.
            ExprKind::Lambda(_) => false,
            ExprKind::NamedExpr { target, .. } if in_class || vars.contains(&&**target) => {
                let end = x.range.start + target.len() as u32;
                let msg = if vars.contains(&&**target) {
                    format!("assignment expression cannot rebind comprehension iteration variable '{target}'")
                } else {
                    "assignment expression within a comprehension cannot be used in a class body".into()
                };
                errors.push((TextRange::new(x.range.start, end), msg));
                true
            }
            _ => true,
        })
    };
    rebinds(&c.elt);
    if let Some(v) = &c.value {
        rebinds(v);
    }
    c.generators.iter().flat_map(|g| &g.ifs).for_each(&mut rebinds);
    errors.sort_by_key(|(r, _)| r.start);
    errors
}

//! Which names a function binds (its locals), declares `global`/`nonlocal`, whether it is a
//! generator, and whether it needs the implicit `__class__` cell — CPython's symtable rules.

use super::ast::*;
use super::error::SyntaxError;
use super::parser::Parser;
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

#[derive(Default)]
struct Collector {
    bound: Vec<Name>,
    globals: Vec<Name>,
    nonlocals: Vec<Name>,
    is_generator: bool,
    uses_class_cell: bool,
    /// Every name this scope reads or binds, and the free names of the scopes nested in it.
    used: FxHashSet<Name>,
    /// The free names of the nested scopes: those of our locals are cells.
    child_free: FxHashSet<Name>,
    /// Set for the second walk over a finished function: its locals, whose slots the walk
    /// writes into the `Name` nodes of this scope (not of nested scopes).
    resolve: Option<Vec<Name>>,
    /// What this scope did so far with each name (`USED`/`ASSIGNED`/`ANNOTATED`): a later
    /// `global`/`nonlocal` for it is CPython's symtable error.
    before: FxHashMap<Name, u8>,
    /// The first such error: message and the declaration's range.
    decl_error: Option<(String, TextRange)>,
}

const USED: u8 = 1;
const ASSIGNED: u8 = 2;
const ANNOTATED: u8 = 4;
const PARAM: u8 = 8;

impl Collector {
    fn resolving(locals: &[Name]) -> Collector {
        Collector { resolve: Some(locals.to_vec()), ..Collector::default() }
    }

    fn hint(&self, n: &Name, hint: &SlotHint) {
        if let Some(locals) = &self.resolve {
            match locals.iter().position(|l| l == n) {
                Some(i) => hint.set(i),
                None => hint.set_not_local(),
            }
        }
    }

    /// A nested scope's free names: ours to resolve (or pass on).
    fn nested(&mut self, free: &[Name]) {
        for n in free {
            self.used.insert(n.clone());
            self.child_free.insert(n.clone());
        }
    }

    fn mark(&mut self, n: &Name, flag: u8) {
        // The second walk over a function only resolves slots; the first saw the order.
        if self.resolve.is_none() {
            *self.before.entry(n.clone()).or_default() |= flag;
        }
    }

    /// `global`/`nonlocal` for a name this scope already read, bound or annotated.
    fn declare(&mut self, n: &Name, what: &str, range: TextRange) {
        let flags = self.before.get(n).copied().unwrap_or(0);
        if flags == 0 || self.decl_error.is_some() {
            return;
        }
        let msg = if flags & PARAM != 0 {
            format!("name '{n}' is parameter and {what}")
        } else if flags & USED != 0 {
            format!("name '{n}' is used prior to {what} declaration")
        } else if flags & ANNOTATED != 0 {
            format!("annotated name '{n}' can't be {what}")
        } else {
            format!("name '{n}' is assigned to before {what} declaration")
        };
        self.decl_error = Some((msg, range));
    }

    fn bind(&mut self, n: &Name) {
        self.mark(n, ASSIGNED);
        self.used.insert(n.clone());
        if !self.bound.contains(n) {
            self.bound.push(n.clone());
        }
    }

    fn target(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n, h) => {
                self.bind(n);
                self.hint(n, h);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| self.target(i)),
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(e),
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                targets.iter().for_each(|t| self.target(t));
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                self.target(target);
            }
            StmtKind::AnnAssign { target, value, annotation, .. } => {
                if let ExprKind::Name(n, _) = &target.kind {
                    self.mark(n, ANNOTATED);
                }
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
                self.target(target);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().for_each(|d| self.expr(d));
                self.params_outer(&f.params);
                if f.scope.uses_class_cell {
                    self.uses_class_cell = true;
                }
                self.nested(&f.scope.free);
                self.bind(&f.name);
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().for_each(|d| self.expr(d));
                c.bases.iter().for_each(|b| self.expr(b));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                // A method using super() inside a nested class does not make *this*
                // function need a cell, but nested functions of the class body can read our
                // free variables; names there are not ours.
                self.nested(&class_body_names(&c.body));
                self.bind(&c.name);
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Global(ns) => ns.iter().for_each(|n| {
                self.declare(n, "global", s.range);
                if !self.globals.contains(n) {
                    self.globals.push(n.clone())
                }
            }),
            StmtKind::Nonlocal(ns) => ns.iter().for_each(|n| {
                self.declare(n, "nonlocal", s.range);
                self.used.insert(n.clone());
                if !self.nonlocals.contains(n) {
                    self.nonlocals.push(n.clone())
                }
            }),
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Delete(ts) => ts.iter().for_each(|t| self.target(t)),
            StmtKind::With { items, body } => {
                for i in items {
                    self.expr(&i.context_expr);
                    if let Some(v) = &i.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let n = a.asname.clone().unwrap_or_else(|| Name::from(a.name.split('.').next().unwrap_or("")));
                    self.bind(&n);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if &*a.name != "*" {
                        let n = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.bind(&n);
                    }
                }
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        }
    }

    /// A pattern's expressions (values, classes, keys) and the names it binds, in CPython's
    /// symtable order.
    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(items) | PatternKind::Or(items) => items.iter().for_each(|i| self.pattern(i)),
            PatternKind::Mapping { keys, patterns, rest } => {
                keys.iter().for_each(|k| self.expr(k));
                patterns.iter().for_each(|i| self.pattern(i));
                if let Some(r) = rest {
                    self.target(r);
                }
            }
            PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls);
                patterns.iter().chain(kwd_patterns).for_each(|i| self.pattern(i));
            }
            PatternKind::Star(target) => {
                if let Some(t) = target {
                    self.target(t);
                }
            }
            PatternKind::As { pattern, target } => {
                if let Some(p) = pattern {
                    self.pattern(p);
                }
                if let Some(t) = target {
                    self.target(t);
                }
            }
        }
    }

    /// Parts of a nested function evaluated in this scope: defaults and annotations.
    fn params_outer(&mut self, p: &Parameters) {
        for prm in p.posonly.iter().chain(&p.args).chain(&p.kwonly).chain(p.vararg.iter()).chain(p.kwarg.iter()) {
            if let Some(d) = &prm.default {
                self.expr(d);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n, h) => {
                self.mark(n, USED);
                self.used.insert(n.clone());
                self.hint(n, h);
                if &**n == "super" || &**n == "__class__" {
                    self.uses_class_cell = true;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::JoinedStr(parts) => self.fparts(parts),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().for_each(|i| self.expr(i))
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Call { func, args, keywords } => {
                self.expr(func);
                args.iter().for_each(|a| self.expr(a));
                keywords.iter().for_each(|k| self.expr(&k.value));
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left);
                comparators.iter().for_each(|c| self.expr(c));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Lambda(l) => {
                self.params_outer(&l.params);
                if l.scope.uses_class_cell {
                    self.uses_class_cell = true;
                }
                self.nested(&l.scope.free);
            }
            ExprKind::ListComp(c) | ExprKind::SetComp(c) | ExprKind::DictComp(c) | ExprKind::GeneratorExp(c) => {
                // The first iterable is evaluated here; walrus targets inside bind here.
                self.expr(&c.generators[0].iter);
                if c.scope.uses_class_cell {
                    self.uses_class_cell = true;
                }
                self.nested(&c.scope.free);
                let mut walrus = Vec::new();
                comp_walrus(c, &mut walrus);
                walrus.iter().for_each(|n| self.bind(n));
            }
            ExprKind::Yield(v) => {
                self.is_generator = true;
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.is_generator = true;
                self.expr(v);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.bind(target);
            }
        }
    }

    fn fparts(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Expr(fv) = p {
                self.expr(&fv.value);
                if let Some(spec) = &fv.format_spec {
                    self.fparts(spec);
                }
            }
        }
    }
}

/// Walrus targets inside a comprehension (they bind in the enclosing function).
fn comp_walrus(c: &Comprehension, out: &mut Vec<Name>) {
    let mut col = Collector::default();
    col.expr(&c.elt);
    if let Some(v) = &c.value {
        col.expr(v);
    }
    for g in &c.generators {
        g.ifs.iter().for_each(|i| col.expr(i));
    }
    for n in col.bound {
        if !c.scope.locals.contains(&n) {
            out.push(n);
        }
    }
}

fn param_names(p: &Parameters) -> Vec<Name> {
    let mut v: Vec<Name> = p.posonly.iter().chain(&p.args).map(|x| x.name.clone()).collect();
    if let Some(a) = &p.vararg {
        v.push(a.name.clone());
    }
    v.extend(p.kwonly.iter().map(|x| x.name.clone()));
    if let Some(k) = &p.kwarg {
        v.push(k.name.clone());
    }
    v
}

fn finish(params: Vec<Name>, col: Collector) -> ScopeInfo {
    let mut locals = params;
    for n in col.bound {
        if !locals.contains(&n) && !col.globals.contains(&n) && !col.nonlocals.contains(&n) {
            locals.push(n);
        }
    }
    let (free, cells) = free_and_cells(&locals, &col.globals, &col.used, &col.child_free);
    ScopeInfo {
        locals,
        globals: col.globals,
        nonlocals: col.nonlocals,
        is_generator: col.is_generator,
        uses_class_cell: col.uses_class_cell,
        free,
        cells,
    }
}

/// CPython's symtable analysis: the names a scope uses but does not bind (free, or global),
/// and its locals that a nested scope uses (cells: they outlive the call).
fn free_and_cells(
    locals: &[Name],
    globals: &[Name],
    used: &FxHashSet<Name>,
    child_free: &FxHashSet<Name>,
) -> (Vec<Name>, Vec<Name>) {
    let mut free: Vec<Name> = used.iter().filter(|n| !locals.contains(n) && !globals.contains(n)).cloned().collect();
    free.sort_unstable();
    let cells = locals.iter().filter(|n| child_free.contains(*n)).cloned().collect();
    (free, cells)
}

/// What a class body (and the methods in it) may read from an enclosing function: every name
/// it mentions. (More than CPython's free names, which only keeps a variable alive longer.)
fn class_body_names(body: &[Stmt]) -> Vec<Name> {
    let mut col = Collector::default();
    col.stmts(body);
    col.used.into_iter().collect()
}

/// A function's scope, and the first of CPython's symtable errors in its declarations (raised
/// after the whole module parsed, as CPython's symtable runs after its parser).
pub fn function_scope(params: &Parameters, body: &[Stmt], p: &Parser) -> (ScopeInfo, Option<SyntaxError>) {
    let mut col = Collector::default();
    let pnames = param_names(params);
    for n in &pnames {
        col.mark(n, PARAM);
    }
    col.stmts(body);
    let error = col.decl_error.take().map(|(msg, r)| p.error(msg, r));
    let scope = finish(pnames, col);
    Collector::resolving(&scope.locals).stmts(body);
    (scope, error)
}

/// CPython's symtable errors in the `global`/`nonlocal` declarations of the module's own code.
pub fn block_declarations(body: &[Stmt], p: &Parser) -> Option<SyntaxError> {
    let mut col = Collector::default();
    col.stmts(body);
    col.decl_error.map(|(msg, r)| p.error(msg, r))
}

/// A class body's own `global`/`nonlocal` names, and the first symtable error in declaring them.
pub fn class_declarations(body: &[Stmt], p: &Parser) -> (Option<Rc<Declared>>, Option<SyntaxError>) {
    let mut col = Collector::default();
    col.stmts(body);
    let error = col.decl_error.map(|(msg, r)| p.error(msg, r));
    let declared = (!col.globals.is_empty() || !col.nonlocals.is_empty())
        .then(|| Rc::new(Declared { globals: col.globals, nonlocals: col.nonlocals }));
    (declared, error)
}

pub fn lambda_scope(params: &Parameters, body: &Expr) -> ScopeInfo {
    let mut col = Collector::default();
    col.expr(body);
    let scope = finish(param_names(params), col);
    Collector::resolving(&scope.locals).expr(body);
    scope
}

pub fn comprehension_scope(elt: &Expr, value: Option<&Expr>, generators: &[CompFor], is_gen: bool) -> ScopeInfo {
    let mut col = Collector::default();
    for (i, g) in generators.iter().enumerate() {
        col.target(&g.target);
        if i > 0 {
            col.expr(&g.iter);
        }
    }
    let bound = std::mem::take(&mut col.bound);
    // The free names also come from the element and the conditions; a walrus there binds in
    // the enclosing function, so it is free here.
    let mut names = Collector::default();
    names.expr(elt);
    if let Some(v) = value {
        names.expr(v);
    }
    for g in generators {
        g.ifs.iter().for_each(|i| names.expr(i));
    }
    let mut used = std::mem::take(&mut col.used);
    used.extend(names.used);
    let mut child_free = std::mem::take(&mut col.child_free);
    child_free.extend(names.child_free);
    let (free, cells) = free_and_cells(&bound, &[], &used, &child_free);
    ScopeInfo {
        locals: bound,
        globals: Vec::new(),
        nonlocals: Vec::new(),
        is_generator: is_gen,
        uses_class_cell: col.uses_class_cell,
        free,
        cells,
    }
}

/// The errors of CPython's symtable analysis (`analyze_name`), which runs after the walk
/// that finds the declaration errors: a block's own names are checked before its nested
/// blocks. A name both `global` and `nonlocal`; `nonlocal` in the module; a `nonlocal` name
/// bound in no enclosing function (class bodies do not count). Each is reported at the
/// name's first declaration in the block.
pub fn analysis_error(body: &[Stmt], p: &Parser) -> Option<SyntaxError> {
    analyze_block(body, Block::Module, &mut Vec::new(), p)
}

#[derive(Clone, Copy)]
enum Block<'b> {
    Module,
    Function(&'b ScopeInfo),
    Class,
}

/// `enclosing`: the function scopes around the block, innermost last.
fn analyze_block<'b>(
    body: &'b [Stmt],
    block: Block<'b>,
    enclosing: &mut Vec<&'b ScopeInfo>,
    p: &Parser,
) -> Option<SyntaxError> {
    let mut directives: Vec<(bool, &Name, TextRange)> = Vec::new();
    let mut nested: Vec<&'b Stmt> = Vec::new();
    own_statements(body, &mut |s| match &s.kind {
        StmtKind::Global(ns) => directives.extend(ns.iter().map(|n| (true, n, s.range))),
        StmtKind::Nonlocal(ns) => directives.extend(ns.iter().map(|n| (false, n, s.range))),
        StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => nested.push(s),
        _ => {}
    });
    for (_, n, _) in directives.iter().filter(|(global, _, _)| !global) {
        let msg = if directives.iter().any(|(global, d, _)| *global && d == n) {
            format!("name '{n}' is nonlocal and global")
        } else if matches!(block, Block::Module) {
            "nonlocal declaration not allowed at module level".to_string()
        } else if !enclosing.iter().any(|sc| sc.locals.contains(n) || sc.nonlocals.contains(n)) {
            format!("no binding for nonlocal '{n}' found")
        } else {
            continue;
        };
        let first = directives.iter().find(|(_, d, _)| d == n).map_or(TextRange::default(), |d| d.2);
        return Some(p.error(msg, first));
    }
    if let Block::Function(scope) = block {
        enclosing.push(scope);
    }
    let found = nested.into_iter().find_map(|s| match &s.kind {
        StmtKind::FunctionDef(f) => analyze_block(&f.body, Block::Function(&f.scope), enclosing, p),
        StmtKind::ClassDef(c) => analyze_block(&c.body, Block::Class, enclosing, p),
        _ => None,
    });
    if let Block::Function(_) = block {
        enclosing.pop();
    }
    found
}

/// Calls `f` on each statement of a block's own code: compound statements are entered,
/// nested functions and classes are passed to `f` but not entered.
fn own_statements<'b>(body: &'b [Stmt], f: &mut impl FnMut(&'b Stmt)) {
    for s in body {
        f(s);
        match &s.kind {
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                own_statements(body, f);
                own_statements(orelse, f);
            }
            StmtKind::With { body, .. } => own_statements(body, f),
            StmtKind::Match { cases, .. } => cases.iter().for_each(|c| own_statements(&c.body, f)),
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                own_statements(body, f);
                handlers.iter().for_each(|h| own_statements(&h.body, f));
                own_statements(orelse, f);
                own_statements(finalbody, f);
            }
            _ => {}
        }
    }
}

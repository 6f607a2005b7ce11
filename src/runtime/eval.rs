//! Evaluating expressions.

use super::dict::DictData;
use super::function::{Code, CodeBody, Kwargs};
use super::interp::Interp;
use super::jumps::{comp_loc, CompPoint, JumpBase};
use super::refcell::RefCell;
use super::scope::Ctx;
use super::value::{NumId, Payload, Value};
use super::PyResult;
use crate::syntax::ast::{
    BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, FStringPart, FormattedValue, Keyword, TextRange, UnaryOp,
};
use std::rc::Rc;

impl Interp {
    /// The hot expressions, kept small: every Python call recurses through here, and the
    /// browser's native stack (about 1 MB) must hold 1000 Python frames.
    pub fn eval(&mut self, e: &Expr, ctx: &Ctx) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Name(n, h) => match self.load_fast(h, ctx) {
                Some(v) => Ok(v),
                None if h.is_not_local()
                    && ctx.class_ns.is_none()
                    && ctx.frame.as_ref().is_some_and(|f| f.parent.is_none()) =>
                {
                    // A global or builtin read from a function with no enclosing function.
                    // `__class__` in a method is its class cell, not a global (checked on the
                    // error path only, to keep global reads fast).
                    self.load_name_global(n, ctx).or_else(|err| match self.class_cell_value(n, ctx) {
                        Some(v) => Ok(v),
                        None => {
                            self.set_range(e.range);
                            Err(err)
                        }
                    })
                }
                None => self.load_name(n, ctx).inspect_err(|_| self.set_range(e.range)),
            },
            // Not modelled: an error that says so, rather than a value that is not the literal.
            ExprKind::Constant(Constant::Bytes(_)) => {
                self.set_range(e.range);
                self.err("NotImplementedError", "metalab does not model bytes objects")
            }
            ExprKind::Constant(Constant::Complex(_)) => {
                self.set_range(e.range);
                self.err("NotImplementedError", "metalab does not model complex numbers")
            }
            ExprKind::Constant(c) => Ok(self.constant(c)),
            ExprKind::Call { func, args, keywords } => {
                let (f, argv, kwargs) = self.eval_call_parts(e, func, args, keywords, ctx)?;
                if let Some(kind) = super::exec_eval::scoped_builtin(&f) {
                    return self.call_scoped_builtin(kind, &f, argv, kwargs, ctx);
                }
                if argv.is_empty() && kwargs.is_empty() {
                    if let Some(r) = self.super_call(&f, ctx) {
                        return r;
                    }
                }
                self.call(&f, argv, kwargs)
            }
            ExprKind::BinOp { folded: Some(c), .. } | ExprKind::UnaryOp { folded: Some(c), .. } => Ok(self.constant(c)),
            ExprKind::BinOp { left, op, right, .. } => {
                let l = self.eval(left, ctx)?;
                let r = self.eval(right, ctx)?;
                self.binary_op(*op, l, r).inspect_err(|_| self.set_range(e.range))
            }
            ExprKind::IfExp { test, body, orelse } => {
                let branch = if self.eval_cond(test, test, JumpBase::Expr(e.range), ctx)? { body } else { orelse };
                self.eval(branch, ctx)
            }
            ExprKind::Attribute { value, attr, site } => {
                let v = self.eval(value, ctx)?;
                self.set_range(site.loc(e.range));
                let attr = mangled(attr, ctx);
                self.getattr_at(&v, &attr, Some(site))
            }
            ExprKind::Subscript { value, slice } => {
                let v = self.eval(value, ctx)?;
                let k = self.eval(slice, ctx)?;
                self.set_range(e.range);
                self.getitem(&v, &k)
            }
            ExprKind::Compare { left, ops, comparators } => self.eval_compare(e, left, ops, comparators, ctx),
            _ => self.eval_cold(e, ctx),
        }
    }

    #[inline(never)]
    fn eval_compare(
        &mut self,
        e: &Expr,
        left: &Expr,
        ops: &[CmpOp],
        comparators: &[Expr],
        ctx: &Ctx,
    ) -> PyResult<Value> {
        let mut l = self.eval(left, ctx)?;
        let mut result = Value::Bool(true);
        for (op, c) in ops.iter().zip(comparators) {
            let r = self.eval(c, ctx)?;
            result = self.compare(*op, &l, &r).inspect_err(|_| self.set_range(e.range))?;
            if ops.len() > 1 && !self.truthy(&result)? {
                return Ok(result);
            }
            l = r;
        }
        Ok(result)
    }

    #[inline(never)]
    fn eval_cold(&mut self, e: &Expr, ctx: &Ctx) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Name(..)
            | ExprKind::Constant(_)
            | ExprKind::Call { .. }
            | ExprKind::BinOp { .. }
            | ExprKind::IfExp { .. } => self.eval(e, ctx),
            ExprKind::Attribute { value, attr, site } => {
                let v = self.eval(value, ctx)?;
                self.set_range(site.loc(e.range));
                let attr = mangled(attr, ctx);
                self.getattr(&v, &attr)
            }

            ExprKind::Compare { left, ops, comparators } => {
                let mut l = self.eval(left, ctx)?;
                let mut result = Value::Bool(true);
                for (op, c) in ops.iter().zip(comparators) {
                    let r = self.eval(c, ctx)?;
                    result = self.compare(*op, &l, &r)?;
                    if !self.truthy(&result)? {
                        return Ok(result);
                    }
                    l = r;
                }
                Ok(result)
            }
            ExprKind::BoolOp { op, values } => {
                let mut last = Value::None;
                for (i, v) in values.iter().enumerate() {
                    last = self.eval(v, ctx)?;
                    if i + 1 == values.len() {
                        break;
                    }
                    let t = self.truthy(&last).inspect_err(|_| self.set_range(e.range))?;
                    if (*op == BoolOp::And && !t) || (*op == BoolOp::Or && t) {
                        return Ok(last);
                    }
                }
                Ok(last)
            }
            ExprKind::UnaryOp { op, operand, .. } => {
                let v = self.eval(operand, ctx)?;
                match op {
                    UnaryOp::Not => Ok(Value::Bool(!self.truthy(&v).inspect_err(|_| self.set_range(e.range))?)),
                    _ => self.unary_op(*op, v).inspect_err(|_| self.set_range(e.range)),
                }
            }
            ExprKind::Subscript { value, slice } => {
                let v = self.eval(value, ctx)?;
                let k = self.eval(slice, ctx)?;
                self.set_range(e.range);
                self.getitem(&v, &k)
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut part = |x: &Option<Box<Expr>>| -> PyResult<Value> {
                    match x {
                        Some(x) => self.eval(x, ctx),
                        None => Ok(Value::None),
                    }
                };
                let start = part(lower)?;
                let stop = part(upper)?;
                let step = part(step)?;
                Ok(Value::Obj(self.heap.alloc(Some(self.t.slice.clone()), None, Payload::Slice { start, stop, step })))
            }
            ExprKind::Tuple(elts) if elts.iter().all(is_constant) => self.constant_tuple(e, elts, ctx),
            ExprKind::Tuple(elts) => {
                let items = self.eval_elts(elts, e.range, false, ctx)?;
                Ok(self.tuple(items))
            }
            ExprKind::List(elts) => {
                let items = self.eval_elts(elts, e.range, false, ctx)?;
                Ok(self.list(items))
            }
            ExprKind::Set(elts) => self.set_display(e, elts, ctx),
            ExprKind::Dict(pairs) => self.dict_display(e, pairs, ctx),
            // `f"{s}"` of a str is that str itself when formatting changes nothing (CPython's
            // FORMAT_VALUE).
            ExprKind::JoinedStr(parts) => match parts.as_slice() {
                [FStringPart::Expr(fv)] if fv.debug_text.is_none() && matches!(fv.conversion, None | Some('s')) => {
                    let v = self.eval(&fv.value, ctx)?;
                    let out = self.format_field(fv, v.clone(), e.range, ctx)?;
                    Ok(match v {
                        Value::Str(s) if *s == *out => Value::Str(s),
                        _ => Value::Str(Rc::from(out)),
                    })
                }
                _ => Ok(Value::Str(Rc::from(self.eval_fstring(parts, e.range, ctx)?))),
            },
            ExprKind::Lambda(l) => {
                let key = Rc::as_ptr(l) as usize;
                let code = match self.code_cache.get(&key) {
                    Some(c) => c.clone(),
                    None => {
                        let qn = self.child_qualname(ctx, "<lambda>");
                        let mut c =
                            Code::new(CodeBody::Lambda(l.clone()), Rc::from("<lambda>"), qn, &l.scope, l.range.start);
                        c.private = ctx.private.clone();
                        c.unit = self.cur_unit();
                        let c = Rc::new(c);
                        self.code_cache.insert(key, c.clone());
                        c
                    }
                };
                self.make_function_from_code(code, &l.params, ctx, Value::None)
            }
            ExprKind::ListComp(c) => self.run_comprehension(c, "<listcomp>", e.range, ctx),
            ExprKind::SetComp(c) => self.run_comprehension(c, "<setcomp>", e.range, ctx),
            ExprKind::DictComp(c) => self.run_comprehension(c, "<dictcomp>", e.range, ctx),
            ExprKind::GeneratorExp(c) => self.make_genexpr(c, ctx),
            ExprKind::Starred(_) => self.err("SyntaxError", "can't use starred expression here"),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => self.err(
                "SyntaxError",
                "metalab supports 'yield' only as a statement or as the right side of an assignment",
            ),
            ExprKind::NamedExpr { target, value } => {
                let v = self.eval(value, ctx)?;
                self.store_name(target, v.clone(), ctx)?;
                Ok(v)
            }
        }
    }

    pub fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::Obj(self.ellipsis.clone()),
            Constant::Int(i) => Value::int_const(*i),
            Constant::BigInt(b) => Value::BigInt(b.clone()),
            Constant::Float(f) => Value::Float(*f, NumId::CONST),
            Constant::Str(s) => Value::Str(s.clone()),
            Constant::Complex(_) | Constant::Bytes(_) => Value::None,
        }
    }

    /// Evaluates the elements of the display spanning `range`, expanding `*iterable`
    /// (positioned on the display, with the message of `LIST_EXTEND` or `SET_UPDATE`).
    fn eval_elts(&mut self, elts: &[Expr], range: TextRange, set: bool, ctx: &Ctx) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(elts.len());
        for e in elts {
            if let ExprKind::Starred(inner) = &e.kind {
                let v = self.eval(inner, ctx)?;
                let r = if set {
                    self.collect(&v)
                } else if self.is_iterable(&v) {
                    self.collect_sized(&v)
                } else {
                    let tn = self.type_name(&v);
                    self.type_error(format!("Value after * must be an iterable, not {tn}"))
                };
                out.extend(r.inspect_err(|_| self.set_range(range))?);
            } else {
                out.push(self.eval(e, ctx)?);
            }
        }
        Ok(out)
    }

    /// `super()`, `locals()`, `vars()` and `dir()` with no arguments need the caller's frame;
    /// `None` for any other call.
    fn super_call(&mut self, f: &Value, ctx: &Ctx) -> Option<PyResult<Value>> {
        match f {
            Value::Obj(o) if Rc::ptr_eq(o, &self.t.super_) => Some(self.zero_arg_super(ctx)),
            _ if self.is_builtin_named(f, "locals") || self.is_builtin_named(f, "vars") => Some(self.frame_locals(ctx)),
            _ if self.is_builtin_named(f, "dir") && (ctx.frame.is_some() || ctx.class_ns.is_some()) => {
                Some(self.frame_locals(ctx).and_then(|d| {
                    let mut names = self.collect(&d)?;
                    let mut keys = Vec::with_capacity(names.len());
                    for n in names.drain(..) {
                        keys.push(self.str_of(&n)?);
                    }
                    keys.sort();
                    Ok(self.list(keys.into_iter().map(Value::Str).collect()))
                }))
            }
            _ => None,
        }
    }

    /// `locals()`: a class body's namespace, a function's bound locals (a new dict, in the
    /// order CPython numbers them: parameters first), the module's globals.
    pub(super) fn frame_locals(&mut self, ctx: &Ctx) -> PyResult<Value> {
        if let Some(ns) = &ctx.class_ns {
            return Ok(ns.clone());
        }
        let Some(frame) = &ctx.frame else { return Ok(Value::Obj(ctx.globals.clone())) };
        let slots = frame.slots.borrow().clone();
        let existing = frame.locals.borrow().clone();
        let dict = match existing {
            Some(d) => d,
            None => {
                let Value::Obj(d) = self.dict_from(DictData::new()) else { return Ok(Value::None) };
                *frame.locals.borrow_mut() = Some(d.clone());
                d
            }
        };
        if let Some(d) = dict.dict_data() {
            // Values removed are dropped after the borrow.
            let mut old = Vec::new();
            let mut d = d.borrow_mut();
            for (i, n) in frame.code.local_names().into_iter().enumerate() {
                match slots.get(i) {
                    Some(Some(v)) => d.set_str(n, v.clone()),
                    _ => old.extend(d.remove_str(&n)),
                }
            }
            drop(d);
            drop(old);
        }
        Ok(Value::Obj(dict))
    }

    /// Evaluates the callee and the arguments of a call; kept out of the recursive path so
    /// that `eval`'s frame stays small.
    #[inline(never)]
    fn eval_call_parts(
        &mut self,
        call: &Expr,
        func: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
        ctx: &Ctx,
    ) -> PyResult<(Value, Vec<Value>, Kwargs)> {
        // `obj.method(...)` without materialising a bound method when possible.
        let (f, receiver) = match &func.kind {
            ExprKind::Attribute { value, attr, site } => {
                let obj = self.eval(value, ctx)?;
                self.set_range(site.loc(func.range));
                let attr = mangled(attr, ctx);
                if let Some((m, receiver)) = self.super_method(&obj, &attr) {
                    (m, Some(receiver))
                } else {
                    match self.get_method(&obj, &attr, Some(site))? {
                        (m, true) => (m, Some(obj)),
                        (m, false) => (m, None),
                    }
                }
            }
            _ => (self.eval(func, ctx)?, None),
        };
        let mut argv = Vec::with_capacity(args.len() + 1);
        if let Some(r) = receiver {
            argv.push(r);
        }
        for a in args {
            if let ExprKind::Starred(inner) = &a.kind {
                let v = self.eval(inner, ctx)?;
                // `f(*x)` hands `x` to the call, which checks it; otherwise it goes into a
                // list first (`LIST_EXTEND`). Both are positioned on the call.
                self.extend_star_arg((args.len() == 1).then_some(&f), &v, &mut argv)
                    .inspect_err(|_| self.set_range(call.range))?;
            } else {
                argv.push(self.eval(a, ctx)?);
            }
        }
        let kwargs = self.eval_keywords(Some(&f), keywords, ctx).inspect_err(|_| self.set_range(call.range))?;
        self.set_range(call_loc(call, func, args, keywords));
        Ok((f, argv, kwargs))
    }

    /// `*v` among the positional arguments of a call; `sole` is the callee when `*v` is the
    /// call's only positional argument (CPython hands `v` to the call, which names itself in
    /// the error), else the values go into a list first (`LIST_EXTEND`).
    pub(super) fn extend_star_arg(&mut self, sole: Option<&Value>, v: &Value, argv: &mut Vec<Value>) -> PyResult<()> {
        if !self.is_iterable(v) {
            let tn = self.type_name(v);
            let Some(f) = sole else {
                return self.type_error(format!("Value after * must be an iterable, not {tn}"));
            };
            let fname = self.callable_name(f);
            return self.type_error(format!("{fname} argument after * must be an iterable, not {tn}"));
        }
        self.extend_sized(v, argv)
    }

    /// The keyword arguments of a call to `f`, or of a class statement (`f` is None: CPython
    /// passes them to `__build_class__`, which errors name).
    pub(super) fn eval_keywords(&mut self, f: Option<&Value>, keywords: &[Keyword], ctx: &Ctx) -> PyResult<Kwargs> {
        let mut kwargs: Kwargs = Vec::with_capacity(keywords.len());
        let mut unpacked = false;
        for k in keywords {
            let v = self.eval(&k.value, ctx)?;
            match &k.arg {
                // The parser refuses a name given twice; after a `**` it can repeat one.
                Some(name) if unpacked && kwargs.iter().any(|(n, _)| n == name) => {
                    let fname = self.keywords_owner(f);
                    return self.type_error(format!("{fname} got multiple values for keyword argument '{name}'"));
                }
                Some(name) => kwargs.push((name.clone(), v)),
                None => {
                    unpacked = true;
                    self.merge_kwargs(f, &v, &mut kwargs)?
                }
            }
        }
        Ok(kwargs)
    }

    fn keywords_owner(&self, f: Option<&Value>) -> String {
        f.map_or_else(|| "__build_class__()".to_string(), |f| self.callable_name(f))
    }

    /// `f(**m)`: the keywords of the mapping `m` (`DICT_MERGE`).
    pub(super) fn merge_kwargs(&mut self, f: Option<&Value>, v: &Value, kwargs: &mut Kwargs) -> PyResult<()> {
        if self.as_dict_data(v).is_none() && self.lookup_special(&self.type_of(v), "keys").is_none() {
            let fname = self.keywords_owner(f);
            let tn = self.type_name(v);
            return self.type_error(format!("{fname} argument after ** must be a mapping, not {tn}"));
        }
        for (key, val) in self.mapping_items(v)? {
            let Value::Str(key) = key else {
                return self.type_error("keywords must be strings");
            };
            if kwargs.iter().any(|(n, _)| *n == key) {
                let fname = self.keywords_owner(f);
                return self.type_error(format!("{fname} got multiple values for keyword argument '{key}'"));
            }
            kwargs.push((key, val));
        }
        Ok(())
    }

    pub fn eval_fstring(&mut self, parts: &[FStringPart], range: TextRange, ctx: &Ctx) -> PyResult<String> {
        let mut out = String::new();
        for p in parts {
            match p {
                FStringPart::Literal(s) => out.push_str(s),
                FStringPart::Expr(fv) => {
                    if let Some(d) = &fv.debug_text {
                        out.push_str(d);
                    }
                    let v = self.eval(&fv.value, ctx)?;
                    out.push_str(&self.format_field(fv, v, range, ctx)?);
                }
            }
        }
        Ok(out)
    }

    /// One `{...}` of an f-string, given its evaluated value. CPython 3.11 positions the
    /// conversion and the formatting on the whole f-string (`range`).
    fn format_field(&mut self, fv: &FormattedValue, v: Value, range: TextRange, ctx: &Ctx) -> PyResult<String> {
        let conv = match (fv.conversion, &fv.debug_text, &fv.format_spec) {
            (Some(c), _, _) => Some(c),
            (None, Some(_), None) => Some('r'),
            _ => None,
        };
        let v = match conv {
            Some('r') => Value::Str(self.repr(&v).inspect_err(|_| self.set_range(range))?),
            Some('s') => Value::Str(self.str_of(&v).inspect_err(|_| self.set_range(range))?),
            Some('a') => {
                let r = self.repr(&v).inspect_err(|_| self.set_range(range))?;
                Value::str(&super::format::ascii_repr_of(&r))
            }
            _ => v,
        };
        let spec = match &fv.format_spec {
            Some(sp) => self.eval_fstring(sp, range, ctx)?,
            None => String::new(),
        };
        self.format_value(&v, &spec).inspect_err(|_| self.set_range(range))
    }

    /// `super()` without arguments: the method's `__class__` cell and its first argument.
    fn zero_arg_super(&mut self, ctx: &Ctx) -> PyResult<Value> {
        let Some(frame) = &ctx.frame else { return self.err("RuntimeError", "super(): no arguments") };
        // CPython looks at `co_argcount`: a `def m(*args)` has no first argument to use.
        let has_params = frame.code.params().is_some_and(|p| !p.posonly.is_empty() || !p.args.is_empty());
        if !has_params {
            return self.err("RuntimeError", "super(): no arguments");
        }
        let first = frame.slots.borrow().first().cloned().flatten();
        let Some(first) = first else { return self.err("RuntimeError", "super(): arg[0] deleted") };
        let cls = ctx.class_cell.as_ref().and_then(|c| c.borrow().clone());
        let Some(cls) = cls else { return self.err("RuntimeError", "super(): __class__ cell not found") };
        self.make_super(&Value::Obj(cls), Some(&first))
    }

    /// The qualified name of a function or class defined in the current scope.
    pub fn child_qualname(&self, ctx: &Ctx, name: &str) -> Rc<str> {
        if let Some(ns) = &ctx.class_ns {
            if let Value::Obj(o) = ns {
                if let Some(d) = o.dict_data() {
                    if let Some(Value::Str(q)) = d.borrow().get_str("__qualname__") {
                        return Rc::from(format!("{q}.{name}"));
                    }
                }
            }
            return Rc::from(name);
        }
        match &ctx.frame {
            // Comprehensions are scopes without `<locals>` in their children's names.
            Some(f) if matches!(f.code.body, CodeBody::Comp(..)) => Rc::from(format!("{}.{name}", f.code.qualname)),
            Some(f) => Rc::from(format!("{}.<locals>.{name}", f.code.qualname)),
            None => Rc::from(name),
        }
    }

    /// Runs a list/set/dict comprehension as its own function scope (as CPython 3.11 does).
    fn run_comprehension(
        &mut self,
        c: &Rc<Comprehension>,
        kind: &'static str,
        range: crate::syntax::ast::TextRange,
        ctx: &Ctx,
    ) -> PyResult<Value> {
        let code = self.comp_code(c, kind, ctx);
        // The first iterable is evaluated in the enclosing scope.
        let first = self.eval_iterable(&c.generators[0].iter, ctx)?;
        let first_iter = self.iter(&first).inspect_err(|_| self.set_range(range))?;
        self.set_range(range);
        let frame = Rc::new(super::function::Frame {
            code: code.clone(),
            slots: super::refcell::RefCell::new(vec![None; code.nslots]),
            parent: ctx.frame.clone(),
            globals: ctx.globals.clone(),
            class_cell: ctx.class_cell.clone(),
            locals: Default::default(),
            tb_holders: Default::default(),
            returned: Default::default(),
            back: Default::default(),
            cell_refs: Default::default(),
            reads_cells: Default::default(),
            made: self.heap.next_id(),
        });
        let inner = Ctx {
            globals: ctx.globals.clone(),
            frame: Some(frame),
            class_ns: None,
            class_cell: ctx.class_cell.clone(),
            gen: None,
            private: ctx.private.clone(),
            declared: None,
        };
        self.enter_frame(&code.qualname, code.unit, code.first_offset, None, inner.frame.as_ref())?;
        let serial = self.frame_serial;
        let mut acc = Acc::new(kind, self.heap.fresh_serial());
        let r = self.comp_loop(c, 0, Some(first_iter), &inner, &mut acc);
        let r = r.and_then(|_| acc.finish(self));
        self.leave_frame(&code.qualname, &r);
        if let Some(frame) = &inner.frame {
            let exc = super::exc_of(&r);
            self.frame_returned(frame, exc, serial);
        }
        r
    }

    pub fn comp_code(&mut self, c: &Rc<Comprehension>, kind: &'static str, ctx: &Ctx) -> Rc<Code> {
        let key = Rc::as_ptr(c) as usize;
        if let Some(code) = self.code_cache.get(&key) {
            return code.clone();
        }
        let qn = self.child_qualname(ctx, kind);
        let mut code = Code::new(CodeBody::Comp(c.clone(), kind), Rc::from(kind), qn, &c.scope, c.elt.range.start);
        code.private = ctx.private.clone();
        code.unit = self.cur_unit();
        let code = Rc::new(code);
        self.code_cache.insert(key, code.clone());
        code
    }

    fn comp_loop(
        &mut self,
        c: &Comprehension,
        level: usize,
        first: Option<Value>,
        ctx: &Ctx,
        acc: &mut Acc,
    ) -> PyResult<()> {
        let g = &c.generators[level];
        // Getting and advancing the iterator, and adding to the result, are positioned on
        // the comprehension (or where an `if`'s comparison left the position).
        let loop_loc = |it: &Interp| it.set_range(comp_loc(c, CompPoint::Loop(level)));
        let it = match first {
            Some(it) => it,
            None => {
                let src = self.eval_iterable(&g.iter, ctx)?;
                self.iter(&src).inspect_err(|_| loop_loc(self))?
            }
        };
        'outer: while let Some(v) = self.next(&it).inspect_err(|_| loop_loc(self))? {
            self.step()?;
            self.assign(&g.target, v, ctx)?;
            for cond in &g.ifs {
                if !self.eval_cond(cond, cond, JumpBase::Comp(c), ctx)? {
                    continue 'outer;
                }
            }
            if level + 1 < c.generators.len() {
                self.comp_loop(c, level + 1, None, ctx, acc)?;
            } else {
                let k = self.eval(&c.elt, ctx)?;
                let v = match &c.value {
                    Some(v) => Some(self.eval(v, ctx)?),
                    None => None,
                };
                acc.push(self, k, v).inspect_err(|_| self.set_range(comp_loc(c, CompPoint::Append)))?;
            }
        }
        Ok(())
    }
}

/// What a comprehension accumulates into, and the number its object was given when the
/// comprehension started (`Heap::alloc_numbered`).
struct Acc {
    serial: u64,
    data: AccData,
}

enum AccData {
    List(Vec<Value>),
    Set(DictData),
    Dict(DictData),
}

impl Acc {
    fn new(kind: &str, serial: u64) -> Acc {
        let data = match kind {
            "<setcomp>" => AccData::Set(DictData::new_set()),
            "<dictcomp>" => AccData::Dict(DictData::new()),
            _ => AccData::List(Vec::new()),
        };
        Acc { serial, data }
    }
    fn push(&mut self, it: &mut Interp, k: Value, v: Option<Value>) -> PyResult<()> {
        match &mut self.data {
            AccData::List(l) => l.push(k),
            AccData::Set(d) => it.dict_insert(d, k, Value::None)?,
            AccData::Dict(d) => it.dict_insert(d, k, v.unwrap_or(Value::None))?,
        }
        Ok(())
    }
    fn finish(&mut self, it: &mut Interp) -> PyResult<Value> {
        let (class, payload) = match std::mem::replace(&mut self.data, AccData::List(Vec::new())) {
            AccData::List(l) => (it.t.list.clone(), Payload::List(super::refcell::RefCell::new(l))),
            AccData::Set(d) => (it.t.set.clone(), Payload::Set(super::refcell::RefCell::new(d.into_set()))),
            AccData::Dict(d) => (it.t.dict.clone(), Payload::Dict(super::refcell::RefCell::new(d))),
        };
        Ok(Value::Obj(it.heap.alloc_numbered(self.serial, Some(class), None, payload, None)))
    }
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

/// The source range CPython 3.11 gives a call: a method call `obj\n.m(...)` compiled as
/// `LOAD_METHOD`/`CALL` (no `*`/`**` arguments, fewer than 30 in all) starts at the name.
#[inline]
fn call_loc(call: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> crate::syntax::ast::TextRange {
    match &func.kind {
        ExprKind::Attribute { site, .. }
            if site.name_start != 0
                && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
                && keywords.iter().all(|k| k.arg.is_some())
                && args.len() + keywords.len() + usize::from(!keywords.is_empty()) < 30 =>
        {
            site.loc(call.range)
        }
        _ => call.range,
    }
}

/// Applies private-name mangling (`__x` → `_Class__x`) inside a class. Borrowed unless it
/// mangles: every `obj.attr` goes through here, and a clone and drop of the name is two calls
/// in the wasm build.
#[cfg_attr(target_arch = "wasm32", inline(always))]
pub fn mangled<'a>(name: &'a Rc<str>, ctx: &Ctx) -> std::borrow::Cow<'a, Rc<str>> {
    match &ctx.private {
        Some(cls) if name.starts_with("__") && !name.ends_with("__") => {
            std::borrow::Cow::Owned(super::class::mangle(cls, name))
        }
        _ => std::borrow::Cow::Borrowed(name),
    }
}

/// An expression CPython's compiler turns into a constant: a literal, a folded operation, or a
/// tuple of those.
/// What the compiler folds to a constant (a tuple of constants included).
fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple(elts) => elts.iter().all(is_constant),
        _ => crate::syntax::fold::constant_of(e).is_some(),
    }
}

impl Interp {
    /// A set display, compiled as CPython 3.11 compiles it: three or more constants become a
    /// frozenset constant merged into a new set (`const_frozenset`); without `*` and with at
    /// most 30 items, the items are evaluated and then added in order (`BUILD_SET n`);
    /// otherwise the items before the first `*` are evaluated, added, and each later one is
    /// added (or merged with `set.update`'s rules) as it comes.
    /// A dict display in CPython 3.11's order (`compiler_dict`): a run of `k: v` pairs is
    /// evaluated first and inserted after (BUILD_MAP), so a key's `__hash__` runs after every
    /// key and value of its run; runs are cut every 17 pairs, and a cut of 16 or more inserts
    /// each pair as it is evaluated (MAP_ADD). `**m` merges where it stands.
    fn dict_display(&mut self, node: &Expr, pairs: &[(Option<Expr>, Expr)], ctx: &Ctx) -> PyResult<Value> {
        let range = node.range;
        let mut d = DictData::new();
        let mut i = 0;
        while i < pairs.len() {
            if pairs[i].0.is_none() {
                let m = self.eval(&pairs[i].1, ctx)?;
                for (k, v) in self.mapping_items(&m).inspect_err(|_| self.set_range(range))? {
                    self.dict_insert(&mut d, k, v).inspect_err(|_| self.set_range(range))?;
                }
                i += 1;
                continue;
            }
            let run = pairs[i..].iter().take_while(|(k, _)| k.is_some()).count().min(17);
            let mut pending = Vec::new();
            for (k, v) in &pairs[i..i + run] {
                let Some(k) = k else { continue };
                let key = self.eval(k, ctx)?;
                let value = self.eval(v, ctx)?;
                if run <= 15 {
                    pending.push((key, value));
                } else {
                    self.dict_insert(&mut d, key, value).inspect_err(|_| self.set_range(range))?;
                }
            }
            for (k, v) in pending {
                self.dict_insert(&mut d, k, v).inspect_err(|_| self.set_range(range))?;
            }
            i += run;
        }
        Ok(self.dict_from(d))
    }

    fn set_display(&mut self, node: &Expr, elts: &[Expr], ctx: &Ctx) -> PyResult<Value> {
        let range = node.range;
        let s = RefCell::new(DictData::new_set());
        if elts.len() > 2 && elts.iter().all(is_constant) {
            let f = self.const_frozenset(node, elts, ctx)?;
            if let Some(t) = super::set_ops::set_snapshot(&f) {
                s.borrow_mut().set_merge_into_empty(&t);
            }
            return Ok(self.set_from(s.into_inner()));
        }
        let star = elts.iter().position(|x| matches!(x.kind, ExprKind::Starred(_)));
        let first_add = match star {
            None if elts.len() <= 30 => elts.len(),
            None => 0,
            Some(i) => i,
        };
        let mut pending = Vec::with_capacity(first_add);
        for (i, x) in elts.iter().enumerate() {
            if i == first_add {
                for v in pending.drain(..) {
                    self.set_add(&s, v).inspect_err(|_| self.set_range(range))?;
                }
            }
            match &x.kind {
                ExprKind::Starred(inner) => {
                    let v = self.eval(inner, ctx)?;
                    self.set_update(&s, None, &v).inspect_err(|_| self.set_range(range))?;
                }
                _ if i < first_add => pending.push(self.eval(x, ctx)?),
                _ => {
                    let v = self.eval(x, ctx)?;
                    self.set_add(&s, v).inspect_err(|_| self.set_range(range))?;
                }
            }
        }
        for v in pending {
            self.set_add(&s, v).inspect_err(|_| self.set_range(range))?;
        }
        Ok(self.set_from(s.into_inner()))
    }

    /// The iterable of a `for` loop or comprehension: CPython's AST optimizer turns a set
    /// display of constants there into a frozenset constant, iterated as it is.
    pub fn eval_iterable(&mut self, e: &Expr, ctx: &Ctx) -> PyResult<Value> {
        if let ExprKind::Set(elts) = &e.kind {
            if elts.iter().all(is_constant) {
                return self.const_frozenset(e, elts, ctx);
            }
        }
        self.eval(e, ctx)
    }

    /// A tuple of constants is a constant too, made once and merged with equal ones in the
    /// module: `t = (1, 2); u = (1, 2); t is u` holds in CPython.
    /// The per-node cache is for the program's own tree only: `exec`/`eval` trees are freed
    /// after they ran, and a later one may reuse a node's address.
    fn constant_tuple(&mut self, e: &Expr, elts: &[Expr], ctx: &Ctx) -> PyResult<Value> {
        let node = e as *const Expr as usize;
        let cacheable = self.cur_unit() == 0;
        if let Some(t) = self.constant_tuples.get(&node).filter(|_| cacheable) {
            return Ok(t.clone());
        }
        let items = self.eval_elts(elts, e.range, false, ctx)?;
        let key = constant_key(&items);
        let t = match self.constant_tuples_by_value.get(&key) {
            Some(t) => t.clone(),
            None => {
                let t = self.tuple(items);
                self.constant_tuples_by_value.insert(key, t.clone());
                t
            }
        };
        if cacheable {
            self.constant_tuples.insert(node, t.clone());
        }
        Ok(t)
    }
}

/// What makes two constant tuples the same constant: their items' types and values (so
/// `(1,)` and `(1.0,)` and `(True,)` stay apart, as in CPython's `_PyCode_ConstantKey`).
fn constant_key(items: &[Value]) -> String {
    let mut key = String::from("(");
    for v in items {
        match v {
            Value::None => key.push('N'),
            Value::Bool(b) => key.push(if *b { 'T' } else { 'F' }),
            Value::Int(i, _) => key.push_str(&format!("i{i}")),
            Value::BigInt(b) => key.push_str(&format!("i{b}")),
            Value::Float(f, _) => key.push_str(&format!("f{:x}", f.to_bits())),
            Value::Str(s) => key.push_str(&format!("s{}:{s}", s.len())),
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(inner) => key.push_str(&constant_key(inner)),
                // Bytes, complex and `...`: each constant its own object.
                _ => key.push_str(&format!("o{}", o.id)),
            },
        }
        key.push(',');
    }
    key.push(')');
    key
}

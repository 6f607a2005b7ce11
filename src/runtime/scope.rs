//! Where a name lives: function slots, enclosing frames (closures), class namespaces,
//! module globals and builtins — resolved with CPython's LEGB rules and error messages.

use super::function::{ClassCell, Frame};
use super::interp::Interp;
use super::value::{ObjRef, Value};
use super::{PyResult, Unwind};
use crate::syntax::ast::SlotHint;
use std::rc::Rc;

/// The scope code runs in.
pub struct Ctx {
    pub globals: ObjRef,
    /// The function frame, for function bodies (and the enclosing one for class bodies).
    pub frame: Option<Rc<Frame>>,
    /// The namespace mapping of a class body being executed.
    pub class_ns: Option<Value>,
    pub class_cell: Option<ClassCell>,
    /// Set while running a generator body: the resume path (see `generator`).
    pub gen: Option<Rc<super::generator::GenCtx>>,
    /// The class whose private names (`__x`) are mangled here, as in CPython's compiler.
    pub private: Option<Rc<str>>,
    /// A class body's `global` and `nonlocal` names (`ClassDef::declared`).
    pub declared: Option<Rc<crate::syntax::ast::Declared>>,
}

impl Ctx {
    pub fn module(globals: ObjRef) -> Ctx {
        Ctx { globals, frame: None, class_ns: None, class_cell: None, gen: None, private: None, declared: None }
    }
}

impl Interp {
    /// A local resolved to its slot by the scope pass; `None` falls back to `load_name`
    /// (module and class bodies, unbound locals, names the pass did not resolve).
    #[inline(always)]
    pub fn load_fast(&self, hint: &SlotHint, ctx: &Ctx) -> Option<Value> {
        let slot = hint.get()?;
        match (&ctx.frame, &ctx.class_ns) {
            (Some(f), None) => f.slots.borrow().get(slot).cloned().flatten(),
            _ => None,
        }
    }

    #[inline(always)]
    pub fn store_fast(&mut self, name: &Rc<str>, hint: &SlotHint, value: Value, ctx: &Ctx) -> PyResult<()> {
        if let (Some(slot), Some(f), None) = (hint.get(), &ctx.frame, &ctx.class_ns) {
            if let Some(s) = f.slots.borrow_mut().get_mut(slot) {
                *s = Some(value);
                return Ok(());
            }
        }
        self.store_name(name, value, ctx)
    }

    /// `load_name` for a name the scope pass found is not local and with no enclosing
    /// function frame to search: globals, then builtins.
    pub fn load_name_global(&mut self, name: &Rc<str>, ctx: &Ctx) -> PyResult<Value> {
        match self.load_global(name, &ctx.globals) {
            Err(e) => {
                if let Some(exc) = e.exc() {
                    self.attach_name_suggestion(exc, name, ctx);
                }
                Err(e)
            }
            r => r,
        }
    }

    pub fn load_name(&mut self, name: &Rc<str>, ctx: &Ctx) -> PyResult<Value> {
        if let Some(cls) = self.class_cell_value(name, ctx) {
            return Ok(cls);
        }
        let r = self.load_name_inner(name, ctx);
        if let Err(err) = &r {
            if let (Some(e), true) =
                (err.exc(), self.is_exc(err, "NameError") && !self.is_exc(err, "UnboundLocalError"))
            {
                self.attach_name_suggestion(e, name, ctx);
            }
        }
        r
    }

    /// `__class__` in a method: the class being defined (the cell zero-argument `super()`
    /// uses), once the class exists.
    pub fn class_cell_value(&self, name: &str, ctx: &Ctx) -> Option<Value> {
        // The cell first: module-level code has none, and the name's text compare is a call in
        // the wasm build.
        let cell = ctx.class_cell.as_ref()?;
        if ctx.class_ns.is_some() || name != "__class__" {
            return None;
        }
        cell.borrow().clone().map(Value::Obj)
    }

    /// CPython looks in the frame's local names, then globals, then builtins.
    fn attach_name_suggestion(&self, e: &ObjRef, name: &str, ctx: &Ctx) {
        let mut groups: Vec<Vec<Rc<str>>> = Vec::new();
        if let Some(f) = &ctx.frame {
            groups.push(f.code.local_names());
        }
        let keys = |d: &ObjRef| -> Vec<Rc<str>> {
            let Some(dd) = d.dict_data() else { return Vec::new() };
            let keys = dd.borrow().keys();
            keys.into_iter().filter_map(|k| if let Value::Str(s) = k { Some(s) } else { None }).collect()
        };
        groups.push(keys(&ctx.globals));
        // CPython's builtins, those metalab lacks too, then any a program added.
        let known = super::builtin_names::CPYTHON_BUILTINS;
        let mut builtins: Vec<Rc<str>> = known.iter().map(|n| Rc::from(*n)).collect();
        builtins.extend(keys(&self.builtins).into_iter().filter(|k| !known.contains(&&**k)));
        groups.push(builtins);
        for g in groups {
            if let Some(s) = super::suggest::suggest(name, &g) {
                if let super::value::Payload::Exception(d) = &e.payload {
                    *d.suggestion.borrow_mut() = Some(s);
                }
                return;
            }
        }
    }

    fn load_name_inner(&mut self, name: &Rc<str>, ctx: &Ctx) -> PyResult<Value> {
        if let Some(ns) = &ctx.class_ns {
            let global = declared_in_class(ctx, name) == Some(Declaration::Global);
            let name = &super::eval::mangled(name, ctx);
            if global {
                return self.load_global(name, &ctx.globals);
            }
            if let Some(v) = self.mapping_lookup(ns, name)? {
                return Ok(v);
            }
            if let Some(v) = self.load_free(name, ctx.frame.as_ref()) {
                return v.map_err(|_| self.unbound_free(name));
            }
            return self.load_global(name, &ctx.globals);
        }
        if let Some(frame) = &ctx.frame {
            if let Some(slot) = frame.code.slot(name) {
                if let Some(v) = frame.slots.borrow()[slot].clone() {
                    return Ok(v);
                }
                return self.err(
                    "UnboundLocalError",
                    format!("cannot access local variable '{name}' where it is not associated with a value"),
                );
            }
            if !frame.code.globals.contains(name) {
                if let Some(v) = self.load_free(name, frame.parent.as_ref()) {
                    return v.map_err(|_| self.unbound_free(name));
                }
            }
        }
        self.load_global(name, &ctx.globals)
    }

    fn unbound_free(&mut self, name: &str) -> Unwind {
        let msg =
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
        self.name_error(name, &msg)
    }

    /// Looks a name up in enclosing function frames. `Some(Err(()))` means found but unbound.
    fn load_free(&self, name: &Rc<str>, mut frame: Option<&Rc<Frame>>) -> Option<Result<Value, ()>> {
        while let Some(f) = frame {
            if let Some(slot) = f.code.slot(name) {
                return Some(f.slots.borrow().get(slot).cloned().flatten().ok_or(()));
            }
            if f.code.globals.contains(name) {
                return None;
            }
            frame = f.parent.as_ref();
        }
        None
    }

    pub fn load_global(&mut self, name: &Rc<str>, globals: &ObjRef) -> PyResult<Value> {
        let h = self.str_hash(name);
        if let Some(d) = globals.dict_data() {
            if let Some(v) = d.borrow().get_str_h(name, h) {
                return Ok(v.clone());
            }
        }
        if let Some(d) = self.builtins.dict_data() {
            if let Some(v) = d.borrow().get_str_h(name, h) {
                return Ok(v.clone());
            }
        }
        Err(self.name_error(name, &format!("name '{name}' is not defined")))
    }

    pub fn store_name(&mut self, name: &Rc<str>, value: Value, ctx: &Ctx) -> PyResult<()> {
        if let Some(ns) = &ctx.class_ns {
            let key = super::eval::mangled(name, ctx).into_owned();
            match declared_in_class(ctx, name) {
                None => return self.mapping_store(ns, Value::Str(key), value),
                Some(Declaration::Nonlocal) => {
                    if let Some((f, slot)) = owning_frame(&key, ctx.frame.as_ref()) {
                        f.slots.borrow_mut()[slot] = Some(value);
                    }
                    return Ok(());
                }
                Some(Declaration::Global) => {
                    self.store_global(&key, value, ctx);
                    return Ok(());
                }
            }
        }
        if let Some(frame) = &ctx.frame {
            if let Some(slot) = frame.code.slot(name) {
                frame.slots.borrow_mut()[slot] = Some(value);
                return Ok(());
            }
            if !frame.code.globals.contains(name) {
                // A nonlocal: bind in the nearest enclosing frame that owns the name.
                if let Some((f, slot)) = owning_frame(name, frame.parent.as_ref()) {
                    f.slots.borrow_mut()[slot] = Some(value);
                    return Ok(());
                }
            }
        }
        self.store_global(name, value, ctx);
        Ok(())
    }

    fn store_global(&self, name: &Rc<str>, value: Value, ctx: &Ctx) {
        if let Some(d) = ctx.globals.dict_data() {
            d.borrow_mut().set_str_h(name.clone(), self.str_hash(name), value);
        }
    }

    pub fn delete_name(&mut self, name: &Rc<str>, ctx: &Ctx) -> PyResult<()> {
        if let (Some(_), Some(declared)) = (&ctx.class_ns, declared_in_class(ctx, name)) {
            let key = super::eval::mangled(name, ctx).into_owned();
            if declared == Declaration::Nonlocal {
                let old =
                    owning_frame(&key, ctx.frame.as_ref()).and_then(|(f, slot)| f.slots.borrow_mut()[slot].take());
                return match old {
                    Some(_) => Ok(()),
                    None => Err(self.unbound_free(&key)),
                };
            }
            let removed = ctx.globals.dict_data().and_then(|d| d.borrow_mut().remove_str_h(&key, self.str_hash(&key)));
            return match removed {
                Some(_) => Ok(()),
                None => Err(self.name_error(&key, &format!("name '{key}' is not defined"))),
            };
        }
        if let Some(ns) = &ctx.class_ns {
            // CPython's DELETE_NAME replaces whatever the mapping raised.
            let deleted = self.mapping_delete(ns, Value::Str(super::eval::mangled(name, ctx).into_owned()));
            if super::exc_of(&deleted).is_none() {
                return deleted;
            }
            return Err(self.undefined_name(name, ctx));
        }
        if let Some(frame) = &ctx.frame {
            if let Some(slot) = frame.code.slot(name) {
                let old = frame.slots.borrow_mut()[slot].take();
                if old.is_none() {
                    return self.err(
                        "UnboundLocalError",
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    );
                }
                return Ok(());
            }
        }
        let removed = ctx.globals.dict_data().and_then(|d| d.borrow_mut().remove_str_h(name, self.str_hash(name)));
        if removed.is_none() {
            return Err(self.undefined_name(name, ctx));
        }
        Ok(())
    }

    /// "name 'x' is not defined", with CPython's "Did you mean".
    fn undefined_name(&mut self, name: &str, ctx: &Ctx) -> super::Unwind {
        let err = self.name_error(name, &format!("name '{name}' is not defined"));
        if let Some(e) = err.exc() {
            self.attach_name_suggestion(e, name, ctx);
        }
        err
    }

    /// `ns[key]` for a class namespace: a fast path for plain dicts, else `__getitem__`
    /// (a `__prepare__` may return any mapping). `None` when the key is missing.
    pub fn mapping_lookup(&mut self, ns: &Value, name: &Rc<str>) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = ns {
            if let Some(d) = o.dict_data() {
                if Rc::ptr_eq(&o.class(), &self.t.dict) {
                    return Ok(d.borrow().get_str_h(name, self.str_hash(name)).cloned());
                }
            }
        }
        match self.getitem(ns, &Value::Str(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc(&e, "KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn mapping_store(&mut self, ns: &Value, key: Value, value: Value) -> PyResult<()> {
        if let (Value::Obj(o), Value::Str(k)) = (ns, &key) {
            if let Some(d) = o.dict_data() {
                if Rc::ptr_eq(&o.class(), &self.t.dict) {
                    d.borrow_mut().set_str_h(k.clone(), self.str_hash(k), value);
                    return Ok(());
                }
            }
        }
        self.setitem(ns, key, value)
    }

    pub fn mapping_delete(&mut self, ns: &Value, key: Value) -> PyResult<()> {
        self.delitem(ns, key)
    }
}

impl Interp {
    /// CPython's `SETUP_ANNOTATIONS`: `__annotations__ = {}` unless the namespace has one.
    pub fn setup_annotations(&mut self, ns: &Value) -> PyResult<()> {
        let key = Value::str("__annotations__");
        match self.getitem(ns, &key) {
            Ok(_) => Ok(()),
            Err(e) if self.is_exc(&e, "KeyError") => {
                let d = self.dict_from(Default::default());
                self.mapping_store(ns, key, d)
            }
            Err(e) => Err(e),
        }
    }

    /// `target: annotation = value`. The value is assigned first; in a module or class body
    /// the annotation is then evaluated, and for a plain name stored in `__annotations__`.
    /// Function bodies never evaluate their local annotations.
    pub fn exec_annassign(
        &mut self,
        target: &crate::syntax::ast::Expr,
        value: Option<&crate::syntax::ast::Expr>,
        annotation: &crate::syntax::ast::Expr,
        simple: bool,
        ctx: &Ctx,
    ) -> PyResult<()> {
        use crate::syntax::ast::ExprKind;
        match (value, &target.kind) {
            (Some(value), _) => {
                let v = self.eval(value, ctx)?;
                self.assign(target, v, ctx)?;
            }
            // Without a value CPython still evaluates the target's object (and subscript), in
            // every scope: `a.b: int` raises NameError for an undefined `a`.
            (None, ExprKind::Attribute { value: obj, .. }) => drop(self.eval(obj, ctx)?),
            (None, ExprKind::Subscript { value: obj, slice }) => {
                self.eval(obj, ctx)?;
                self.eval_annotated_slice(slice, ctx)?;
            }
            (None, _) => {}
        }
        if ctx.class_ns.is_none() && ctx.frame.is_some() {
            return Ok(());
        }
        let ann = self.eval(annotation, ctx)?;
        if let (true, crate::syntax::ast::ExprKind::Name(name, _)) = (simple, &target.kind) {
            let key = match &ctx.private {
                Some(p) => super::class::mangle(p, name),
                None => name.clone(),
            };
            let dict = self.load_name(&Rc::from("__annotations__"), ctx)?;
            self.setitem(&dict, Value::Str(key), ann)?;
        }
        Ok(())
    }

    /// CPython's `check_ann_subscr`: a slice's bounds, a tuple's items, or the index itself.
    fn eval_annotated_slice(&mut self, e: &crate::syntax::ast::Expr, ctx: &Ctx) -> PyResult<()> {
        use crate::syntax::ast::ExprKind;
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.eval(part, ctx)?;
                }
            }
            ExprKind::Tuple(items) => {
                for item in items {
                    self.eval_annotated_slice(item, ctx)?;
                }
            }
            _ => drop(self.eval(e, ctx)?),
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Declaration {
    Global,
    Nonlocal,
}

/// How a class body declared `name`, if it did (CPython's compiler then uses the global or
/// cell opcodes there instead of the namespace's).
fn declared_in_class(ctx: &Ctx, name: &str) -> Option<Declaration> {
    let declared = ctx.declared.as_ref()?;
    if declared.globals.iter().any(|g| &**g == name) {
        Some(Declaration::Global)
    } else if declared.nonlocals.iter().any(|n| &**n == name) {
        Some(Declaration::Nonlocal)
    } else {
        None
    }
}

/// The enclosing function frame (from `frame` outwards) that owns `name`, and its slot.
fn owning_frame(name: &Rc<str>, mut frame: Option<&Rc<Frame>>) -> Option<(Rc<Frame>, usize)> {
    while let Some(f) = frame {
        if let Some(slot) = f.code.slot(name) {
            return Some((f.clone(), slot));
        }
        frame = f.parent.as_ref();
    }
    None
}

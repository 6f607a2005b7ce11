//! The `class` statement and `builtins.__build_class__`, which the statement calls (CPython's
//! `LOAD_BUILD_CLASS` and `builtin___build_class__` in `Python/bltinmodule.c`): the bases'
//! `__mro_entries__`, the metaclass, `__prepare__`, the body run into the namespace, the
//! metaclass call, and the check that the `__class__` cell was filled.
//!
//! The body is a function only when a program has replaced `__build_class__` (the hook sees
//! `func, name, *bases, **kwds` as in CPython); otherwise the statement runs its body directly.

use super::function::{ClassCell, CodeBody, Frame, FunctionData, Kwargs};
use super::interp::Interp;
use super::refcell::RefCell;
use super::scope::Ctx;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::{ClassDef, ExprKind, StmtKind};
use std::rc::Rc;

/// A class body and the scope it was written in.
struct ClassBody {
    def: Rc<ClassDef>,
    globals: ObjRef,
    /// The enclosing function's frame, whose variables the body reads.
    frame: Option<Rc<Frame>>,
    qualname: Rc<str>,
    unit: u32,
}

impl ClassBody {
    fn of_function(fd: &FunctionData) -> Option<ClassBody> {
        let CodeBody::Class(def) = &fd.code.body else { return None };
        Some(ClassBody {
            def: def.clone(),
            globals: fd.globals.clone(),
            frame: fd.closure.clone(),
            qualname: fd.code.qualname.clone(),
            unit: fd.code.unit,
        })
    }

    fn first_offset(&self) -> u32 {
        super::function::decorated_start(&self.def.decorators, self.def.range.start)
    }

    /// Whether a method of the body reads `__class__` (or calls `super()`), so the body hands
    /// its class cell to `type.__new__`.
    fn uses_cell(&self) -> bool {
        self.def.body.iter().any(|s| match &s.kind {
            StmtKind::FunctionDef(f) => f.scope.uses_class_cell,
            StmtKind::Assign { value, .. } => {
                matches!(&value.kind, ExprKind::Lambda(l) if l.scope.uses_class_cell)
            }
            _ => false,
        })
    }
}

/// What `__build_class__` runs to fill the namespace.
enum Filler {
    Body(ClassBody),
    /// Any other function: CPython runs it with the namespace as its locals, which a
    /// function's code never reads, so it is a plain call.
    Function(Value),
}

impl Interp {
    /// Executes a `class` statement and returns the (decorated) class.
    pub fn build_class(&mut self, def: &Rc<ClassDef>, ctx: &Ctx) -> PyResult<Value> {
        let mut decos = Vec::new();
        for d in &def.decorators {
            decos.push(self.eval(d, ctx)?);
        }
        let builder = self.builtins.dict_data().and_then(|d| d.borrow().get_str("__build_class__").cloned());
        let Some(builder) = builder else {
            return self.err("NameError", "__build_class__ not found");
        };
        let body = ClassBody {
            def: def.clone(),
            globals: ctx.globals.clone(),
            frame: ctx.frame.clone(),
            qualname: self.child_qualname(ctx, &def.name),
            unit: self.cur_unit(),
        };
        let mut bases = Vec::new();
        for b in &def.bases {
            if let ExprKind::Starred(inner) = &b.kind {
                let v = self.eval(inner, ctx)?;
                self.extend_star_arg(None, &v, &mut bases)?;
            } else {
                bases.push(self.eval(b, ctx)?);
            }
        }
        let kwargs = self.eval_keywords(None, &def.keywords, ctx)?;
        let name = Value::Str(def.name.clone());
        let mut cls = if self.is_builtin_named(&builder, "__build_class__") {
            self.build_class_with(Filler::Body(body), name, bases, kwargs)?
        } else {
            let func = self.class_body_function(body)?;
            let mut args = vec![func, name];
            args.extend(bases);
            self.call(&builder, args, kwargs)?
        };
        for (d, expr) in decos.into_iter().zip(&def.decorators).rev() {
            self.set_range(expr.range);
            cls = self.call(&d, vec![cls], vec![])?;
        }
        Ok(cls)
    }

    /// The function a replaced `__build_class__` is given: named and documented as CPython's
    /// class-body function (its `__doc__` is its first constant, the qualified name).
    fn class_body_function(&mut self, body: ClassBody) -> PyResult<Value> {
        let mut code = super::function::Code::new(
            CodeBody::Class(body.def.clone()),
            body.def.name.clone(),
            body.qualname.clone(),
            &Default::default(),
            body.first_offset(),
        );
        code.unit = body.unit;
        let scope = Ctx {
            globals: body.globals,
            frame: body.frame,
            class_ns: None,
            class_cell: None,
            gen: None,
            private: None,
            declared: None,
        };
        self.make_function_from_code(Rc::new(code), &Default::default(), &scope, Value::Str(body.qualname))
    }

    /// `__build_class__` after its argument checks.
    fn build_class_with(
        &mut self,
        filler: Filler,
        name: Value,
        mut bases: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> PyResult<Value> {
        let orig_bases = self.resolve_mro_entries(&mut bases)?;
        let explicit_meta = kwargs.iter().position(|(n, _)| &**n == "metaclass").map(|i| kwargs.remove(i).1);
        let mut meta = match explicit_meta {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => Value::Obj(self.type_of(b)),
                None => Value::Obj(self.t.type_.clone()),
            },
        };
        if let Value::Obj(m) = &meta {
            if m.is_class() {
                meta = Value::Obj(self.calculate_meta(m, &bases)?);
            }
        }
        let bases_t = self.tuple(bases);
        // CPython's `__class__` cell is made now (`gc_list`).
        let statement = self.heap.next_id();
        let ns = match self.getattr_opt(&meta, "__prepare__")? {
            Some(prep) => {
                let builtin = self.is_builtin_named(&prep, "type.__prepare__");
                if builtin {
                    self.trace_builtin_call("type.__prepare__", Some(&meta));
                }
                let r = self.call(&prep, vec![name.clone(), bases_t.clone()], kwargs.clone());
                if builtin {
                    self.trace_builtin_exit("type.__prepare__", &r);
                }
                r?
            }
            None => Value::Obj(self.new_dict_obj()),
        };
        if self.as_dict_data(&ns).is_none() && self.lookup_special(&self.type_of(&ns), "__getitem__").is_none() {
            let mn = match &meta {
                Value::Obj(m) if m.is_class() => self.class_name(m).to_string(),
                _ => "<metaclass>".into(),
            };
            let tn = self.type_name(&ns);
            return self.type_error(format!("{mn}.__prepare__() must return a mapping, not {tn}"));
        }
        let cell = match filler {
            Filler::Body(body) => self.run_class_body(&body, &ns)?,
            Filler::Function(f) => {
                self.call(&f, vec![], vec![])?;
                None
            }
        };
        if let Some(orig) = orig_bases {
            self.mapping_store(&ns, Value::str("__orig_bases__"), orig)?;
        }
        let cls = self.call(&meta, vec![name.clone(), bases_t, ns], kwargs)?;
        if let Some(cd) = cls.as_obj().filter(|c| c.id >= statement).and_then(|c| c.class_data()) {
            let origin = cd.gc_origin.get();
            if origin.statement == 0 {
                cd.gc_origin.set(super::gc_list::GcOrigin { statement, ..origin });
            }
        }
        if let (Some(cell), Value::Obj(c)) = (cell, &cls) {
            if c.is_class() {
                self.check_class_cell(&cell, &name, c)?;
            }
        }
        Ok(cls)
    }

    /// CPython's check that `type.__new__` filled the body's `__class__` cell with the class
    /// the metaclass returned.
    fn check_class_cell(&mut self, cell: &ClassCell, name: &Value, cls: &ObjRef) -> PyResult<()> {
        let held = cell.borrow().clone();
        match held {
            Some(c) if Rc::ptr_eq(&c, cls) => Ok(()),
            None => {
                let (n, r) = (self.repr(name)?, self.repr(&Value::Obj(cls.clone()))?);
                self.err(
                    "RuntimeError",
                    format!("__class__ not set defining {n} as {r}. Was __classcell__ propagated to type.__new__?"),
                )
            }
            Some(other) => {
                let o = self.repr(&Value::Obj(other))?;
                let (n, r) = (self.repr(name)?, self.repr(&Value::Obj(cls.clone()))?);
                self.type_error(format!("__class__ set to {o} defining {n} as {r}"))
            }
        }
    }

    /// Runs a class body into `ns`, in a frame named after the class; returns its `__class__`
    /// cell if its methods use one (the body's last act stores it as `__classcell__`).
    fn run_class_body(&mut self, body: &ClassBody, ns: &Value) -> PyResult<Option<ClassCell>> {
        let def = &body.def;
        let cell: ClassCell = Rc::new(RefCell::new(None));
        let uses_cell = body.uses_cell();
        let body_ctx = Ctx {
            globals: body.globals.clone(),
            frame: body.frame.clone(),
            class_ns: Some(ns.clone()),
            class_cell: Some(cell.clone()),
            gen: None,
            private: Some(def.name.clone()),
            declared: def.declared.clone(),
        };
        self.enter_frame(&body.qualname, body.unit, body.first_offset(), None, None)?;
        // The class body itself stores __module__, __qualname__ and __doc__ first (through a
        // custom __prepare__ mapping's __setitem__, if any).
        let r = self.class_body_prelude(ns, &body.qualname, def, &body_ctx).and_then(|_| {
            self.exec_block(&def.body, &body_ctx)?;
            if uses_cell {
                let cell_obj = self.class_cell_object(&cell);
                self.mapping_store(ns, Value::str("__classcell__"), cell_obj)?;
            }
            Ok(())
        });
        self.leave_frame(&body.qualname, &r);
        r?;
        Ok(uses_cell.then_some(cell))
    }

    /// Calling a class-body function directly: CPython runs it with its globals as the
    /// namespace (code without fast locals gets them as its locals), so what the body binds
    /// lands in the module. Returns the `__class__` cell, or None.
    pub(super) fn call_class_body(&mut self, fd: &FunctionData, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        let name = fd.qualname.borrow().clone();
        if let Some((k, _)) = kwargs.first() {
            return self.type_error(format!("{name}() got an unexpected keyword argument '{k}'"));
        }
        if !args.is_empty() {
            let (n, s) = (args.len(), if args.len() == 1 { "was" } else { "were" });
            return self.type_error(format!("{name}() takes 0 positional arguments but {n} {s} given"));
        }
        let Some(body) = ClassBody::of_function(fd) else { return Ok(Value::None) };
        let ns = Value::Obj(body.globals.clone());
        Ok(match self.run_class_body(&body, &ns)? {
            Some(cell) => self.class_cell_object(&cell),
            None => Value::None,
        })
    }

    /// PEP 560: a base that is not a class but has `__mro_entries__` is replaced by what it
    /// returns (given the original bases). Returns the original bases tuple if any changed, to
    /// store as `__orig_bases__`.
    fn resolve_mro_entries(&mut self, bases: &mut Vec<Value>) -> PyResult<Option<Value>> {
        let needs = |b: &Value| !matches!(b, Value::Obj(o) if o.is_class());
        if !bases.iter().any(needs) {
            return Ok(None);
        }
        let orig = self.tuple(bases.clone());
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        let key: Rc<str> = Rc::from("__mro_entries__");
        for b in bases.iter() {
            if !needs(b) {
                out.push(b.clone());
                continue;
            }
            let Some(m) = self.getattr_opt(b, &key)? else {
                out.push(b.clone());
                continue;
            };
            let r = self.call(&m, vec![orig.clone()], vec![])?;
            let Some(items) = self.tuple_items(&r).map(<[Value]>::to_vec) else {
                return self.type_error("__mro_entries__ must return a tuple");
            };
            out.extend(items);
            changed = true;
        }
        *bases = out;
        Ok(changed.then_some(orig))
    }

    /// The code CPython's compiler puts before a class body: `__module__ = __name__` (read
    /// like any name in the body, so a custom namespace's `__getitem__` sees it),
    /// `__qualname__`, `__annotations__ = {}` if the body annotates names, `__doc__`.
    fn class_body_prelude(&mut self, ns: &Value, qualname: &Rc<str>, def: &ClassDef, body: &Ctx) -> PyResult<()> {
        let module_name = self.load_name(&Rc::from("__name__"), body)?;
        self.mapping_store(ns, Value::str("__module__"), module_name)?;
        self.mapping_store(ns, Value::str("__qualname__"), Value::Str(qualname.clone()))?;
        if crate::syntax::ast::has_annotations(&def.body) {
            self.setup_annotations(ns)?;
        }
        if let Some(doc) = &def.doc {
            self.mapping_store(ns, Value::str("__doc__"), Value::Str(doc.clone()))?;
        }
        Ok(())
    }
}

/// `__build_class__(func, name, /, *bases, **kwds)`.
pub fn b_build_class(it: &mut Interp, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if args.len() < 2 {
        return it.type_error("__build_class__: not enough arguments");
    }
    let bases = args.split_off(2);
    let name = args.pop().unwrap_or(Value::None);
    let func = args.pop().unwrap_or(Value::None);
    let filler = match &func {
        Value::Obj(o) => match &o.payload {
            Payload::Function(fd) => ClassBody::of_function(fd).map(Filler::Body),
            _ => return it.type_error("__build_class__: func must be a function"),
        },
        _ => return it.type_error("__build_class__: func must be a function"),
    };
    let is_str = matches!(name, Value::Str(_)) || it.is_subclass(&it.type_of(&name), &it.t.str_);
    if !is_str {
        return it.type_error("__build_class__: name is not a string");
    }
    it.build_class_with(filler.unwrap_or(Filler::Function(func)), name, bases, kwargs)
}

//! Creating classes: metaclass selection, `type.__new__` (C3 MRO, `__slots__`, `__set_name__`,
//! `__init_subclass__`) and `super()`, following CPython's `Objects/typeobject.c`. The `class`
//! statement itself is `class_statement`.

use super::dict::DictData;
use super::format::hash_ascii;
use super::function::arg;
use super::function::Kwargs;
use super::interp::Interp;
use super::refcell::RefCell;
use super::value::{ClassData, Layout, ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

impl Interp {
    /// The most derived metaclass among `meta` and the bases' metaclasses.
    pub fn calculate_meta(&mut self, meta: &ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
        let mut winner = meta.clone();
        for b in bases {
            let bt = self.type_of(b);
            if self.is_subclass(&winner, &bt) {
                continue;
            }
            if self.is_subclass(&bt, &winner) {
                winner = bt;
                continue;
            }
            return self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            );
        }
        Ok(winner)
    }

    /// `type.__new__(meta, name, bases, ns, **kwargs)`.
    pub fn type_new(&mut self, meta: &ObjRef, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        if args.len() != 3 {
            return self.type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", args.len()));
        }
        let Value::Str(name) = arg(&args, 0).clone() else {
            let tn = self.type_name(arg(&args, 0));
            return self.type_error(format!("type.__new__() argument 1 must be str, not {tn}"));
        };
        let Some(bases) = self.tuple_items(arg(&args, 1)).map(|b| b.to_vec()) else {
            let tn = self.type_name(arg(&args, 1));
            return self.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}"));
        };
        if self.as_dict_data(arg(&args, 2)).is_none() {
            let tn = self.type_name(arg(&args, 2));
            return self.type_error(format!("type.__new__() argument 3 must be dict, not {tn}"));
        }
        let winner = self.calculate_meta(meta, &bases)?;
        // `type(name, bases, ns)` with a base whose metaclass has its own `__new__`: that
        // metaclass makes the class (CPython's type_new passes it on to the winner).
        if !Rc::ptr_eq(&winner, meta) {
            if let Some(new) = self.lookup_mro(&winner, "__new__") {
                if !self.is_builtin_named(&new, "type.__new__") {
                    let new = self.descr_get(&new, None, &winner)?;
                    let mut full = vec![Value::Obj(winner.clone())];
                    full.extend(args);
                    return self.call(&new, full, kwargs);
                }
            }
        }
        let meta = winner;
        let mut base_objs = Vec::new();
        for b in &bases {
            match b {
                Value::Obj(o) if o.is_class() => base_objs.push(o.clone()),
                _ => return self.type_error("bases must be types"),
            }
        }
        if base_objs.is_empty() {
            base_objs.push(self.t.object.clone());
        }
        for b in &base_objs {
            let cd = b.class_data().map(|c| c.layout);
            if matches!(cd, Some(Layout::Bool | Layout::Function))
                || Rc::ptr_eq(b, &self.t.none_type)
                || Rc::ptr_eq(b, &self.t.range)
                || Rc::ptr_eq(b, &self.t.slice)
                || b.class_data().is_some_and(|c| c.final_type.get())
            {
                let n = self.class_name(b);
                return self.type_error(format!("type '{n}' is not an acceptable base type"));
            }
        }
        let layout = self.best_layout(&base_objs)?;
        // Namespace copy (the mapping from __prepare__ may be any dict subclass).
        let items = self.mapping_items(arg(&args, 2))?;
        let mut ns = DictData::new();
        for (k, v) in items {
            self.dict_insert(&mut ns, k, v)?;
        }
        let origin = super::gc_list::GcOrigin {
            statement: 0,
            bases_tuple: arg(&args, 1).as_obj().filter(|_| !bases.is_empty()).map_or(0, |t| t.id),
            dict_early: self.namespace_tracked(&ns),
        };
        let qualname = match ns.remove_str("__qualname__") {
            Some(Value::Str(q)) => q,
            Some(other) => {
                let tn = self.type_name(&other);
                return self.type_error(format!("type __qualname__ must be a str, not {tn}"));
            }
            None => name.clone(),
        };
        let classcell = ns.remove_str("__classcell__");
        if ns.get_str("__module__").is_none() {
            let m = match self.library_caller {
                Some((depth, module)) if depth == self.frames.len() => Value::str(module),
                _ => self.load_global(&Rc::from("__name__"), &self.globals.clone()).unwrap_or(Value::str("__main__")),
            };
            ns.set_str(Rc::from("__module__"), m);
        }
        for (n, wrap_cm) in [("__new__", false), ("__init_subclass__", true), ("__class_getitem__", true)] {
            if let Some(v) = ns.get_str(n).cloned() {
                if matches!(&v, Value::Obj(o) if matches!(o.payload, Payload::Function(_))) {
                    // `PyStaticMethod_New`/`PyClassMethod_New`: an empty `__dict__`, nothing copied.
                    let dict = Some(self.new_dict_obj());
                    let wrapped = if wrap_cm {
                        self.heap.alloc(Some(self.t.classmethod.clone()), dict, Payload::ClassMethod(v))
                    } else {
                        self.heap.alloc(Some(self.t.staticmethod.clone()), dict, Payload::StaticMethod(v))
                    };
                    ns.set_str(Rc::from(n), Value::Obj(wrapped));
                }
            }
        }
        // __slots__
        let base_slots: Vec<Rc<str>> =
            base_objs.iter().flat_map(|b| b.class_data().map(|c| c.slot_names.clone()).unwrap_or_default()).collect();
        // A class with `__slots__ = ()` adds no `__dict__` to its bases' instances, but an
        // exception or a class has one whatever its slots.
        let bases_have_dict = base_objs.iter().any(|b| {
            b.class_data()
                .is_some_and(|c| c.has_dict || (!c.builtin && matches!(c.layout, Layout::Exception | Layout::Type)))
        });
        let declares_slots = ns.get_str("__slots__").is_some();
        let mut wants_weakref = false;
        let (own_slots, has_dict) = match ns.get_str("__slots__").cloned() {
            Some(s) => {
                let names = match &s {
                    Value::Str(x) => vec![Value::Str(x.clone())],
                    other => self.collect(other)?,
                };
                // int and tuple objects vary in size, so slots would have no fixed place.
                if !names.is_empty() && !base_objs.is_empty() {
                    let best = self.best_base(&base_objs);
                    if self.is_subclass(&best, &self.t.int) || self.is_subclass(&best, &self.t.tuple) {
                        let bn = self.class_name(&best);
                        return self.type_error(format!("nonempty __slots__ not supported for subtype of '{bn}'"));
                    }
                }
                let mut out = Vec::new();
                let mut wants_dict = false;
                for n in names {
                    let Value::Str(n) = n else {
                        let tn = self.type_name(&n);
                        return self.type_error(format!("__slots__ items must be strings, not '{tn}'"));
                    };
                    let mut chars = n.chars();
                    let identifier = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
                        && chars.all(|c| c == '_' || c.is_alphanumeric());
                    if !identifier {
                        return self.type_error("__slots__ must be identifiers");
                    }
                    if &*n == "__dict__" {
                        let base_exc = self.t.exc("BaseException");
                        if bases_have_dict || wants_dict || base_objs.iter().any(|b| self.is_subclass(b, &base_exc)) {
                            return self.type_error("__dict__ slot disallowed: we already got one");
                        }
                        wants_dict = true;
                        continue;
                    }
                    if &*n == "__weakref__" {
                        wants_weakref = true;
                        continue;
                    }
                    if ns.get_str(&n).is_some() {
                        return self.value_error(format!("'{n}' in __slots__ conflicts with class variable"));
                    }
                    out.push(mangle(&name, &n));
                }
                (out, wants_dict || bases_have_dict)
            }
            None => (Vec::new(), true),
        };
        let mut slot_names = base_slots;
        let first_own = slot_names.len();
        slot_names.extend(own_slots.iter().cloned());
        let dict_obj = self.heap.alloc(Some(self.t.dict.clone()), None, Payload::Dict(RefCell::new(ns)));
        for (i, sn) in own_slots.iter().enumerate() {
            let member = self.heap.alloc(
                Some(self.t.member_descriptor.clone()),
                None,
                Payload::SlotMember { name: sn.clone(), index: first_own + i, owner: name.to_string() },
            );
            if let Some(d) = dict_obj.dict_data() {
                d.borrow_mut().set_str(sn.clone(), Value::Obj(member));
            }
        }
        // Then, in CPython's order: the `__dict__` and `__weakref__` getsets when instances gain
        // them here, `__doc__`, and `__hash__ = None` beside a new `__eq__`.
        let best = self.best_base(&base_objs);
        self.check_slot_layouts(&base_objs)?;
        let add_dict = (!declares_slots || has_dict) && !self.instances_have_dict(&best);
        let add_weakref = (!declares_slots || wants_weakref) && !self.instances_have_weakref(&best);
        if let Some(d) = dict_obj.dict_data() {
            let mut d = d.borrow_mut();
            for (getset, wanted) in [("__dict__", add_dict), ("__weakref__", add_weakref)] {
                if wanted {
                    let payload = Payload::GetSet { name: getset, owner: name.clone() };
                    let descr = self.heap.alloc(Some(self.t.getset_descriptor.clone()), None, payload);
                    d.set_str(Rc::from(getset), Value::Obj(descr));
                }
            }
            if d.get_str("__doc__").is_none() {
                d.set_str(Rc::from("__doc__"), Value::None);
            }
            if d.get_str("__eq__").is_some() && d.get_str("__hash__").is_none() {
                d.set_str(Rc::from("__hash__"), Value::None);
            }
        }
        let mro = self.compute_mro(&base_objs)?;
        let cls = self.heap.alloc(
            Some(meta.clone()),
            Some(dict_obj.clone()),
            Payload::Class(Box::new(ClassData {
                name: RefCell::new(name.clone()),
                qualname: RefCell::new(qualname),
                bases: RefCell::new(base_objs),
                mro: RefCell::new(Vec::new()),
                layout,
                builtin: false,
                slot_names,
                has_dict,
                hooks: Default::default(),
                has_del: Default::default(),
                tp_name: Default::default(),
                final_type: Default::default(),
                gc_origin: std::cell::Cell::new(origin),
            })),
        );
        let mro = match self.custom_mro(&meta, &cls)? {
            Some(custom) => custom,
            None => mro,
        };
        if let Some(cd) = cls.class_data() {
            let own_del = dict_obj.dict_data().is_some_and(|d| d.borrow().get_str("__del__").is_some());
            let has_del = own_del || mro.iter().any(|c| c.class_data().is_some_and(|b| b.has_del.get()));
            cd.has_del.set(has_del);
            if has_del {
                super::finalize::note_class_with_del();
                self.heap.track_all();
            }
            let mut full = vec![cls.clone()];
            full.extend(mro.into_iter().filter(|c| !Rc::ptr_eq(c, &cls)));
            *cd.mro.borrow_mut() = full;
        }
        if let Some(cell) = classcell {
            match cell.as_obj().map(|o| &o.payload) {
                Some(Payload::Cell(c)) => drop(c.set(Some(Value::Obj(cls.clone())))),
                _ => {
                    let t = self.repr(&Value::Obj(self.type_of(&cell)))?;
                    return self.type_error(format!("__classcell__ must be a nonlocal cell, not {t}"));
                }
            }
        }
        let cls_v = Value::Obj(cls.clone());
        // __set_name__ on every attribute that has it, in namespace order.
        let entries: Vec<(Value, Value)> = dict_obj
            .dict_data()
            .map(|d| d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect())
            .unwrap_or_default();
        for (k, v) in entries {
            let vt = self.type_of(&v);
            // Of the builtin types only `property` has a `__set_name__` (it records its name).
            if vt.class_data().is_some_and(|c| c.builtin) && !Rc::ptr_eq(&vt, &self.t.property) {
                continue;
            }
            if let Some(sn) = self.lookup_special(&vt, "__set_name__") {
                if let Err(e) = self.call_bound(&sn, &v, vec![cls_v.clone(), k.clone()], vec![]) {
                    let cause = e.into_exc()?;
                    return Err(self.set_name_failed(cause, &vt, &k, &cls));
                }
            }
        }
        // super(cls, cls).__init_subclass__(**kwargs)
        if let Some((init_sub, _)) =
            self.super_find(&cls, &cls, "__init_subclass__", const { hash_ascii("__init_subclass__") })
        {
            let bound = self.descr_get(&init_sub, None, &cls)?;
            self.call(&bound, vec![], kwargs)?;
        }
        Ok(cls_v)
    }

    /// CPython 3.11 wraps an exception from `__set_name__` in a RuntimeError it causes.
    fn set_name_failed(&mut self, cause: ObjRef, vt: &ObjRef, key: &Value, cls: &ObjRef) -> super::Unwind {
        let key = match self.repr(key) {
            Ok(k) => k,
            Err(e) => return e,
        };
        let msg = format!(
            "Error calling __set_name__ on '{}' instance {key} in '{}'",
            self.class_name(vt),
            self.class_name(cls)
        );
        let exc = self.new_exc("RuntimeError", &msg);
        if let Payload::Exception(d) = &exc.payload {
            *d.cause.borrow_mut() = Value::Obj(cause.clone());
            *d.context.borrow_mut() = Value::Obj(cause);
            d.suppress_context.set(true);
        }
        super::Unwind::exception(exc)
    }

    /// The builtin layout instances of a class with these bases must have.
    /// CPython's `best_base`: the base whose instance layout (solid base) extends the others'.
    pub fn best_base(&self, bases: &[ObjRef]) -> ObjRef {
        let mut winner: Option<(ObjRef, ObjRef)> = None;
        for b in bases {
            let candidate = self.solid_base(b);
            match &winner {
                Some((w, _)) if self.is_subclass(w, &candidate) => {}
                _ => winner = Some((candidate, b.clone())),
            }
        }
        winner.map(|(_, b)| b).unwrap_or_else(|| self.t.object.clone())
    }

    /// Two bases whose instances have different slot layouts, neither extending the other
    /// (`class C(A, B)` where both declare `__slots__`, or one and `int`): CPython's
    /// `best_base` refuses them. (Builtin layouts against each other are checked earlier.)
    pub(super) fn check_slot_layouts(&mut self, bases: &[ObjRef]) -> PyResult<()> {
        let solid: Vec<ObjRef> = bases.iter().map(|b| self.solid_base(b)).collect();
        for (i, a) in solid.iter().enumerate() {
            for b in &solid[i + 1..] {
                let slotted = |c: &ObjRef| c.class_data().is_some_and(|d| !d.builtin);
                if (slotted(a) || slotted(b)) && !self.is_subclass(a, b) && !self.is_subclass(b, a) {
                    return self.type_error("multiple bases have instance lay-out conflict");
                }
            }
        }
        Ok(())
    }

    /// The class whose instance layout `cls`'s instances have: the nearest that adds slots.
    fn solid_base(&self, cls: &ObjRef) -> ObjRef {
        let Some(cd) = cls.class_data() else { return cls.clone() };
        let bases = cd.bases.borrow().clone();
        let inherited: usize = bases.iter().filter_map(|b| b.class_data().map(|c| c.slot_names.len())).sum();
        if cd.builtin || cd.slot_names.len() > inherited || bases.is_empty() {
            return cls.clone();
        }
        self.solid_base(&self.best_base(&bases))
    }

    /// Instances of `cls` (a best base) already have a `__dict__`.
    fn instances_have_dict(&self, cls: &ObjRef) -> bool {
        cls.class_data().is_some_and(|c| match c.builtin {
            true => matches!(c.layout, Layout::Exception | Layout::Type | Layout::Function),
            false => c.has_dict,
        })
    }

    /// Instances of `cls` (a best base) already take weak references, or cannot (a variable-size
    /// layout such as int's or tuple's).
    fn instances_have_weakref(&self, cls: &ObjRef) -> bool {
        let Some(cd) = cls.class_data() else { return true };
        if matches!(cd.layout, Layout::Int | Layout::Bool | Layout::Tuple)
            || cd.mro().iter().any(|c| Rc::ptr_eq(c, &self.t.bytes))
        {
            return true;
        }
        if cd.builtin {
            return matches!(cd.layout, Layout::Type | Layout::Set | Layout::FrozenSet | Layout::Function);
        }
        let own =
            cls.dict.as_ref().and_then(|d| d.dict_data()).is_some_and(|d| d.borrow().get_str("__weakref__").is_some());
        own || self.instances_have_weakref(&self.best_base(&cd.bases.borrow()))
    }

    pub(super) fn best_layout(&mut self, bases: &[ObjRef]) -> PyResult<Layout> {
        let mut best = Layout::Object;
        for b in bases {
            let l = b.class_data().map(|c| c.layout).unwrap_or(Layout::Object);
            if l == Layout::Object || l == best {
                continue;
            }
            if best == Layout::Object || (best == Layout::Int && l == Layout::Bool) {
                best = l;
            } else if !(best == Layout::Bool && l == Layout::Int) {
                return self.type_error("multiple bases have instance lay-out conflict");
            }
        }
        Ok(best)
    }

    /// C3 linearisation of the bases (the new class itself is prepended by the caller).
    /// A metaclass's own `mro()` decides the new class's MRO (CPython's `mro_internal`): its
    /// result, minus the class itself (put first anyway), or `None` to use C3.
    pub(super) fn custom_mro(&mut self, meta: &ObjRef, cls: &ObjRef) -> PyResult<Option<Vec<ObjRef>>> {
        if Rc::ptr_eq(meta, &self.t.type_) {
            return Ok(None);
        }
        let Some(m) = self.lookup_mro(meta, "mro") else { return Ok(None) };
        if self.is_builtin_named(&m, "type.mro") {
            return Ok(None);
        }
        let r = self.call_bound(&m, &Value::Obj(cls.clone()), vec![], vec![])?;
        let mut out = Vec::new();
        for item in self.collect(&r)? {
            match item {
                Value::Obj(c) if c.is_class() => out.push(c),
                other => {
                    let tn = self.type_name(&other);
                    return self.type_error(format!("mro() returned a non-class ('{tn}')"));
                }
            }
        }
        Ok(Some(out))
    }

    pub fn compute_mro(&mut self, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
                let n = self.class_name(b);
                return self.type_error(format!("duplicate base class {n}"));
            }
        }
        let mut seqs: Vec<Vec<ObjRef>> =
            bases.iter().map(|b| b.class_data().map(|c| c.mro()).unwrap_or_default()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut pick = None;
            for s in &seqs {
                let head = &s[0];
                if !seqs.iter().any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head))) {
                    pick = Some(head.clone());
                    break;
                }
            }
            let Some(head) = pick else {
                let mut names: Vec<Rc<str>> = Vec::new();
                let mut seen: Vec<u64> = Vec::new();
                for s in &seqs {
                    if !seen.contains(&s[0].id) {
                        seen.push(s[0].id);
                        names.push(self.class_name(&s[0]));
                    }
                }
                let list: Vec<String> = names.iter().map(|n| n.to_string()).collect();
                return self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    list.join(", ")
                ));
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &head) {
                    s.remove(0);
                }
            }
            out.push(head);
        }
    }

    /// Looks `name` up in `mro` after `after`.
    /// The first class after `this_class` in `obj_type`'s MRO whose dict has `name`, and the
    /// value there. No user code runs, so the MRO is borrowed, not copied.
    pub fn super_find(&self, this_class: &ObjRef, obj_type: &ObjRef, name: &str, h: i64) -> Option<(Value, ObjRef)> {
        let cd = obj_type.class_data()?;
        let mro = cd.mro.borrow();
        let start = mro.iter().position(|c| Rc::ptr_eq(c, this_class)).map(|i| i + 1).unwrap_or(mro.len());
        mro[start..].iter().find_map(|c| {
            let d = c.dict.as_ref().and_then(|d| d.dict_data())?;
            let v = d.borrow().get_str_h(name, h).cloned()?;
            Some((v, c.clone()))
        })
    }

    /// `super().name(...)` without the bound method: the function (or a builtin class's method
    /// descriptor) and the object it binds to, when binding is all the lookup would do.
    pub fn super_method(&self, sup: &Value, name: &Rc<str>) -> Option<(Value, Value)> {
        if self.tracer.is_some() || &**name == "__class__" {
            return None;
        }
        let Value::Obj(s) = sup else { return None };
        let Payload::Super { this_class, obj, obj_type: Some(obj_type) } = &s.payload else { return None };
        if matches!(obj, Value::Obj(o) if Rc::ptr_eq(o, obj_type)) {
            return None;
        }
        let (v, found_in) = self.super_find(this_class, obj_type, name, self.str_hash(name))?;
        let builtin_class = found_in.class_data().is_some_and(|c| c.builtin);
        super::attr::binds_as_method(&v, builtin_class).then(|| (v, obj.clone()))
    }

    /// Builds a super object, checking `obj` against `this_class` like CPython; `obj` None
    /// makes an unbound one (`super(C)`).
    pub fn make_super(&mut self, this_class: &Value, obj: Option<&Value>) -> PyResult<Value> {
        let Value::Obj(tc) = this_class else {
            let tn = self.type_name(this_class);
            return self.type_error(format!("super() argument 1 must be a type, not {tn}"));
        };
        if !tc.is_class() {
            let tn = self.type_name(this_class);
            return self.type_error(format!("super() argument 1 must be a type, not {tn}"));
        }
        let obj_type = match obj {
            None => None,
            Some(Value::Obj(o)) if o.is_class() && self.is_subclass(o, tc) => Some(o.clone()),
            Some(obj) => {
                let t = self.type_of(obj);
                if !self.is_subclass(&t, tc) {
                    return self.type_error("super(type, obj): obj must be an instance or subtype of type");
                }
                Some(t)
            }
        };
        let obj = obj.cloned().unwrap_or(Value::None);
        Ok(Value::Obj(self.heap.alloc(
            Some(self.t.super_.clone()),
            None,
            Payload::Super { this_class: tc.clone(), obj, obj_type },
        )))
    }

    /// `super().name`: the MRO of the object's type, after the class the method is in.
    pub fn super_getattr(&mut self, sup: &Value, name: &Rc<str>) -> PyResult<Value> {
        let Value::Obj(s) = sup else { return self.attr_error(format!("'super' object has no attribute '{name}'")) };
        let Payload::Super { this_class, obj, obj_type } = &s.payload else {
            return self.attr_error(format!("'super' object has no attribute '{name}'"));
        };
        let (this_class, obj) = (this_class.clone(), obj.clone());
        // An unbound super looks in nothing but itself.
        let Some(obj_type) = obj_type.clone() else {
            let t = self.type_of(sup);
            return self.generic_getattr_plain(sup, name, &t);
        };
        if &**name != "__class__" {
            if let Some((v, c)) = self.super_find(&this_class, &obj_type, name, self.str_hash(name)) {
                if self.tracer.is_some() {
                    let tn = self.class_name(&this_class);
                    let cn = self.class_name(&c);
                    self.trace_lookup(&obj, name, format!("super(): {cn}, next after {tn} in the MRO"));
                }
                let inst = match &obj {
                    Value::Obj(o) if Rc::ptr_eq(o, &obj_type) => None,
                    _ => Some(&obj),
                };
                return self.descr_get(&v, inst, &obj_type);
            }
        }
        let t = self.type_of(sup);
        self.generic_getattr_plain(sup, name, &t)
    }

    fn generic_getattr_plain(&mut self, obj: &Value, name: &Rc<str>, t: &ObjRef) -> PyResult<Value> {
        if let Some(v) = self.native_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(d) = self.lookup_mro(t, name) {
            return self.descr_get(&d, Some(obj), t);
        }
        self.attr_error(format!("'super' object has no attribute '{name}'"))
    }

    /// Creates an instance for `object.__new__` and the builtin `__new__`s.
    pub fn alloc_instance(&mut self, cls: &ObjRef, payload: Payload) -> ObjRef {
        let (has_dict, nslots) =
            cls.class_data().map(|c| (c.has_dict && !c.builtin, c.slot_names.len())).unwrap_or((false, 0));
        let dict = if has_dict { Some(self.new_dict_obj()) } else { None };
        if has_dict && self.heap.tracks_instances() && cls.class_data().is_some_and(|c| c.layout == Layout::Object) {
            self.note_new_instance(cls);
        }
        let (payload, extra) = match payload {
            Payload::Instance if nslots > 0 => (Payload::Slots(RefCell::new(vec![None; nslots])), None),
            p if nslots > 0 => (p, Some(Box::new(RefCell::new(vec![None; nslots])))),
            p => (p, None),
        };
        self.heap.alloc_with_slots(Some(cls.clone()), dict, payload, extra)
    }
}

/// Private name mangling: `__x` in class `C` becomes `_C__x`.
pub fn mangle(class_name: &str, name: &Rc<str>) -> Rc<str> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.clone();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.clone();
    }
    Rc::from(format!("_{stripped}{name}"))
}

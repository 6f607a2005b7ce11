//! Attribute lookup exactly as CPython orders it: data descriptors on the type, then the
//! instance `__dict__`, then non-data descriptors and plain class attributes; classes look at
//! their metaclass first. `__getattribute__`/`__getattr__`/`__setattr__`/`__delattr__`
//! overrides are honoured. Lookups on user objects are recorded in the trace with where the
//! value was found.

use super::interp::Interp;
use super::value::{ObjRef, Payload, Value};
use super::{PyResult, Unwind};
use crate::syntax::ast::AttrSite;
use std::rc::Rc;

/// Bits of `Interp::class_hooks`.
pub mod hooks {
    /// A Python-level `__getattribute__` somewhere in the MRO.
    pub const GETATTRIBUTE: u8 = 1;
    /// A Python-level `__setattr__`.
    pub const SETATTR: u8 = 2;
    /// An `__init__` other than `object.__init__`.
    pub const INIT: u8 = 4;
    /// A `__new__` other than `object.__new__`.
    pub const NEW: u8 = 8;
}

/// Whether a class attribute, called on an instance, is just the attribute with the instance
/// prepended: a Python function, or a builtin method descriptor of a builtin class (on user
/// classes builtin methods go through `descr_get`'s type check).
pub fn binds_as_method(v: &Value, class_is_builtin: bool) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_) => true,
            Payload::Builtin(b) => b.kind == super::function::BuiltinKind::Method && class_is_builtin,
            _ => false,
        },
        _ => false,
    }
}

impl Interp {
    /// Finds `name` along `cls.__mro__`, returning the value and the class that holds it.
    pub fn lookup_mro_owner(&self, cls: &ObjRef, name: &str) -> Option<(Value, ObjRef)> {
        self.lookup_mro_entry(cls, name, None)
    }

    /// The MRO search behind every class-attribute lookup, memoised per (class, name) until
    /// the next class mutation. `shared` is the caller's interned name: stored as the cache
    /// key, later lookups with the same name match it by address.
    fn lookup_mro_entry(&self, cls: &ObjRef, name: &str, shared: Option<&Rc<str>>) -> Option<(Value, ObjRef)> {
        // An interned name's hash is cached by address (`str_hashes`); any other is hashed here.
        // Either way `same_str` below compares the text, so the two kinds of key only ever
        // give the same name two entries.
        let key = (cls.id, shared.map_or_else(|| super::dict::cache_key_hash(name), |s| self.str_hash(s)));
        if let Some((n, hit)) = self.mro_cache.borrow().get(&key) {
            if super::dict::same_str(n, name) {
                return hit.clone().map(|v| (v, self.owner_of(cls, name)));
            }
        }
        let found = {
            let cd = cls.class_data()?;
            let h = shared.map_or_else(|| super::dict::str_hash(name), |s| self.str_hash(s));
            let mro = cd.mro.borrow();
            mro.iter().find_map(|c| {
                let v = c.dict.as_ref().and_then(|d| d.dict_data())?.borrow().get_str_h(name, h).cloned()?;
                Some((v, c.clone()))
            })
        };
        let stored = shared.cloned().unwrap_or_else(|| Rc::from(name));
        self.mro_cache.borrow_mut().insert(key, (stored, found.as_ref().map(|f| f.0.clone())));
        found
    }

    /// `lookup_mro` with an interned name (attribute accesses in the source).
    pub fn lookup_mro_rc(&self, cls: &ObjRef, name: &Rc<str>) -> Option<Value> {
        self.lookup_mro_entry(cls, name, Some(name)).map(|f| f.0)
    }

    fn owner_of(&self, cls: &ObjRef, name: &str) -> ObjRef {
        if self.tracer.is_none() {
            return cls.clone();
        }
        let mro = cls.class_data().map(|c| c.mro()).unwrap_or_default();
        let h = super::dict::str_hash(name);
        for c in &mro {
            if c.dict.as_ref().and_then(|d| d.dict_data()).is_some_and(|d| d.borrow().get_str_h(name, h).is_some()) {
                return c.clone();
            }
        }
        cls.clone()
    }

    /// `lookup_mro_owner`, skipped when the source location already knows `cls` lacks `name`.
    #[cfg_attr(target_arch = "wasm32", inline(always))]
    fn lookup_mro_at(&self, cls: &ObjRef, name: &Rc<str>, site: Option<&AttrSite>) -> Option<(Value, ObjRef)> {
        let epoch = self.cache_epoch.get();
        if site.is_some_and(|s| s.knows_absent(cls.id, epoch)) {
            return None;
        }
        let found = self.lookup_mro_entry(cls, name, Some(name));
        if found.is_none() {
            if let Some(s) = site {
                s.set_absent(cls.id, epoch);
            }
        }
        found
    }

    pub fn lookup_mro(&self, cls: &ObjRef, name: &str) -> Option<Value> {
        self.lookup_mro_entry(cls, name, None).map(|f| f.0)
    }

    /// Special methods are looked up on the type, never on the instance.
    pub fn lookup_special(&self, cls: &ObjRef, name: &str) -> Option<Value> {
        self.lookup_mro(cls, name)
    }

    pub fn invalidate_caches(&self) {
        self.mro_cache.borrow_mut().clear();
        self.cache_epoch.set(self.cache_epoch.get() + 1);
    }

    /// The `hooks::*` bits for `cls`: which of the attribute hooks it overrides.
    #[cfg_attr(target_arch = "wasm32", inline(always))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn class_hooks(&self, cls: &ObjRef) -> u8 {
        let Some(cd) = cls.class_data() else { return 0 };
        let (at, bits) = cd.hooks.get();
        if at == self.cache_epoch.get() {
            return bits;
        }
        self.compute_class_hooks(cls, cd)
    }

    /// `class_hooks` after a class changed: looks the hooks up again.
    #[inline(never)]
    fn compute_class_hooks(&self, cls: &ObjRef, cd: &super::value::ClassData) -> u8 {
        let epoch = self.cache_epoch.get();
        // Python code, or a proxy's forwarding (`weak_proxy`), which the hooks' slow paths take.
        let user = |name: &str| -> bool {
            self.lookup_mro(cls, name).is_some_and(|v| match &v {
                Value::Obj(o) => match &o.payload {
                    Payload::Builtin(b) => b.qualname.strip_suffix(name).is_some_and(|q| q.ends_with("ProxyType.")),
                    _ => true,
                },
                _ => true,
            })
        };
        let not_object = |name: &str, builtin: &str| -> bool {
            self.lookup_mro(cls, name).is_some_and(|v| !self.is_builtin_named(&v, builtin))
        };
        let mut bits = 0;
        for (flag, set) in [
            (hooks::GETATTRIBUTE, user("__getattribute__")),
            (hooks::SETATTR, user("__setattr__")),
            (hooks::INIT, not_object("__init__", "object.__init__")),
            (hooks::NEW, not_object("__new__", "object.__new__")),
        ] {
            if set {
                bits |= flag;
            }
        }
        cd.hooks.set((epoch, bits));
        bits
    }

    /// How many references to a value the attribute caches hold (`mro_cache`, `method_sites`):
    /// `is_it` tells the value apart.
    pub fn cached_refs(&self, is_it: impl Fn(&Value) -> bool) -> usize {
        let in_mro_cache = self.mro_cache.borrow().values().filter(|(_, v)| v.as_ref().is_some_and(&is_it)).count();
        in_mro_cache + self.method_sites.iter().filter(|(_, _, v)| is_it(v)).count()
    }

    #[cfg_attr(target_arch = "wasm32", inline(always))]
    pub fn has_hook(&self, cls: &ObjRef, hook: u8) -> bool {
        self.class_hooks(cls) & hook != 0
    }

    pub fn is_data_descriptor(&self, d: &Value) -> bool {
        match d {
            Value::Obj(o) => match &o.payload {
                Payload::Property { .. } | Payload::SlotMember { .. } | Payload::GetSet { .. } => true,
                Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::ClassMethod(_)
                | Payload::StaticMethod(_)
                | Payload::Class(_) => false,
                _ => {
                    let t = o.class();
                    t.is_user_class()
                        && (self.lookup_mro(&t, "__set__").is_some() || self.lookup_mro(&t, "__delete__").is_some())
                }
            },
            _ => false,
        }
    }

    fn has_get(&self, d: &Value) -> bool {
        match d {
            Value::Obj(o) => match &o.payload {
                Payload::Function(_)
                | Payload::ClassMethod(_)
                | Payload::StaticMethod(_)
                | Payload::Property { .. }
                | Payload::SlotMember { .. }
                | Payload::GetSet { .. } => true,
                Payload::Builtin(b) => b.kind != super::function::BuiltinKind::Function,
                Payload::Super { .. } => true,
                Payload::Class(_) => false,
                _ => {
                    let t = o.class();
                    t.is_user_class() && self.lookup_mro(&t, "__get__").is_some()
                }
            },
            _ => false,
        }
    }

    /// `descr.__get__(obj, owner)`; `obj` is `None` for access through the class.
    pub fn descr_get(&mut self, d: &Value, obj: Option<&Value>, owner: &ObjRef) -> PyResult<Value> {
        let Value::Obj(o) = d else { return Ok(d.clone()) };
        match &o.payload {
            Payload::Function(_) => Ok(match obj {
                Some(obj) => self.bound_method(d.clone(), obj.clone()),
                None => d.clone(),
            }),
            Payload::Builtin(b) => Ok(match (b.kind, obj) {
                (super::function::BuiltinKind::Method, Some(obj)) => {
                    // A method descriptor only binds to instances of the type that defines it.
                    let owner_name = b.qualname.split('.').next().unwrap_or("");
                    let owner = self.builtins.dict_data().and_then(|bd| bd.borrow().get_str(owner_name).cloned());
                    if let Some(Value::Obj(owner)) = owner {
                        if owner.is_class() && !self.is_instance(obj, &owner) {
                            let (n, tn) = (b.name.clone(), self.type_name(obj));
                            return self.type_error(format!(
                                "descriptor '{n}' for '{owner_name}' objects doesn't apply to a '{tn}' object"
                            ));
                        }
                    }
                    self.bound_method(d.clone(), obj.clone())
                }
                (super::function::BuiltinKind::ClassMethod, _) => {
                    let target = Value::Obj(owner.clone());
                    self.bound_method(d.clone(), target)
                }
                _ => d.clone(),
            }),
            Payload::ClassMethod(f) => {
                let f = f.clone();
                // 3.9-3.12 chain descriptors: `@classmethod` over `@property` gets the property
                // with the class (`cm_descr_get`).
                let chained = match &f {
                    Value::Obj(x) => {
                        !matches!(x.payload, Payload::Function(_) | Payload::Builtin(_)) && self.has_get(&f)
                    }
                    _ => false,
                };
                if chained {
                    let cls = Value::Obj(owner.clone());
                    return self.descr_get(&f, Some(&cls), owner);
                }
                Ok(self.bound_method(f, Value::Obj(owner.clone())))
            }
            Payload::StaticMethod(f) => Ok(f.clone()),
            // `super(C).__get__(obj)` binds an unbound super; anything else is itself.
            Payload::Super { this_class, obj_type: None, .. } => match obj {
                Some(obj) if !obj.is_none() => {
                    let tc = Value::Obj(this_class.clone());
                    self.make_super(&tc, Some(obj))
                }
                _ => Ok(d.clone()),
            },
            Payload::Super { .. } => Ok(d.clone()),
            Payload::Property { .. } if !self.property_overrides(o, "__get__") => self.property_get(d, obj),
            Payload::GetSet { name, owner } => match obj {
                None => Ok(d.clone()),
                Some(obj) if *name == "__class__" => Ok(Value::Obj(self.type_of(obj))),
                Some(Value::Obj(inst)) if *name == "__dict__" && inst.dict.is_some() => match &inst.dict {
                    Some(d) => {
                        let d = d.clone();
                        self.expose_dict(&d);
                        Ok(Value::Obj(d))
                    }
                    None => Ok(Value::None),
                },
                Some(obj) if *name == "__dict__" => {
                    let tn = self.type_name(obj);
                    self.attr_error(format!("'{tn}' object has no attribute '__dict__'"))
                }
                Some(Value::Obj(inst)) if *name == "maxlen" => match &inst.payload {
                    Payload::Deque(d) => Ok(super::deque::maxlen_value(d)),
                    _ => Ok(Value::None),
                },
                // `__weakref__`: the first weak reference to the object, if any.
                Some(obj) if *name == "__weakref__" => Ok(super::weakref::first_ref(obj)),
                Some(obj) => {
                    let owner = owner.clone();
                    self.computed_get(name, &owner, obj)
                }
            },
            Payload::SlotMember { name, index, .. } => {
                let Some(obj) = obj else { return Ok(d.clone()) };
                let v = match obj {
                    Value::Obj(inst) => inst.slot_cells().and_then(|s| s.borrow().get(*index).cloned().flatten()),
                    _ => None,
                };
                match v {
                    Some(v) => Ok(v),
                    None => {
                        let tn = self.type_name(obj);
                        self.attr_error(format!("'{tn}' object has no attribute '{name}'"))
                    }
                }
            }
            _ => {
                let t = o.class();
                match self.lookup_mro(&t, "__get__") {
                    Some(get) => {
                        let o_arg = obj.cloned().unwrap_or(Value::None);
                        self.call_bound(&get, d, vec![o_arg, Value::Obj(owner.clone())], vec![])
                    }
                    None => Ok(d.clone()),
                }
            }
        }
    }

    /// `'name' ` when the property learned its name from `__set_name__`, else nothing
    /// (CPython then says "property of 'T' object has no setter").
    fn property_name(&mut self, p: &Value, _obj: &Value) -> String {
        if let Value::Obj(o) = p {
            if let Payload::Property { name, .. } = &o.payload {
                if let Some(n) = name.borrow().as_ref() {
                    return format!("'{n}' ");
                }
            }
        }
        String::new()
    }

    /// `receiver.func` bound: a `method`, or for a builtin a `builtin_function_or_method`
    /// (`[].append`) or a `method-wrapper` (`(1).__add__`), as CPython's types.
    pub fn bound_method(&mut self, func: Value, receiver: Value) -> Value {
        let cls = match &func {
            Value::Obj(f) => match &f.payload {
                Payload::Builtin(b) if super::function::is_dunder(&b.name) => &self.t.method_wrapper,
                Payload::Builtin(_) => &self.t.builtin_function,
                _ => &self.t.method,
            },
            _ => &self.t.method,
        };
        Value::Obj(self.heap.alloc(Some(cls.clone()), None, Payload::BoundMethod { func, receiver }))
    }

    /// Binds a class attribute for a call on `receiver` (used by `call_bound`).
    pub fn bind_descriptor(&mut self, attr: &Value, receiver: &Value, t: &ObjRef) -> PyResult<Value> {
        if self.has_get(attr) {
            self.descr_get(attr, Some(receiver), t)
        } else {
            Ok(attr.clone())
        }
    }

    /// The referent of a `weakref.proxy` (ReferenceError once it died); `None` for anything
    /// else.
    #[inline]
    pub fn proxy_target(&mut self, obj: &Value) -> PyResult<Option<Value>> {
        match obj {
            Value::Obj(o) if matches!(o.payload, Payload::WeakRef(_)) => match super::weakref::proxy_referent(obj) {
                None => Ok(None),
                Some(_) => super::weak_proxy::unwrap(self, obj).map(Some),
            },
            _ => Ok(None),
        }
    }

    /// A proxy's attributes are its referent's (`proxy_getattr` in CPython).
    #[cold]
    #[inline(never)]
    fn proxy_getattr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<Value> {
        let target = super::weak_proxy::unwrap(self, obj)?;
        self.getattr(&target, name)
    }

    /// `proxy.name = value` and `del proxy.name` go to the referent.
    #[cold]
    #[inline(never)]
    fn proxy_setattr(&mut self, obj: &Value, name: &Rc<str>, value: Option<Value>) -> PyResult<()> {
        let target = super::weak_proxy::unwrap(self, obj)?;
        match value {
            Some(v) => self.setattr(&target, name, v),
            None => self.delattr(&target, name),
        }
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<Value> {
        self.getattr_at(obj, name, None)
    }

    /// `getattr` for an `obj.attr` in the source, which remembers classes lacking `attr`.
    pub fn getattr_at(&mut self, obj: &Value, name: &Rc<str>, site: Option<&AttrSite>) -> PyResult<Value> {
        let r = self.getattr_hooks(obj, name, site);
        if let Some(e) = super::exc_of(&r) {
            self.note_attribute_error(e, obj, name);
        }
        r
    }

    /// `type(obj).__getattribute__`, then `__getattr__` if that raised AttributeError.
    fn getattr_hooks(&mut self, obj: &Value, name: &Rc<str>, site: Option<&AttrSite>) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if matches!(o.payload, Payload::Super { .. }) {
                return self.super_getattr(obj, name);
            }
        }
        let tp = self.type_of(obj);
        let user_type = tp.is_user_class();
        if user_type {
            if !self.has_hook(&tp, hooks::GETATTRIBUTE) {
                let r = self.generic_getattr_at(obj, name, &tp, site);
                return self.getattr_fallback(obj, &tp, name, r);
            }
            if let Some(ga) = self.lookup_mro(&tp, "__getattribute__") {
                if !matches!(&ga, Value::Obj(o) if matches!(o.payload, Payload::Builtin(_))) {
                    let r = self.call_bound(&ga, obj, vec![Value::Str(name.clone())], vec![]);
                    return self.getattr_fallback(obj, &tp, name, r);
                }
            }
            if super::weakref::proxy_referent(obj).is_some() {
                return self.proxy_getattr(obj, name);
            }
            let r = self.generic_getattr(obj, name, &tp);
            return self.getattr_fallback(obj, &tp, name, r);
        }
        if let Some(origin) = super::type_forms::alias_forward(self, obj, name) {
            return self.getattr(&origin, name);
        }
        self.generic_getattr(obj, name, &tp)
    }

    fn getattr_fallback(&mut self, obj: &Value, tp: &ObjRef, name: &Rc<str>, r: PyResult<Value>) -> PyResult<Value> {
        match r {
            Err(e) if self.is_exc(&e, "AttributeError") => match self.lookup_mro(tp, "__getattr__") {
                Some(ga) => {
                    if self.tracer.is_some() {
                        self.trace_lookup(obj, name, "__getattr__ (normal lookup failed)".into());
                    }
                    self.call_bound(&ga, obj, vec![Value::Str(name.clone())], vec![])
                }
                None => Err(e),
            },
            other => other,
        }
    }

    /// `object.__getattribute__` / `type.__getattribute__`.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Rc<str>, tp: &ObjRef) -> PyResult<Value> {
        self.generic_getattr_at(obj, name, tp, None)
    }

    fn generic_getattr_at(
        &mut self,
        obj: &Value,
        name: &Rc<str>,
        tp: &ObjRef,
        site: Option<&AttrSite>,
    ) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if o.is_class() {
                return self.type_getattr(o, name);
            }
        }
        let descr = self.lookup_mro_at(tp, name, site);
        let tracing = self.tracer.is_some() && tp.is_user_class();
        if let Some((d, owner)) = &descr {
            // A data descriptor without `__get__` (only `__set__`) lets the instance dict answer.
            if self.is_data_descriptor(d) && self.has_get(d) {
                if tracing {
                    let on = self.class_name(owner);
                    self.trace_lookup(obj, name, format!("data descriptor in {on}"));
                }
                return self.descr_get(d, Some(obj), tp);
            }
        }
        // `__class__ = str` in a class body hides `object.__class__`, as any attribute would.
        let class_attr_hides = &**name == "__class__" && descr.as_ref().is_some_and(|(_, o)| o.is_user_class());
        // A plain instance computes only `__class__` and `__dict__`: other names skip the call.
        let computes =
            !matches!(obj, Value::Obj(o) if matches!(o.payload, Payload::Instance)) || name.starts_with("__");
        if computes {
            if let Some(v) = self.native_attr(obj, name)?.filter(|_| !class_attr_hides) {
                return Ok(v);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = &o.dict {
                let hit = dict.dict_data().and_then(|d| d.borrow().get_str_h(name, self.str_hash(name)).cloned());
                if let Some(v) = hit {
                    if tracing {
                        self.trace_lookup(obj, name, "instance __dict__".into());
                    }
                    return Ok(v);
                }
            }
        }
        if let Some((d, owner)) = descr {
            if self.has_get(&d) {
                if tracing {
                    let on = self.class_name(&owner);
                    let what = if matches!(&d, Value::Obj(f) if matches!(f.payload, Payload::Function(_))) {
                        "function (bound as a method)"
                    } else {
                        "non-data descriptor"
                    };
                    self.trace_lookup(obj, name, format!("{what} in {on}"));
                }
                return self.descr_get(&d, Some(obj), tp);
            }
            if tracing {
                let on = self.class_name(&owner);
                self.trace_lookup(obj, name, format!("class attribute of {on}"));
            }
            return Ok(d);
        }
        // A bound method has what its function has (`method_getattro`): `m.__wrapped__`,
        // `m.calls` set by a decorator; the error is the function's.
        if let Value::Obj(o) = obj {
            if let Payload::BoundMethod { func, .. } = &o.payload {
                let func = func.clone();
                return self.getattr(&func, name);
            }
        }
        let module = match obj {
            Value::Obj(o) => match &o.payload {
                Payload::Module { name } if name.is_empty() => Some(match o.own_attr("__name__") {
                    Some(Value::Str(s)) => Some(s),
                    _ => None,
                }),
                Payload::Module { name } => Some(Some(name.clone())),
                _ => None,
            },
            _ => None,
        };
        let msg = match module {
            Some(None) => format!("module has no attribute '{name}'"),
            Some(Some(m)) => format!("module '{m}' has no attribute '{name}'"),
            None => format!("'{}' object has no attribute '{name}'", self.class_name(tp)),
        };
        self.missing_attr(obj, name, msg)
    }

    /// An AttributeError that remembers the object, for "Did you mean" when printed.
    fn missing_attr<T>(&mut self, obj: &Value, name: &Rc<str>, msg: String) -> PyResult<T> {
        let e = self.new_exc("AttributeError", &msg);
        self.note_attribute_error(&e, obj, name);
        Err(super::Unwind::exception(e))
    }

    /// `dir(obj)` without user `__dir__`: a module's dict; else the instance dict then the
    /// class MRO's dicts, with the attributes builtin classes compute (getsets such as
    /// `type.__mro__`, `function.__defaults__`, `int.real`), sorted.
    pub fn attr_names(&self, obj: &Value) -> Vec<Rc<str>> {
        let mut names: Vec<Rc<str>> = Vec::new();
        let add = |names: &mut Vec<Rc<str>>, o: &ObjRef| {
            if let Some(d) = o.dict.as_ref().and_then(|d| d.dict_data()) {
                for k in d.borrow().keys() {
                    if let Value::Str(s) = k {
                        names.push(s);
                    }
                }
            }
        };
        let classes = match obj {
            Value::Obj(o) if matches!(o.payload, Payload::Module { .. }) => {
                add(&mut names, o);
                Vec::new()
            }
            Value::Obj(o) if o.is_class() => o.class_data().map(|c| c.mro()).unwrap_or_default(),
            Value::Obj(o) => {
                add(&mut names, o);
                o.class().class_data().map(|c| c.mro()).unwrap_or_default()
            }
            other => self.type_of(other).class_data().map(|c| c.mro()).unwrap_or_default(),
        };
        for c in &classes {
            add(&mut names, c);
            let Some(cd) = c.class_data().filter(|cd| cd.builtin) else { continue };
            names.extend(super::computed_attrs::names_of(&cd.name()).iter().map(|n| Rc::from(*n)));
        }
        names.sort();
        names.dedup();
        names
    }

    fn type_getattr(&mut self, cls: &ObjRef, name: &Rc<str>) -> PyResult<Value> {
        let meta = cls.class();
        let meta_attr = self.lookup_mro_owner(&meta, name);
        let cls_v = Value::Obj(cls.clone());
        let tracing = self.tracer.is_some() && cls.is_user_class();
        if let Some((d, _)) = &meta_attr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, Some(&cls_v), &meta);
            }
        }
        if let Some(v) = self.class_special_attr(cls, name)? {
            return Ok(v);
        }
        if let Some((attr, owner)) = self.lookup_mro_owner(cls, name) {
            if tracing {
                let on = self.class_name(&owner);
                self.trace_lookup(&cls_v, name, format!("{on}.__dict__ (class MRO)"));
            }
            if self.has_get(&attr) {
                return self.descr_get(&attr, None, cls);
            }
            return Ok(attr);
        }
        if let Some((d, owner)) = meta_attr {
            if tracing {
                let on = self.class_name(&owner);
                self.trace_lookup(&cls_v, name, format!("metaclass {on}"));
            }
            if self.has_get(&d) {
                return self.descr_get(&d, Some(&cls_v), &meta);
            }
            return Ok(d);
        }
        if let Some(d) = self.computed_descriptor(cls, name) {
            return Ok(d);
        }
        let n = self.class_name(cls);
        self.missing_attr(&cls_v, name, format!("type object '{n}' has no attribute '{name}'"))
    }

    /// Resolves `obj.name` for a call: `(function, true)` means "call with obj prepended",
    /// which skips allocating a bound method for the common case.
    pub fn get_method(&mut self, obj: &Value, name: &Rc<str>, site: Option<&AttrSite>) -> PyResult<(Value, bool)> {
        let tp = self.type_of(obj);
        let plain = match obj {
            Value::Obj(o) => !o.is_class() && !matches!(o.payload, Payload::Super { .. }) && self.tracer.is_none(),
            _ => true,
        };
        if plain && tp.class_data().is_some_and(|c| c.builtin || !self.has_hook(&tp, hooks::GETATTRIBUTE)) {
            let epoch = self.cache_epoch.get();
            let cached = site.and_then(|s| self.site_method(s, tp.id, epoch));
            let found = match &cached {
                Some(d) => Some(d.clone()),
                None => self.lookup_mro_rc(&tp, name),
            };
            if let Some(d) = found {
                // A builtin method descriptor is called with the receiver prepended on any
                // instance (CPython's LOAD_METHOD); the call checks the receiver's type.
                let is_method = binds_as_method(&d, true);
                let shadowed = match obj {
                    Value::Obj(o) => {
                        let h = self.str_hash(name);
                        o.dict
                            .as_ref()
                            .and_then(|d| d.dict_data())
                            .is_some_and(|d| d.borrow().get_str_h(name, h).is_some())
                    }
                    _ => false,
                };
                if is_method && cached.is_none() {
                    if let Some(s) = site {
                        self.remember_site_method(s, tp.id, epoch, &d);
                    }
                }
                if is_method && !shadowed {
                    return Ok((d, true));
                }
            }
        }
        Ok((self.getattr(obj, name)?, false))
    }

    /// The method a call site found for this class in this cache epoch, if it remembers one.
    fn site_method(&self, site: &AttrSite, class_id: u64, epoch: u64) -> Option<Value> {
        let i = (site.slot.get() as usize).checked_sub(1)?;
        let (c, e, v) = self.method_sites.get(i)?;
        (*c == class_id && *e == epoch).then(|| v.clone())
    }

    fn remember_site_method(&mut self, site: &AttrSite, class_id: u64, epoch: u64, method: &Value) {
        let entry = (class_id, epoch, method.clone());
        match (site.slot.get() as usize).checked_sub(1) {
            Some(i) if i < self.method_sites.len() => self.method_sites[i] = entry,
            _ => {
                self.method_sites.push(entry);
                site.slot.set(u32::try_from(self.method_sites.len()).unwrap_or(0));
            }
        }
    }

    pub fn setattr(&mut self, obj: &Value, name: &Rc<str>, value: Value) -> PyResult<()> {
        self.setattr_at(obj, name, value, None)
    }

    pub fn setattr_at(&mut self, obj: &Value, name: &Rc<str>, value: Value, site: Option<&AttrSite>) -> PyResult<()> {
        let tp = self.type_of(obj);
        if tp.is_user_class() && self.has_hook(&tp, hooks::SETATTR) {
            if let Some(sa) = self.lookup_mro(&tp, "__setattr__") {
                if !matches!(&sa, Value::Obj(o) if matches!(o.payload, Payload::Builtin(_))) {
                    self.call_bound(&sa, obj, vec![Value::Str(name.clone()), value], vec![])?;
                    return Ok(());
                }
            }
            if super::weakref::proxy_referent(obj).is_some() {
                return self.proxy_setattr(obj, name, Some(value));
            }
        }
        self.generic_setattr_at(obj, name, value, site)
    }

    pub fn generic_setattr(&mut self, obj: &Value, name: &Rc<str>, value: Value) -> PyResult<()> {
        self.generic_setattr_at(obj, name, value, None)
    }

    fn generic_setattr_at(
        &mut self,
        obj: &Value,
        name: &Rc<str>,
        value: Value,
        site: Option<&AttrSite>,
    ) -> PyResult<()> {
        let tp = self.type_of(obj);
        let Value::Obj(o) = obj else {
            if &**name == "__class__" {
                return self
                    .type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            return self.unsettable_attr(obj, &tp, name, Some(value));
        };
        if let Some(cd) = o.class_data() {
            if cd.builtin {
                let n = cd.name();
                return self.type_error(format!("cannot set '{name}' attribute of immutable type '{n}'"));
            }
            if let Some(d) = self.lookup_mro(&tp, name).filter(|_| &**name != "__class__") {
                if self.is_data_descriptor(&d) {
                    return self.descr_set(&d, obj, Some(value));
                }
            }
            match &**name {
                "__dict__" => return self.attr_error("attribute '__dict__' of 'type' objects is not writable"),
                "__mro__" => return self.attr_error("readonly attribute"),
                "__text_signature__" => {
                    return self.attr_error("attribute '__text_signature__' of 'type' objects is not writable")
                }
                "__class__" => return self.set_class_of_class(o, &tp, value),
                "__bases__" => return self.set_bases(o, value),
                _ => {}
            }
            if let "__name__" | "__qualname__" = &**name {
                let Value::Str(s) = &value else {
                    let (cn, tn) = (cd.name(), self.type_name(&value));
                    return self.type_error(format!("can only assign string to {cn}.{name}, not '{tn}'"));
                };
                if &**name == "__name__" {
                    if s.contains('\0') {
                        return self.value_error("type name must not contain null characters");
                    }
                    *cd.name.borrow_mut() = s.clone();
                } else {
                    *cd.qualname.borrow_mut() = s.clone();
                }
                return Ok(());
            }
            if let Some(d) = o.dict.as_ref().and_then(|d| d.dict_data()) {
                d.borrow_mut().set_str_h(name.clone(), self.str_hash(name), value);
            }
            self.invalidate_caches();
            if &**name == "__del__" {
                self.refresh_has_del(o);
            }
            return Ok(());
        }
        // `__class__` is a getset on `object`; its assignment rules are below.
        if let Some((d, _)) = self.lookup_mro_at(&tp, name, site).filter(|_| &**name != "__class__") {
            if self.is_data_descriptor(&d) {
                return self.descr_set(&d, obj, Some(value));
            }
        }
        if &**name == "__class__" {
            if let Value::Obj(c) = &value {
                if c.is_class() {
                    let builtin = |c: &ObjRef| c.class_data().is_some_and(|d| d.builtin);
                    if builtin(&tp) || builtin(c) {
                        return self.type_error(
                            "__class__ assignment only supported for mutable types or ModuleType subclasses",
                        );
                    }
                    self.compatible_for_assignment(&tp, c, "__class__")?;
                    *o.class.borrow_mut() = Some(c.clone());
                    return Ok(());
                }
            }
            let tn = self.type_name(&value);
            return self.type_error(format!("__class__ must be set to a class, not '{tn}' object"));
        }
        if let Payload::Function(fd) = &o.payload {
            if self.set_function_attr(obj, fd, name, Some(value.clone()))? {
                return Ok(());
            }
        }
        if let Payload::Exception(d) = &o.payload {
            if self.set_exception_attr(o, d, name, Some(value.clone()))? {
                return Ok(());
            }
        }
        if let Payload::Partial(p) = &o.payload {
            if super::functools::partial_attr(p, name).is_some() {
                return self.attr_error("readonly attribute");
            }
        }
        if let Payload::Traceback(t) = &o.payload {
            if self.set_traceback_attr(o, t, name, Some(value.clone()))? {
                return Ok(());
            }
        }
        if let (Some(doc), "__doc__") = (super::namedtuple::getter_doc(o), &**name) {
            let old = std::mem::replace(&mut *doc.borrow_mut(), value);
            drop(old);
            return Ok(());
        }
        if super::computed_attrs::may_be_computed(o, name) {
            return self.set_computed_or_store(obj, &tp, name, value);
        }
        if let Some(dict) = &o.dict {
            if self.heap.tracks_instances() {
                self.note_new_attr(o, dict, name);
            }
            if let Some(d) = dict.dict_data() {
                d.borrow_mut().set_str_h(name.clone(), self.str_hash(name), value);
                return Ok(());
            }
        }
        self.unsettable_attr(obj, &tp, name, Some(value))
    }

    /// The end of `generic_setattr_at` for a name a builtin base may compute.
    #[inline(never)]
    fn set_computed_or_store(&mut self, obj: &Value, tp: &ObjRef, name: &Rc<str>, value: Value) -> PyResult<()> {
        if self.set_computed_attr(obj, tp, name, Some(value.clone()))? {
            return Ok(());
        }
        if let Some(d) = obj.as_obj().and_then(|o| o.dict.as_ref()).and_then(|d| d.dict_data()) {
            d.borrow_mut().set_str(name.clone(), value);
            return Ok(());
        }
        self.unsettable_attr(obj, tp, name, Some(value))
    }

    /// Setting (`Some`) or deleting (`None`) `name` on an object without a `__dict__` that
    /// holds it: a computed attribute (`(1).real = 5`), a method of its class, or nothing.
    fn unsettable_attr(&mut self, obj: &Value, tp: &ObjRef, name: &str, value: Option<Value>) -> PyResult<()> {
        if self.set_computed_attr(obj, tp, name, value)? {
            return Ok(());
        }
        let tn = self.class_name(tp);
        if self.lookup_mro(tp, name).is_some() {
            return self.attr_error(format!("'{tn}' object attribute '{name}' is read-only"));
        }
        self.attr_error(format!("'{tn}' object has no attribute '{name}'"))
    }

    /// `C.__class__ = M`: only between user metaclasses (a class made by `type` keeps it).
    fn set_class_of_class(&mut self, cls: &ObjRef, meta: &ObjRef, value: Value) -> PyResult<()> {
        let Value::Obj(new) = &value else {
            let tn = self.type_name(&value);
            return self.type_error(format!("__class__ must be set to a class, not '{tn}' object"));
        };
        if !new.is_class() {
            let tn = self.type_name(&value);
            return self.type_error(format!("__class__ must be set to a class, not '{tn}' object"));
        }
        if !meta.is_user_class() || !new.is_user_class() || !self.is_subclass(new, &self.t.type_) {
            return self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        *cls.class.borrow_mut() = Some(new.clone());
        self.invalidate_caches();
        Ok(())
    }

    /// `obj.__dict__ = d` (the entries are copied into the object's own dict: metalab does not
    /// swap it), or `del obj.__dict__` (it empties).
    pub(super) fn replace_instance_dict(&mut self, obj: &Value, value: Option<Value>) -> PyResult<()> {
        let entries = match &value {
            Some(v) => match self.as_dict_data(v) {
                Some(d) => d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect::<Vec<_>>(),
                None => {
                    let tn = self.type_name(v);
                    return self.type_error(format!("__dict__ must be set to a dictionary, not a '{tn}'"));
                }
            },
            None => Vec::new(),
        };
        let Value::Obj(inst) = obj else { return Ok(()) };
        let Some(d) = inst.dict.as_ref().and_then(|d| d.dict_data()) else { return Ok(()) };
        let mut data = super::dict::DictData::new();
        for (k, v) in entries {
            self.dict_insert(&mut data, k, v)?;
        }
        // The old contents go after the borrow ends: their `__del__` may touch the object.
        let old = std::mem::replace(&mut *d.borrow_mut(), data);
        drop(old);
        Ok(())
    }

    /// `descr.__set__(obj, value)`, or `__delete__` when `value` is None.
    fn descr_set(&mut self, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
        let Value::Obj(o) = d else { return Ok(()) };
        match &o.payload {
            Payload::GetSet { name, owner } if *name == "__weakref__" || *name == "maxlen" => {
                self.attr_error(format!("attribute '{name}' of '{owner}' objects is not writable"))
            }
            Payload::GetSet { .. } => self.replace_instance_dict(obj, value),
            Payload::Property { .. }
                if !self.property_overrides(o, if value.is_some() { "__set__" } else { "__delete__" }) =>
            {
                self.property_set(d, obj, value)
            }
            Payload::SlotMember { name, index, .. } => {
                if let Value::Obj(inst) = obj {
                    if let Some(s) = inst.slot_cells() {
                        let mut s = s.borrow_mut();
                        if let Some(slot) = s.get_mut(*index) {
                            if value.is_none() && slot.is_none() {
                                drop(s);
                                // `member_set` names only the slot.
                                return self.attr_error(name);
                            }
                            *slot = value;
                        }
                    }
                }
                Ok(())
            }
            _ => {
                let t = o.class();
                let (hook, args) = match value {
                    Some(v) => ("__set__", vec![obj.clone(), v]),
                    None => ("__delete__", vec![obj.clone()]),
                };
                match self.lookup_mro(&t, hook) {
                    Some(m) => {
                        self.call_bound(&m, d, args, vec![])?;
                        Ok(())
                    }
                    None => {
                        let tn = self.class_name(&t);
                        self.attr_error(format!("'{tn}' object has no attribute '{hook}'"))
                    }
                }
            }
        }
    }

    /// Whether `o`, a property, is an instance of a subclass that overrides `hook`, which
    /// then runs instead of the builtin behaviour.
    fn property_overrides(&self, o: &super::value::Obj, hook: &str) -> bool {
        if o.class.borrow().as_ref().is_some_and(|t| Rc::ptr_eq(t, &self.t.property)) {
            return false;
        }
        let t = o.class();
        !self.lookup_mro(&t, hook).is_some_and(|m| self.is_builtin_named(&m, &format!("property.{hook}")))
    }

    /// `property.__get__`: `fget(obj)`, or the property itself through the class.
    pub fn property_get(&mut self, d: &Value, obj: Option<&Value>) -> PyResult<Value> {
        let Some(obj) = obj else { return Ok(d.clone()) };
        // `d` holds the property, and its `fget` is immutable: called in place, not cloned.
        let fget = match d {
            Value::Obj(o) => match &o.payload {
                Payload::Property { fget, .. } => fget,
                _ => &Value::None,
            },
            _ => &Value::None,
        };
        if fget.is_none() {
            let n = self.property_name(d, obj);
            let tn = self.type_name(obj);
            return self.attr_error(format!("property {n}of '{tn}' object has no getter"));
        }
        self.call(fget, vec![obj.clone()], vec![])
    }

    /// `property.__set__`/`__delete__`: `fset(obj, value)` or `fdel(obj)`.
    pub fn property_set(&mut self, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
        let Value::Obj(o) = d else { return Ok(()) };
        match &o.payload {
            Payload::Property { fset, fdel, .. } => {
                let f = if value.is_some() { fset } else { fdel };
                if f.is_none() {
                    let n = self.property_name(d, obj);
                    let tn = self.type_name(obj);
                    let what = if value.is_some() { "setter" } else { "deleter" };
                    return self.attr_error(format!("property {n}of '{tn}' object has no {what}"));
                }
                let args = match value {
                    Some(v) => vec![obj.clone(), v],
                    None => vec![obj.clone()],
                };
                self.call(f, args, vec![])?;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<()> {
        let tp = self.type_of(obj);
        if tp.is_user_class() {
            if let Some(da) = self.lookup_mro(&tp, "__delattr__") {
                if !matches!(&da, Value::Obj(o) if matches!(o.payload, Payload::Builtin(_))) {
                    self.call_bound(&da, obj, vec![Value::Str(name.clone())], vec![])?;
                    return Ok(());
                }
            }
            if super::weakref::proxy_referent(obj).is_some() {
                return self.proxy_setattr(obj, name, None);
            }
        }
        self.generic_delattr(obj, name)
    }

    pub fn generic_delattr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<()> {
        let tp = self.type_of(obj);
        if let Value::Obj(o) = obj {
            if let Some(cd) = o.class_data() {
                if cd.builtin {
                    let n = cd.name();
                    return self.type_error(format!("cannot set '{name}' attribute of immutable type '{n}'"));
                }
                match &**name {
                    "__name__" | "__qualname__" | "__doc__" | "__module__" | "__bases__" => {
                        let n = cd.name();
                        return self.type_error(format!("cannot delete '{name}' attribute of immutable type '{n}'"));
                    }
                    "__dict__" => return self.attr_error("attribute '__dict__' of 'type' objects is not writable"),
                    "__mro__" => return self.attr_error("readonly attribute"),
                    "__text_signature__" => {
                        return self.attr_error("attribute '__text_signature__' of 'type' objects is not writable")
                    }
                    _ => {}
                }
                let removed = o
                    .dict
                    .as_ref()
                    .and_then(|d| d.dict_data())
                    .and_then(|d| d.borrow_mut().remove_str_h(name, self.str_hash(name)));
                self.invalidate_caches();
                if &**name == "__del__" {
                    self.refresh_has_del(o);
                }
                if removed.is_none() {
                    if let "__annotations__" | "__abstractmethods__" = &**name {
                        return self.attr_error(&**name);
                    }
                    let n = cd.name();
                    return self.attr_error(format!("type object '{n}' has no attribute '{name}'"));
                }
                return Ok(());
            }
            if &**name == "__class__" {
                return self.type_error("can't delete __class__ attribute");
            }
            if let Some(d) = self.lookup_mro(&tp, name) {
                if self.is_data_descriptor(&d) {
                    return self.descr_set(&d, obj, None);
                }
            }
            if let Payload::Function(fd) = &o.payload {
                if self.set_function_attr(obj, fd, name, None)? {
                    return Ok(());
                }
            }
            if let Payload::Exception(d) = &o.payload {
                if self.set_exception_attr(o, d, name, None)? {
                    return Ok(());
                }
            }
            if let Payload::Traceback(t) = &o.payload {
                if self.set_traceback_attr(o, t, name, None)? {
                    return Ok(());
                }
            }
            if super::computed_attrs::may_be_computed(o, name) && self.set_computed_attr(obj, &tp, name, None)? {
                return Ok(());
            }
            if let Some(d) = o.dict.as_ref().and_then(|d| d.dict_data()) {
                if d.borrow_mut().remove_str_h(name, self.str_hash(name)).is_some() {
                    return Ok(());
                }
                let tn = self.class_name(&tp);
                return self.attr_error(format!("'{tn}' object has no attribute '{name}'"));
            }
        }
        self.unsettable_attr(obj, &tp, name, None)
    }

    pub fn hasattr(&mut self, obj: &Value, name: &Rc<str>) -> PyResult<bool> {
        match self.getattr(obj, name) {
            Ok(_) => Ok(true),
            Err(e) if self.is_exc(&e, "AttributeError") => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// `getattr(obj, name, None)`-like: `None` when missing.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr(obj, &Rc::from(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn unwind_is_attr_error(&self, e: &Unwind) -> bool {
        self.is_exc(e, "AttributeError")
    }
}

//! Assigning `C.__bases__` (CPython's `type_set_bases`): the checks, the new MRO of `C` and of
//! every subclass (each through its metaclass's `mro()`), undone as a whole when one fails.
//!
//! Instances keep their memory layout, so the new base must lay instances out as the old one
//! did: `compatible_for_assignment` (shared with `obj.__class__ = ...`) models the C-level
//! sizes CPython compares (`tp_free`, `tp_basicsize`, the dict and weakref offsets, the slots a
//! class adds) from what metalab knows about each class.

use super::interp::Interp;
use super::value::{Layout, ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

/// What a class adds to its `tp_base`'s instance layout.
struct Added {
    /// Its own `__slots__` (sorted, mangled, without `__dict__`/`__weakref__`), when it declares them.
    slots: Option<Vec<Rc<str>>>,
    dict: bool,
    weakref: bool,
}

impl Interp {
    /// `cls.__bases__ = value` for a class that is not a builtin.
    pub fn set_bases(&mut self, cls: &ObjRef, value: Value) -> PyResult<()> {
        let Some(cd) = cls.class_data() else { return Ok(()) };
        let name = self.class_name(cls);
        let items = match &value {
            Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => self.collect(&value)?,
            _ => {
                let tn = self.type_name(&value);
                return self.type_error(format!("can only assign tuple to {name}.__bases__, not {tn}"));
            }
        };
        if items.is_empty() {
            return self.type_error(format!("can only assign non-empty tuple to {name}.__bases__, not ()"));
        }
        let mut bases = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Value::Obj(b) if b.is_class() => bases.push(b),
                other => {
                    let tn = self.type_name(&other);
                    return self.type_error(format!("{name}.__bases__ must be tuple of classes, not '{tn}'"));
                }
            }
        }
        if bases.iter().any(|b| self.is_subclass(b, cls)) {
            return self.type_error("a __bases__ item causes an inheritance cycle");
        }
        self.best_layout(&bases)?;
        self.check_slot_layouts(&bases)?;
        let new_base = self.best_base(&bases);
        let old_bases = cd.bases.borrow().clone();
        let old_base = self.best_base(&old_bases);
        self.compatible_for_assignment(&old_base, &new_base, "__bases__")?;

        *cd.bases.borrow_mut() = bases;
        let mut undo = Vec::new();
        let r = self.mro_hierarchy(cls, &mut undo);
        if let Err(e) = r {
            for (c, old) in undo.into_iter().rev() {
                if let Some(d) = c.class_data() {
                    *d.mro.borrow_mut() = old;
                }
            }
            *cd.bases.borrow_mut() = old_bases;
            self.invalidate_caches();
            return Err(e);
        }
        // CPython re-adds the class to its bases' subclass lists: it now comes last there.
        let serial = self.heap.fresh_serial();
        self.subclass_order.insert(cls.id, serial);
        self.refresh_has_del(cls);
        self.invalidate_caches();
        Ok(())
    }

    /// A new MRO for `cls` and then for each subclass, depth first (`mro_hierarchy`); each
    /// replaced MRO is pushed on `undo`.
    fn mro_hierarchy(&mut self, cls: &ObjRef, undo: &mut Vec<(ObjRef, Vec<ObjRef>)>) -> PyResult<()> {
        let Some(cd) = cls.class_data() else { return Ok(()) };
        let bases = cd.bases.borrow().clone();
        let meta = cls.class();
        let mro = match self.custom_mro(&meta, cls)? {
            Some(custom) => custom,
            None => self.compute_mro(&bases)?,
        };
        let mut full = vec![cls.clone()];
        full.extend(mro.into_iter().filter(|c| !Rc::ptr_eq(c, cls)));
        let old = std::mem::replace(&mut *cd.mro.borrow_mut(), full);
        undo.push((cls.clone(), old));
        self.invalidate_caches();
        for sub in self.subclasses_of(cls) {
            self.mro_hierarchy(&sub, undo)?;
        }
        Ok(())
    }

    /// `cls.__subclasses__()`: the live classes with `cls` among their bases, in the order they
    /// became its subclasses.
    pub fn subclasses_of(&self, cls: &ObjRef) -> Vec<ObjRef> {
        let mut out: Vec<ObjRef> = self
            .heap
            .objects_alive()
            .filter(|c| c.class_data().is_some_and(|cd| cd.bases.borrow().iter().any(|b| Rc::ptr_eq(b, cls))))
            .collect();
        out.sort_by_key(|c| self.subclass_order.get(&c.id).copied().unwrap_or(c.id));
        out
    }

    /// Whether instances of `cls` and its subclasses run a `__del__`, after a class in their
    /// MROs gained or lost one (a `__del__` assigned later counts, as CPython updates the slot).
    pub fn refresh_has_del(&mut self, cls: &ObjRef) {
        let Some(cd) = cls.class_data() else { return };
        let defines = |c: &ObjRef| {
            c.dict.as_ref().and_then(|d| d.dict_data()).is_some_and(|d| d.borrow().get_str("__del__").is_some())
        };
        let has_del = cd.mro().iter().any(defines);
        cd.has_del.set(has_del);
        if has_del {
            super::finalize::note_class_with_del();
            self.heap.track_all();
        }
        for sub in self.subclasses_of(cls) {
            self.refresh_has_del(&sub);
        }
    }

    /// CPython's `compatible_for_assignment`: can instances laid out for `old` serve `new`?
    pub fn compatible_for_assignment(&mut self, old: &ObjRef, new: &ObjRef, attr: &str) -> PyResult<()> {
        let (nn, on) = (self.class_name(new), self.class_name(old));
        if self.gc_type(new) != self.gc_type(old) {
            return self.type_error(format!("{attr} assignment: '{nn}' deallocator differs from '{on}'"));
        }
        let mut new_root = new.clone();
        while let Some(b) = self.layout_parent(&new_root) {
            new_root = b;
        }
        let mut old_root = old.clone();
        while let Some(b) = self.layout_parent(&old_root) {
            old_root = b;
        }
        let same_root = Rc::ptr_eq(&new_root, &old_root)
            || (self.tp_base(&new_root).map(|b| b.id) == self.tp_base(&old_root).map(|b| b.id)
                && self.same_slots_added(&new_root, &old_root));
        if same_root && self.managed_dict(old) == self.managed_dict(new) {
            return Ok(());
        }
        self.type_error(format!("{attr} assignment: '{nn}' object layout differs from '{on}'"))
    }

    /// `tp_base`: the first base of a builtin, the best base of a class statement's bases.
    fn tp_base(&self, cls: &ObjRef) -> Option<ObjRef> {
        let cd = cls.class_data()?;
        let bases = cd.bases.borrow();
        match cd.builtin {
            true => bases.first().cloned(),
            false if bases.is_empty() => None,
            false => Some(self.best_base(&bases)),
        }
    }

    /// `tp_base` when `cls`'s instances are laid out exactly as its instances
    /// (`compatible_with_tp_base`).
    fn layout_parent(&self, cls: &ObjRef) -> Option<ObjRef> {
        let parent = self.tp_base(cls)?;
        let cd = cls.class_data()?;
        let same = if cd.builtin {
            // Of the builtins only the exceptions without fields of their own extend a base
            // without growing it.
            cd.layout == Layout::Exception && !Self::EXCEPTION_STRUCTS.contains(&&*cd.name())
        } else {
            let a = self.added(cls);
            a.slots.as_ref().is_none_or(Vec::is_empty) && !a.dict && !a.weakref && self.gc_type(&parent)
        };
        same.then_some(parent)
    }

    /// The builtin exceptions with a C struct of their own (fields beside `args`).
    const EXCEPTION_STRUCTS: [&'static str; 12] = [
        "BaseException",
        "SystemExit",
        "ImportError",
        "OSError",
        "SyntaxError",
        "StopIteration",
        "NameError",
        "AttributeError",
        "UnicodeEncodeError",
        "UnicodeDecodeError",
        "UnicodeTranslateError",
        "BaseExceptionGroup",
    ];

    /// `same_slots_added`: two classes on one `tp_base` that add the same fields.
    fn same_slots_added(&self, a: &ObjRef, b: &ObjRef) -> bool {
        let heap = |c: &ObjRef| c.class_data().is_some_and(|d| !d.builtin);
        if !heap(a) || !heap(b) {
            return false;
        }
        let (x, y) = (self.added(a), self.added(b));
        let own = |s: &Option<Vec<Rc<str>>>| s.as_ref().map_or(0, Vec::len);
        let mut size = 0;
        // The weakref pointer counts only where it comes first (no slots before it).
        if x.weakref && y.weakref && own(&x.slots) == 0 && own(&y.slots) == 0 {
            size += 1;
        }
        if let (Some(s), Some(t)) = (&x.slots, &y.slots) {
            if s != t {
                return false;
            }
            size += s.len();
        }
        size == self.added_size(a, &x) && size == self.added_size(b, &y)
    }

    /// How many pointers a class adds to its base's `tp_basicsize`. A `__dict__` is kept
    /// before the object (3.11's managed dict) unless the base is variable-sized.
    fn added_size(&self, cls: &ObjRef, a: &Added) -> usize {
        let dict_inline = a.dict && self.variable_size(cls);
        a.slots.as_ref().map_or(0, Vec::len) + usize::from(a.weakref) + usize::from(dict_inline)
    }

    fn added(&self, cls: &ObjRef) -> Added {
        let own = cls.dict.as_ref().and_then(|d| d.dict_data());
        let own_getset = |name: &str| {
            own.is_some_and(|d| {
                matches!(d.borrow().get_str(name), Some(Value::Obj(o)) if matches!(o.payload, Payload::GetSet { .. }))
            })
        };
        let declares = own.is_some_and(|d| d.borrow().get_str("__slots__").is_some());
        let slots = declares.then(|| {
            let cd = cls.class_data();
            let all = cd.map(|c| c.slot_names.clone()).unwrap_or_default();
            let inherited = self.tp_base(cls).and_then(|b| b.class_data().map(|c| c.slot_names.len())).unwrap_or(0);
            let mut mine: Vec<Rc<str>> = all.get(inherited..).map(<[_]>::to_vec).unwrap_or_default();
            mine.sort();
            mine
        });
        Added { slots, dict: own_getset("__dict__"), weakref: own_getset("__weakref__") }
    }

    /// Instances whose C struct CPython frees with the garbage collector's `PyObject_GC_Del`.
    fn gc_type(&self, cls: &ObjRef) -> bool {
        let Some(cd) = cls.class_data() else { return false };
        if !cd.builtin {
            return true;
        }
        match cd.layout {
            Layout::Object | Layout::Int | Layout::Bool | Layout::Float | Layout::Str => false,
            Layout::Other => !Rc::ptr_eq(cls, &self.t.bytes),
            _ => true,
        }
    }

    /// int's and tuple's instances grow with their value, so fields go after it.
    fn variable_size(&self, cls: &ObjRef) -> bool {
        cls.class_data().is_some_and(|c| matches!(c.layout, Layout::Int | Layout::Bool | Layout::Tuple))
            || self.is_subclass(cls, &self.t.bytes)
    }

    /// 3.11's `Py_TPFLAGS_MANAGED_DICT`: a class statement's instances keep their `__dict__`
    /// before the object, unless a builtin base has a dict already or varies in size.
    fn managed_dict(&self, cls: &ObjRef) -> bool {
        cls.class_data().is_some_and(|c| {
            !c.builtin
                && c.has_dict
                && !self.variable_size(cls)
                && !matches!(c.layout, Layout::Exception | Layout::Type | Layout::Function)
        })
    }
}

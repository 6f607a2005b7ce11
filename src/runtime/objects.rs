//! Making builtin objects, and asking a value for its type.

use super::dict::DictData;
use super::function::{BuiltinFn, BuiltinKind, NativeFn};
use super::interp::Interp;
use super::refcell::RefCell;
use super::value::{IterState, ObjRef, Payload, Value};
use std::rc::Rc;

impl Interp {
    pub fn tuple(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Some(self.t.tuple.clone()), None, Payload::Tuple(items)))
    }

    /// A tuple whose type is `tuple` itself (CPython returns those unchanged where a subclass
    /// instance would be copied: `tuple(t)`, `t[:]`, `t + ()`, `t * 1`).
    pub fn is_exact_tuple(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) && Rc::ptr_eq(&o.class(), &self.t.tuple))
    }

    pub fn list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Some(self.t.list.clone()), None, Payload::List(RefCell::new(items))))
    }

    pub fn new_dict_obj(&mut self) -> ObjRef {
        self.heap.alloc(Some(self.t.dict.clone()), None, Payload::Dict(RefCell::new(DictData::new())))
    }

    pub fn dict_from(&mut self, data: DictData) -> Value {
        Value::Obj(self.heap.alloc(Some(self.t.dict.clone()), None, Payload::Dict(RefCell::new(data))))
    }

    pub fn set_from(&mut self, data: DictData) -> Value {
        let data = data.into_set();
        Value::Obj(self.heap.alloc(Some(self.t.set.clone()), None, Payload::Set(RefCell::new(data))))
    }

    pub fn new_iter(&mut self, type_name: &str, state: IterState) -> Value {
        let cls = self.t.iter_type(type_name);
        Value::Obj(self.heap.alloc(Some(cls), None, Payload::Iter(RefCell::new(state))))
    }

    pub fn builtin_fn(&mut self, name: &str, qualname: &str, func: NativeFn, kind: BuiltinKind) -> Value {
        self.make_builtin(name, qualname, func, kind, super::function::Sig::Any, None)
    }

    /// `builtin_fn` whose arguments are checked by `sig` before it runs.
    pub fn builtin_fn_sig(
        &mut self,
        name: &str,
        qualname: &str,
        func: NativeFn,
        kind: BuiltinKind,
        sig: super::function::Sig,
    ) -> Value {
        self.make_builtin(name, qualname, func, kind, sig, None)
    }

    /// A builtin method of `owner` (which checks its receiver is one), whose arguments are
    /// checked by `sig` before it runs.
    pub fn owned_builtin_fn(
        &mut self,
        owner: &ObjRef,
        name: &str,
        func: NativeFn,
        kind: BuiltinKind,
        sig: super::function::Sig,
    ) -> Value {
        // Named by the class's `__qualname__` (`ProxyType.__reversed__()` in errors), its
        // receiver checks and repr by `tp_name`.
        let owner_name = self.short_class_name(owner);
        let qualname = format!("{owner_name}.{name}");
        let sig = match (sig, kind) {
            (super::function::Sig::Any, BuiltinKind::Method) => {
                super::function::builtin_method_sig(&owner_name, name).unwrap_or(sig)
            }
            _ => sig,
        };
        self.make_builtin(name, &qualname, func, kind, sig, Some(Rc::downgrade(owner)))
    }

    fn make_builtin(
        &mut self,
        name: &str,
        qualname: &str,
        func: NativeFn,
        kind: BuiltinKind,
        sig: super::function::Sig,
        owner: Option<std::rc::Weak<super::value::Obj>>,
    ) -> Value {
        let dunder = super::function::is_dunder(name);
        let cls = match kind {
            BuiltinKind::Method if dunder => self.t.wrapper_descriptor.clone(),
            BuiltinKind::Method => self.t.method_descriptor.clone(),
            _ => self.t.builtin_function.clone(),
        };
        let (name, qualname) = (Rc::from(name), Rc::from(qualname));
        let b = BuiltinFn { name, qualname, func, kind, sig, owner };
        Value::Obj(self.heap.alloc(Some(cls), None, Payload::Builtin(b)))
    }

    pub fn not_implemented(&self) -> Value {
        Value::Obj(self.not_implemented.clone())
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if Rc::ptr_eq(o, &self.not_implemented))
    }

    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> ObjRef {
        match v {
            Value::None => self.t.none_type.clone(),
            Value::Bool(_) => self.t.bool_.clone(),
            Value::Int(_, _) | Value::BigInt(_) => self.t.int.clone(),
            Value::Float(_, _) => self.t.float.clone(),
            Value::Str(_) => self.t.str_.clone(),
            Value::Obj(o) => o.class(),
        }
    }

    /// The name messages quote: `__name__`, or a C type's dotted name (`ClassData::tp_name`).
    pub fn class_name(&self, cls: &ObjRef) -> Rc<str> {
        cls.class_data()
            .map(|c| c.tp_name.borrow().clone().unwrap_or_else(|| c.name()))
            .unwrap_or_else(|| Rc::from("?"))
    }

    /// `type(x).__name__`, as reprs show it (`OrderedDict(...)`).
    pub fn short_class_name(&self, cls: &ObjRef) -> Rc<str> {
        cls.class_data().map(|c| c.name()).unwrap_or_else(|| Rc::from("?"))
    }

    /// `type(v).__name__`, as error messages quote it (`tp_name`).
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        match v {
            Value::None => Rc::from("NoneType"),
            Value::Bool(_) => Rc::from("bool"),
            Value::Int(_, _) | Value::BigInt(_) => Rc::from("int"),
            Value::Float(_, _) => Rc::from("float"),
            Value::Str(_) => Rc::from("str"),
            Value::Obj(o) => self.class_name(&o.class()),
        }
    }

    pub fn is_subclass(&self, cls: &ObjRef, base: &ObjRef) -> bool {
        if Rc::ptr_eq(cls, base) {
            return true;
        }
        match cls.class_data() {
            Some(c) => c.mro.borrow().iter().any(|m| Rc::ptr_eq(m, base)),
            None => false,
        }
    }

    /// `isinstance` without `__instancecheck__` hooks.
    pub fn is_instance(&self, v: &Value, cls: &ObjRef) -> bool {
        match v {
            Value::Obj(o) => self.is_subclass(&o.class(), cls),
            _ => {
                let t = self.type_of(v);
                self.is_subclass(&t, cls)
            }
        }
    }

    pub fn is_type(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if o.is_class())
    }

    /// The items of a tuple or list, cloned (no borrow outlives the call).
    pub fn seq_items(&self, v: &Value) -> Option<Vec<Value>> {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(t) => Some(t.clone()),
                Payload::List(l) => Some(l.borrow().clone()),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn tuple_items<'a>(&self, v: &'a Value) -> Option<&'a [Value]> {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }
}

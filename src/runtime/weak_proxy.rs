//! `weakref.proxy`: `ProxyType` and `CallableProxyType` (CPython's `Objects/weakrefobject.c`).
//!
//! A proxy is a weak reference (the same registry, death and callbacks as `ref`; its callback
//! gets the proxy) that stands in for its referent: attribute access, operators, `len`,
//! `iter`, `str`, calls and the rest go to the referent, and raise `ReferenceError` once it
//! died. Only `repr`, `type()` and hashing (a proxy is unhashable) are the proxy's own.
//!
//! CPython fills each type slot with a function that unwraps the proxies among its operands
//! and runs the generic operation again (`PyNumber_Add(x, y)`, `PyObject_GetItem(o, k)`).
//! Here each dunder in the two classes' dicts is a one-line trampoline naming itself to
//! `forward`, which does the same with the interpreter's generic operations; attribute
//! access on a proxy is forwarded where the interpreter dispatches it (`attr.rs`).

use super::function::arg;
use super::function::{BuiltinKind, Kwargs, NativeFn, Sig};
use super::interp::Interp;
use super::value::{Payload, Value};
use super::PyResult;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;

/// `proxy(obj)` for a proxy, the referent; anything else is itself.
pub(super) fn unwrap(it: &mut Interp, v: &Value) -> PyResult<Value> {
    match super::weakref::proxy_referent(v) {
        None => Ok(v.clone()),
        Some(Some(o)) => Ok(Value::Obj(o)),
        Some(None) => it.err("ReferenceError", "weakly-referenced object no longer exists"),
    }
}

macro_rules! trampolines {
    ($($f:ident $name:literal),* $(,)?) => {
        $(fn $f(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
            forward(it, $name, args, kwargs)
        })*
        /// Every forwarding dunder of `ProxyType`, in CPython's slot order.
        const SLOTS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

trampolines! {
    getattribute "__getattribute__", setattr "__setattr__", delattr "__delattr__", lt "__lt__",
    le "__le__", eq "__eq__", ne "__ne__", gt "__gt__", ge "__ge__", iter "__iter__",
    next "__next__", add "__add__", radd "__radd__", sub "__sub__", rsub "__rsub__",
    mul "__mul__", rmul "__rmul__", mod_ "__mod__", rmod "__rmod__", divmod "__divmod__",
    rdivmod "__rdivmod__", pow "__pow__", rpow "__rpow__", neg "__neg__", pos "__pos__",
    abs "__abs__", bool_ "__bool__", invert "__invert__", lshift "__lshift__",
    rlshift "__rlshift__", rshift "__rshift__", rrshift "__rrshift__", and "__and__",
    rand "__rand__", xor "__xor__", rxor "__rxor__", or "__or__", ror "__ror__", int "__int__",
    float "__float__", iadd "__iadd__", isub "__isub__", imul "__imul__", imod "__imod__",
    ipow "__ipow__", ilshift "__ilshift__", irshift "__irshift__", iand "__iand__",
    ixor "__ixor__", ior "__ior__", floordiv "__floordiv__", rfloordiv "__rfloordiv__",
    truediv "__truediv__", rtruediv "__rtruediv__", ifloordiv "__ifloordiv__",
    itruediv "__itruediv__", index "__index__", matmul "__matmul__", rmatmul "__rmatmul__",
    imatmul "__imatmul__", len "__len__", getitem "__getitem__", setitem "__setitem__",
    delitem "__delitem__", contains "__contains__", str "__str__", call "__call__",
    bytes "__bytes__", reversed "__reversed__",
}

const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::MatMult,
    BinOp::Div,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
];

/// The two classes, made when `weakref` is imported. `ProxyType` has `__bytes__` and
/// `__reversed__` (plain methods), `CallableProxyType` `__call__` instead.
pub(super) fn classes(it: &mut Interp) -> PyResult<(Value, Value)> {
    let mut made = Vec::new();
    for (name, tp_name) in [("ProxyType", "weakref.ProxyType"), ("CallableProxyType", "weakref.CallableProxyType")] {
        let entries = vec![("__slots__", it.tuple(Vec::new())), ("__hash__", Value::None)];
        let object = Value::Obj(it.t.object.clone());
        let cls = super::native_class::make_class(it, name, "weakref", vec![object], entries)?;
        let cls = super::native_class::c_type(cls, tp_name);
        let Some(c) = cls.as_obj().cloned() else { return it.type_error("weakref is not set up") };
        if let Some(d) = c.dict.as_ref().and_then(|d| d.dict_data()) {
            let mut d = d.borrow_mut();
            d.remove_str("__slots__");
            d.remove_str("__module__");
        }
        let callable = name == "CallableProxyType";
        super::methods::reg(it, &c, "__new__", BuiltinKind::Static, no_new);
        super::methods::reg(it, &c, "__repr__", BuiltinKind::Method, proxy_repr);
        for &(slot, f) in SLOTS {
            let plain = matches!(slot, "__bytes__" | "__reversed__");
            if (slot == "__call__" && !callable) || (plain && callable) {
                continue;
            }
            let sig = if plain { Sig::NoArgs } else { Sig::Any };
            super::methods::reg_sig(it, &c, slot, BuiltinKind::Method, sig, f);
        }
        made.push(cls);
    }
    let callable = made.pop().unwrap_or(Value::None);
    let plain = made.pop().unwrap_or(Value::None);
    Ok((plain, callable))
}

/// The proxy types have no `__new__` in CPython (`tp_new` is NULL).
fn no_new(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Obj(c)) if c.is_class() => it.class_name(c),
        _ => Rc::from("weakref.ProxyType"),
    };
    it.type_error(format!("cannot create '{name}' instances"))
}

/// `<weakproxy at 0x… to A at 0x…>`: the referent's type name; a dead proxy's referent is None.
fn proxy_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(me)) = args.first() else { return Ok(Value::None) };
    let target = match super::weakref::proxy_referent(arg(&args, 0)) {
        Some(Some(o)) => Value::Obj(o),
        _ => Value::None,
    };
    let tn = it.type_name(&target);
    let at = super::builtins::object_address(it, &target);
    Ok(Value::str(&format!("<weakproxy at {} to {tn} at {at:#x}>", it.addr(me))))
}

/// The name an attribute dunder was given, as `PyObject_GetAttr` requires it.
fn attr_name(it: &mut Interp, v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let tn = it.type_name(other);
            it.type_error(format!("attribute name must be string, not '{tn}'"))
        }
    }
}

/// A builtin function of the `builtins` module, called (`abs`, `divmod`, `pow`, `int`).
fn call_builtin(it: &mut Interp, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let builtins = it.builtins.clone();
    let f = it.load_global(&Rc::from(name), &builtins)?;
    it.call(&f, args, vec![])
}

/// `type(proxy).<name>(proxy, *args)`: the operation on the referent, every proxy operand
/// unwrapped, as CPython's `proxy_*` slot functions do.
fn forward(it: &mut Interp, name: &'static str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let Some(me) = args.first() else { return it.type_error(format!("{name} needs a proxy")) };
    let me = unwrap(it, me)?;
    let mut rest = Vec::with_capacity(args.len().saturating_sub(1));
    for a in &args[1..] {
        rest.push(if name == "__call__" { a.clone() } else { unwrap(it, a)? });
    }
    let arg = |i: usize| rest.get(i).cloned().unwrap_or(Value::None);
    let r = match name {
        "__getattribute__" => {
            let n = attr_name(it, &arg(0))?;
            return it.getattr(&me, &n);
        }
        "__setattr__" | "__delattr__" => {
            let n = attr_name(it, &arg(0))?;
            if name == "__setattr__" {
                it.setattr(&me, &n, arg(1))?;
            } else {
                it.delattr(&me, &n)?;
            }
            Value::None
        }
        "__call__" => return it.call(&me, rest, kwargs),
        "__str__" => Value::Str(it.str_of(&me)?),
        "__bool__" => Value::Bool(it.truthy(&me)?),
        "__len__" => Value::int(it.len(&me)? as i64),
        "__iter__" => return it.iter(&me),
        "__next__" => {
            let t = it.type_of(&me);
            let is_iter = matches!(&me, Value::Obj(o) if matches!(o.payload, Payload::Iter(_) | Payload::Generator(_)))
                || it.lookup_special(&t, "__next__").is_some();
            if !is_iter {
                let tn = it.type_name(&me);
                return it.type_error(format!("Weakref proxy referenced a non-iterator '{tn}' object"));
            }
            return match it.next(&me)? {
                Some(v) => Ok(v),
                None => it.stop_iteration(None),
            };
        }
        // Plain methods: looked up on the referent like any attribute, then called.
        "__bytes__" | "__reversed__" => {
            let m = it.getattr(&me, &Rc::from(name))?;
            return it.call(&m, vec![], vec![]);
        }
        "__contains__" => Value::Bool(it.contains(&me, &arg(0))?),
        "__getitem__" => return it.getitem(&me, &arg(0)),
        "__setitem__" => {
            it.setitem(&me, arg(0), arg(1))?;
            Value::None
        }
        "__delitem__" => {
            it.delitem(&me, arg(0))?;
            Value::None
        }
        "__neg__" => return it.unary_op(UnaryOp::USub, me),
        "__pos__" => return it.unary_op(UnaryOp::UAdd, me),
        "__invert__" => return it.unary_op(UnaryOp::Invert, me),
        "__abs__" => return call_builtin(it, "abs", vec![me]),
        "__int__" => return call_builtin(it, "int", vec![me]),
        "__float__" => return call_builtin(it, "float", vec![me]),
        // `PyNumber_Index`: the referent's `__index__` (a referent is never an int itself).
        "__index__" => {
            let t = it.type_of(&me);
            let Some(m) = it.lookup_special(&t, "__index__") else {
                let tn = it.type_name(&me);
                return it.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
            };
            return it.call_bound(&m, &me, vec![], vec![]);
        }
        "__divmod__" => return call_builtin(it, "divmod", vec![me, arg(0)]),
        "__rdivmod__" => return call_builtin(it, "divmod", vec![arg(0), me]),
        "__pow__" if !arg(1).is_none() => return call_builtin(it, "pow", vec![me, arg(0), arg(1)]),
        "__rpow__" if !arg(1).is_none() => return call_builtin(it, "pow", vec![arg(0), me, arg(1)]),
        _ => {
            if let Some(op) = compare_op(name) {
                return it.compare(op, &me, &arg(0));
            }
            for op in BINOPS {
                let (n, rn, iname, _) = super::ops::binop_names(op);
                if name == n {
                    return it.binary_op(op, me, arg(0));
                }
                if name == rn {
                    return it.binary_op(op, arg(0), me);
                }
                if name == iname {
                    return it.inplace_op(op, me, arg(0));
                }
            }
            return it.type_error(format!("{name} is not forwarded"));
        }
    };
    Ok(r)
}

fn compare_op(name: &str) -> Option<CmpOp> {
    Some(match name {
        "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::LtE,
        "__eq__" => CmpOp::Eq,
        "__ne__" => CmpOp::NotEq,
        "__gt__" => CmpOp::Gt,
        "__ge__" => CmpOp::GtE,
        _ => return None,
    })
}

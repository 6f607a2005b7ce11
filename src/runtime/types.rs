//! The builtin type objects (`object`, `type`, `int`, ...) of one run, created fresh per run so
//! that nothing a program does leaks into the next.

use super::dict::DictData;
use super::heap::Heap;
use super::refcell::RefCell;
use super::value::{ClassData, Layout, ObjRef, Payload};
use rustc_hash::FxHashMap;
use std::rc::Rc;

pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub dict: ObjRef,
    pub int: ObjRef,
    pub bool_: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str_: ObjRef,
    pub bytes: ObjRef,
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub none_type: ObjRef,
    pub not_implemented_type: ObjRef,
    pub ellipsis_type: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method_descriptor: ObjRef,
    /// A dunder of a builtin class (`int.__add__`, CPython's slot wrapper), and one bound to an
    /// object (`(1).__add__`).
    pub wrapper_descriptor: ObjRef,
    pub method_wrapper: ObjRef,
    pub method: ObjRef,
    pub property: ObjRef,
    pub classmethod: ObjRef,
    pub staticmethod: ObjRef,
    pub super_: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub generator: ObjRef,
    pub module: ObjRef,
    pub member_descriptor: ObjRef,
    pub getset_descriptor: ObjRef,
    pub mappingproxy: ObjRef,
    pub cell: ObjRef,
    /// Iterator types by name (`list_iterator`, `dict_keyiterator`, `enumerate`, `zip`, ...).
    pub iters: FxHashMap<&'static str, ObjRef>,
    /// Builtin exception classes by name.
    pub exc: FxHashMap<&'static str, ObjRef>,
}

/// Allocates a builtin class with an empty namespace.
pub fn make_class(
    heap: &mut Heap,
    meta: Option<&ObjRef>,
    dict_type: Option<&ObjRef>,
    name: &str,
    bases: &[ObjRef],
    layout: Layout,
) -> ObjRef {
    let ns = heap.alloc(dict_type.cloned(), None, Payload::Dict(RefCell::new(DictData::new())));
    let name: Rc<str> = Rc::from(name);
    let cls = heap.alloc(
        meta.cloned(),
        Some(ns),
        Payload::Class(Box::new(ClassData {
            name: RefCell::new(name.clone()),
            qualname: RefCell::new(name),
            bases: RefCell::new(bases.to_vec()),
            mro: RefCell::new(Vec::new()),
            layout,
            builtin: true,
            slot_names: Vec::new(),
            has_dict: false,
            hooks: Default::default(),
            has_del: Default::default(),
            tp_name: Default::default(),
            final_type: Default::default(),
            gc_origin: Default::default(),
        })),
    );
    // Builtin hierarchies are single inheritance: the MRO is the class then its base's MRO.
    let mut mro = vec![cls.clone()];
    if let Some(b) = bases.first() {
        if let Some(bd) = b.class_data() {
            mro.extend(bd.mro.borrow().iter().cloned());
        }
    }
    if let Some(cd) = cls.class_data() {
        *cd.mro.borrow_mut() = mro;
    }
    cls
}

/// The builtin exception tree as (name, base) in definition order.
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
];

pub const ITER_TYPES: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "range_iterator",
    "str_ascii_iterator",
    "set_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "iterator",
    "callable_iterator",
    "reversed",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    // The weak containers' iterators, which are generators in CPython (`weak_collections`).
    "generator",
    "dict_keys",
    "dict_values",
    "dict_items",
    "GenericAlias",
    "UnionType",
];

impl Types {
    pub fn new(heap: &mut Heap) -> Types {
        let object = make_class(heap, None, None, "object", &[], Layout::Object);
        let type_ = make_class(heap, None, None, "type", std::slice::from_ref(&object), Layout::Type);
        let dict = make_class(heap, Some(&type_), None, "dict", std::slice::from_ref(&object), Layout::Dict);
        // Patch the bootstrap cycle: type(type) is type, and the first namespaces are dicts.
        for c in [&object, &type_, &dict] {
            *c.class.borrow_mut() = Some(type_.clone());
            if let Some(ns) = &c.dict {
                *ns.class.borrow_mut() = Some(dict.clone());
            }
        }
        let mut mk = |name: &str, base: &ObjRef, layout: Layout| {
            make_class(heap, Some(&type_), Some(&dict), name, std::slice::from_ref(base), layout)
        };
        let int = mk("int", &object, Layout::Int);
        let bool_ = mk("bool", &int, Layout::Bool);
        let float = mk("float", &object, Layout::Float);
        let complex = mk("complex", &object, Layout::Other);
        let str_ = mk("str", &object, Layout::Str);
        let bytes = mk("bytes", &object, Layout::Other);
        let list = mk("list", &object, Layout::List);
        let tuple = mk("tuple", &object, Layout::Tuple);
        let set = mk("set", &object, Layout::Set);
        let frozenset = mk("frozenset", &object, Layout::FrozenSet);
        let none_type = mk("NoneType", &object, Layout::Other);
        let not_implemented_type = mk("NotImplementedType", &object, Layout::Other);
        let ellipsis_type = mk("ellipsis", &object, Layout::Other);
        let function = mk("function", &object, Layout::Function);
        let builtin_function = mk("builtin_function_or_method", &object, Layout::Other);
        let method_descriptor = mk("method_descriptor", &object, Layout::Other);
        let method = mk("method", &object, Layout::Other);
        let property = mk("property", &object, Layout::Other);
        let classmethod = mk("classmethod", &object, Layout::Other);
        let staticmethod = mk("staticmethod", &object, Layout::Other);
        let super_ = mk("super", &object, Layout::Other);
        let range = mk("range", &object, Layout::Other);
        let slice = mk("slice", &object, Layout::Other);
        let generator = mk("generator", &object, Layout::Other);
        let module = mk("module", &object, Layout::Other);
        let member_descriptor = mk("member_descriptor", &object, Layout::Other);
        let getset_descriptor = mk("getset_descriptor", &object, Layout::Other);
        let wrapper_descriptor = mk("wrapper_descriptor", &object, Layout::Other);
        let method_wrapper = mk("method-wrapper", &object, Layout::Other);
        let mappingproxy = mk("mappingproxy", &object, Layout::Other);
        let cell = mk("cell", &object, Layout::Other);
        let mut iters = FxHashMap::default();
        for name in ITER_TYPES {
            iters.insert(*name, mk(name, &object, Layout::Other));
        }
        let mut exc: FxHashMap<&'static str, ObjRef> = FxHashMap::default();
        for (name, base) in EXCEPTIONS {
            let base = exc.get(base).cloned().unwrap_or_else(|| object.clone());
            let cls = mk(name, &base, Layout::Exception);
            exc.insert(*name, cls);
        }
        // `ExceptionGroup(BaseExceptionGroup, Exception)`, the one builtin with two bases.
        let (beg, exception) = (exc["BaseExceptionGroup"].clone(), exc["Exception"].clone());
        let eg = make_class(
            heap,
            Some(&type_),
            Some(&dict),
            "ExceptionGroup",
            &[beg.clone(), exception.clone()],
            Layout::Exception,
        );
        if let Some(cd) = eg.class_data() {
            *cd.mro.borrow_mut() =
                vec![eg.clone(), beg, exception.clone(), exc["BaseException"].clone(), object.clone()];
        }
        exc.insert("ExceptionGroup", eg);
        Types {
            object,
            type_,
            dict,
            int,
            bool_,
            float,
            complex,
            str_,
            bytes,
            list,
            tuple,
            set,
            frozenset,
            none_type,
            not_implemented_type,
            ellipsis_type,
            function,
            builtin_function,
            method_descriptor,
            method,
            property,
            classmethod,
            staticmethod,
            super_,
            range,
            slice,
            generator,
            module,
            member_descriptor,
            getset_descriptor,
            wrapper_descriptor,
            method_wrapper,
            mappingproxy,
            cell,
            iters,
            exc,
        }
    }

    pub fn exc(&self, name: &str) -> ObjRef {
        self.exc.get(name).cloned().unwrap_or_else(|| self.exc["Exception"].clone())
    }

    pub fn iter_type(&self, name: &str) -> ObjRef {
        self.iters.get(name).cloned().unwrap_or_else(|| self.iters["iterator"].clone())
    }
}

//! The importable modules: `sys`, for the reference-count lessons (`sys.getrefcount`) and the
//! recursion limit, and `gc` (`runtime::gc`). Everything else is `ModuleNotFoundError`, as for
//! a missing module.

use super::function::arg;
use super::function::{BuiltinKind, KwSpec, Kwargs};
use super::interp::Interp;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::Alias;
use std::rc::Rc;

impl Interp {
    /// `import a, b as c`.
    pub fn exec_import(&mut self, names: &[Alias], ctx: &super::scope::Ctx) -> PyResult<()> {
        for alias in names {
            let (top, last) = self.import_dotted(&alias.name)?;
            match &alias.asname {
                Some(name) => self.store_name(name, last, ctx)?,
                None => {
                    let first: Rc<str> = Rc::from(alias.name.split('.').next().unwrap_or(&alias.name));
                    self.store_name(&first, top, ctx)?;
                }
            }
        }
        Ok(())
    }

    /// `import a.b` imports `a`, then `a.b` (an attribute of `a`): the first module and the last.
    fn import_dotted(&mut self, name: &str) -> PyResult<(Value, Value)> {
        let mut path = String::new();
        let mut chain: Vec<Value> = Vec::new();
        for part in name.split('.') {
            // Only a module is a package; anything else in `sys.modules` has no submodules.
            if chain.last().is_some_and(|p| !is_module(p)) {
                return self.import_error(
                    "ModuleNotFoundError",
                    format!("No module named '{path}.{part}'; '{path}' is not a package"),
                    Some(&format!("{path}.{part}")),
                );
            }
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(part);
            let m = self.import_found(&path)?;
            if let Some(Value::Obj(p)) = chain.last() {
                if let Some(d) = p.dict.as_ref().and_then(|d| d.dict_data()) {
                    d.borrow_mut().set_str(Rc::from(part), m.clone());
                }
            }
            chain.push(m);
        }
        match (chain.first(), chain.last()) {
            (Some(top), Some(last)) => Ok((top.clone(), last.clone())),
            _ => self.err("ModuleNotFoundError", "No module named ''"),
        }
    }

    /// What `import name` binds: `sys.modules[name]` when the program has put something there
    /// (any object: replacing a module by an instance is a singleton idiom), else the module.
    fn import_found(&mut self, name: &str) -> PyResult<Value> {
        match self.sys_modules_entry(name) {
            Some(Value::None) => self.import_error(
                "ModuleNotFoundError",
                format!("import of {name} halted; None in sys.modules"),
                Some(name),
            ),
            Some(v) if !is_module(&v) => Ok(v),
            _ => Ok(Value::Obj(self.import_module(name)?)),
        }
    }

    /// `sys.modules[name]`, once `sys` has been imported.
    fn sys_modules_entry(&self, name: &str) -> Option<Value> {
        self.sys_modules.as_ref().and_then(|d| d.dict_data()).and_then(|d| d.borrow().get_str(name).cloned())
    }

    /// `from m import a, b as c`.
    pub fn exec_import_from(&mut self, module: &str, names: &[Alias], ctx: &super::scope::Ctx) -> PyResult<()> {
        let m = match self.import_found(module)? {
            Value::Obj(m) if matches!(m.payload, Payload::Module { .. }) => m,
            other => return self.import_from_object(&other, names, ctx),
        };
        let Some(d) = m.dict.as_ref().and_then(|d| d.dict_data()) else { return Ok(()) };
        for alias in names {
            if &*alias.name == "*" {
                self.store_public_names(public_names(&d.borrow()), ctx)?;
                continue;
            }
            let mut value = d.borrow().get_str(&alias.name).cloned();
            // `from collections import abc`: a submodule.
            if value.is_none() && self.knows_module(&format!("{module}.{}", alias.name)) {
                value = Some(Value::Obj(self.import_module(&format!("{module}.{}", alias.name))?));
            }
            let Some(value) = value else {
                let msg = format!("cannot import name '{}' from '{module}' (unknown location)", alias.name);
                return self.import_error("ImportError", msg, Some(module));
            };
            let bound = alias.asname.clone().unwrap_or_else(|| alias.name.clone());
            self.store_name(&bound, value, ctx)?;
        }
        Ok(())
    }

    /// `from m import *`: binds each name (read before the first store, which may change `m`).
    fn store_public_names(&mut self, items: Vec<(Rc<str>, Value)>, ctx: &super::scope::Ctx) -> PyResult<()> {
        for (k, v) in items {
            self.store_name(&k, v, ctx)?;
        }
        Ok(())
    }

    /// `from name import ...` where `sys.modules[name]` is not a module: its attributes, and
    /// for `*` the public names of its `__dict__`.
    fn import_from_object(&mut self, obj: &Value, names: &[Alias], ctx: &super::scope::Ctx) -> PyResult<()> {
        for alias in names {
            if &*alias.name == "*" {
                let dict = self.getattr_opt(obj, "__dict__")?;
                let Some(d) = dict.as_ref().and_then(|d| self.as_dict_data(d)) else {
                    return self.err("ImportError", "from-import-* object has no __dict__ and no __all__");
                };
                self.store_public_names(public_names(&d.borrow()), ctx)?;
                continue;
            }
            let Some(value) = self.getattr_opt(obj, &alias.name)? else {
                let shown = match self.getattr_opt(obj, "__name__")? {
                    Some(Value::Str(n)) => n.to_string(),
                    _ => "<unknown module name>".to_string(),
                };
                let msg = format!("cannot import name '{}' from '{shown}' (unknown location)", alias.name);
                return self.err("ImportError", msg);
            };
            let bound = alias.asname.clone().unwrap_or_else(|| alias.name.clone());
            self.store_name(&bound, value, ctx)?;
        }
        Ok(())
    }

    /// An import's error, naming the module it was about (`e.name`, set as CPython's import
    /// machinery does).
    fn import_error<T>(&mut self, class: &str, msg: impl AsRef<str>, module: Option<&str>) -> PyResult<T> {
        let e = self.new_exc(class, msg.as_ref());
        if let (Payload::Exception(d), Some(m)) = (&e.payload, module) {
            super::exc_members::set_member(d, "name", Some(Value::str(m)));
        }
        Err(super::Unwind::exception(e))
    }

    /// Whether `import name` finds a module (only the submodules metalab has: `collections.abc`).
    fn knows_module(&self, name: &str) -> bool {
        name == "collections.abc"
    }

    /// The module object (made once per run).
    pub(super) fn import_module(&mut self, name: &str) -> PyResult<ObjRef> {
        // `sys.modules` is where `import` looks first: a program may put a module there.
        if let Some(Value::Obj(m)) = self.sys_modules_entry(name) {
            return Ok(m);
        }
        if let Some(m) = self.modules.get(name).cloned() {
            self.list_in_sys_modules(name, &m);
            return Ok(m);
        }
        // A submodule's package is imported first (which may import the submodule itself).
        if let Some((parent, _)) = name.rsplit_once('.') {
            if self.knows_module(name) {
                self.import_module(parent)?;
                if let Some(m) = self.modules.get(name) {
                    return Ok(m.clone());
                }
            }
        }
        if name == "__main__" {
            // The program's own module: its namespace is the program's globals.
            let dict = self.globals.clone();
            return Ok(self.add_module(name, dict));
        }
        if name == "builtins" {
            // The module's namespace is the builtins themselves: `builtins.x = 1` makes a name
            // every scope sees.
            let dict = self.builtins.clone();
            return Ok(self.add_module(name, dict));
        }
        let entries: Vec<(&str, Value)> = match name {
            "sys" => {
                let (stdout, stderr) = self.std_streams();
                vec![
                    (
                        "getrefcount",
                        self.builtin_fn("getrefcount", "getrefcount", sys_getrefcount, BuiltinKind::Function),
                    ),
                    (
                        "getrecursionlimit",
                        self.builtin_fn(
                            "getrecursionlimit",
                            "getrecursionlimit",
                            sys_getrecursionlimit,
                            BuiltinKind::Function,
                        ),
                    ),
                    (
                        "setrecursionlimit",
                        self.builtin_fn(
                            "setrecursionlimit",
                            "setrecursionlimit",
                            sys_setrecursionlimit,
                            BuiltinKind::Function,
                        ),
                    ),
                    ("intern", self.builtin_fn("intern", "intern", sys_intern, BuiltinKind::Function)),
                    ("exit", self.builtin_fn("exit", "exit", sys_exit, BuiltinKind::Function)),
                    (
                        "exc_info",
                        self.builtin_fn(
                            "exc_info",
                            "exc_info",
                            super::traceback_objects::sys_exc_info,
                            BuiltinKind::Function,
                        ),
                    ),
                    (
                        "exception",
                        self.builtin_fn(
                            "exception",
                            "exception",
                            super::traceback_objects::sys_exception,
                            BuiltinKind::Function,
                        ),
                    ),
                    ("maxsize", Value::int(i64::MAX)),
                    ("stdout", Value::Obj(stdout)),
                    ("stderr", Value::Obj(stderr)),
                ]
            }
            "gc" => super::gc::module_entries(self),
            "abc" => super::abc::module_entries(self)?,
            "threading" => super::threading::module_entries(self)?,
            "functools" => super::functools::module_entries(self)?,
            "itertools" => super::itertools::module_entries(self)?,
            "operator" => super::operator::module_entries(self)?,
            "collections" => super::collections::module_entries(self)?,
            "time" => super::time::module_entries(self),
            "weakref" => super::weakref::module_entries(self)?,
            "atexit" => super::atexit::module_entries(self),
            "math" => super::math::module_entries(self),
            "copy" => super::copy::module_entries(self)?,
            "dataclasses" => super::dataclasses::module_entries(self)?,
            "enum" => super::enums::module_entries(self)?,
            "copyreg" => super::reduce::module_entries(self),
            "random" => super::random::module_entries(self)?,
            "_random" => super::random::core_entries(self)?,
            "typing" => super::typing::module_entries(self)?,
            "collections.abc" => super::typing_abcs::module_entries(self)?,
            "__future__" => {
                let dict = super::native_class::untraced(self, super::future::namespace)?;
                return Ok(self.add_module(name, dict));
            }
            "types" => super::types_module::module_entries(self)?,
            "traceback" => super::traceback_module::module_entries(self),
            _ if super::py_modules::source(name).is_some() => {
                let text = super::py_modules::source(name).unwrap_or_default();
                let dict = super::py_modules::namespace(self, name, text)?;
                return Ok(self.add_module(name, dict));
            }
            _ => {
                // A missing submodule of a module that exists is named in full.
                let top = name.split('.').next().unwrap_or(name);
                let shown = if top != name && self.import_module(top).is_ok() { name } else { top };
                return self.import_error("ModuleNotFoundError", format!("No module named '{shown}'"), Some(shown));
            }
        };
        let dict = self.new_dict_obj();
        if let Some(d) = dict.dict_data() {
            let mut d = d.borrow_mut();
            d.set_str(Rc::from("__name__"), Value::str(name));
            for (key, value) in entries {
                d.set_str(Rc::from(key), value);
            }
        }
        let module = self.add_module(name, dict);
        if name == "sys" {
            self.make_sys_modules(&module)?;
        }
        if name == "collections" {
            // CPython has imported `collections.abc` by the time a program runs.
            let abc = self.import_module("collections.abc")?;
            if let Some(d) = module.dict.as_ref().and_then(|d| d.dict_data()) {
                d.borrow_mut().set_str(Rc::from("abc"), Value::Obj(abc));
            }
        }
        Ok(module)
    }

    /// The module `name` with namespace `dict`, imported from now on.
    fn add_module(&mut self, name: &str, dict: ObjRef) -> ObjRef {
        let module = self.heap.alloc(Some(self.t.module.clone()), Some(dict), Payload::Module { name: Rc::from(name) });
        self.modules.insert(name.to_string(), module.clone());
        self.list_in_sys_modules(name, &module);
        module
    }

    /// `sys.modules`, made when `sys` is first imported: the modules imported so far, with
    /// `builtins` and `__main__`, which CPython has before the program runs.
    fn make_sys_modules(&mut self, sys: &ObjRef) -> PyResult<()> {
        let dict = self.new_dict_obj();
        self.sys_modules = Some(dict.clone());
        let mut names: Vec<String> = self.modules.keys().filter(|n| *n != "sys").cloned().collect();
        names.sort();
        // Importing (or finding) each one lists it.
        for name in ["sys", "builtins", "__main__"].into_iter().map(String::from).chain(names) {
            self.import_module(&name)?;
        }
        if let Some(d) = sys.dict.as_ref().and_then(|d| d.dict_data()) {
            d.borrow_mut().set_str(Rc::from("modules"), Value::Obj(dict));
        }
        Ok(())
    }

    fn list_in_sys_modules(&mut self, name: &str, module: &ObjRef) {
        if let Some(d) = self.sys_modules.as_ref().and_then(|d| d.dict_data()) {
            let mut d = d.borrow_mut();
            if d.get_str(name).is_none() {
                d.set_str(Rc::from(name), Value::Obj(module.clone()));
            }
        }
    }
}

/// `types.ModuleType.__new__`: a module with an empty namespace; `__init__` names it. Its
/// payload name is empty, which tells it from an imported module.
pub fn module_new(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else { return it.type_error("module.__new__(): not enough arguments") };
    let cls = cls.clone();
    let dict = it.new_dict_obj();
    Ok(Value::Obj(it.heap.alloc(Some(cls), Some(dict), Payload::Module { name: Rc::from("") })))
}

/// `types.ModuleType(name, doc=None)`: the namespace an import would start with.
pub fn module_init(it: &mut Interp, mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(me)) = args.first().cloned() else {
        return it.type_error("descriptor '__init__' of 'module' object needs an argument");
    };
    args.remove(0);
    if args.len() + kwargs.len() > 2 {
        return it.type_error(format!("module() takes at most 2 arguments ({} given)", args.len() + kwargs.len()));
    }
    let mut params = [None, None];
    for (i, name) in ["name", "doc"].into_iter().enumerate() {
        let by_name = super::builtins::take_kw(&mut kwargs, name);
        params[i] = match (args.get(i), by_name) {
            (Some(_), Some(_)) => {
                return it
                    .type_error(format!("argument for module() given by name ('{name}') and position ({})", i + 1))
            }
            (Some(v), None) => Some(v.clone()),
            (None, v) => v,
        };
    }
    super::builtins::unexpected_kw(it, "module", &kwargs)?;
    let [name, doc] = params;
    let name = match name {
        Some(n @ Value::Str(_)) => n,
        Some(other) => {
            let tn = it.type_name(&other);
            return it.type_error(format!("module() argument 'name' must be str, not {tn}"));
        }
        None => return it.type_error("module() missing required argument 'name' (pos 1)"),
    };
    if let Some(d) = me.dict.as_ref().and_then(|d| d.dict_data()) {
        let mut d = d.borrow_mut();
        d.set_str(Rc::from("__name__"), name);
        d.set_str(Rc::from("__doc__"), doc.unwrap_or(Value::None));
        for key in ["__package__", "__loader__", "__spec__"] {
            d.set_str(Rc::from(key), Value::None);
        }
    }
    Ok(Value::None)
}

/// `module.__repr__`, which a subclass of `types.ModuleType` inherits.
pub fn module_repr(it: &mut Interp, args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Module { .. }) => {
            let o = o.clone();
            Ok(Value::Str(it.native_repr(&o)?))
        }
        _ => it.type_error("descriptor '__repr__' requires a 'module' object"),
    }
}

/// `sys.getrefcount(obj)`: the references to `obj`, counting the argument itself, as CPython.
/// Objects are `Rc`s, so this is their strong count: the caller's references plus the argument,
/// less the attribute caches' (CPython's type cache holds borrowed references).
fn sys_getrefcount(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "getrefcount", &kwargs)?;
    super::builtins::arity(it, "getrefcount", &args, 1, 1)?;
    let n = match arg(&args, 0) {
        Value::Obj(o) => {
            Rc::strong_count(o) - it.cached_refs(|v| matches!(v, Value::Obj(x) if Rc::ptr_eq(x, o)))
                + class_back_refs(it, o)
        }
        // The interned table's reference is not counted, as in CPython.
        Value::Str(s) => it.str_refcount(s),
        // Small ints, None and bools are shared by the whole CPython process: their counts say
        // nothing about the program, and metalab does not share them.
        _ => return it.err("NotImplementedError", "metalab counts references only to objects and strings"),
    };
    Ok(Value::int(n as i64))
}

/// The references CPython's class objects hold to a user class that metalab's do not: each
/// `__dict__`/`__weakref__` getset and `__slots__` member in its own dict (CPython's descriptors
/// keep their class alive, metalab's name it), and each subclass's `__base__` (CPython keeps
/// `tp_base` besides the `__bases__` tuple).
fn class_back_refs(it: &Interp, o: &ObjRef) -> usize {
    if o.class_data().is_none_or(|cd| cd.builtin) {
        return 0;
    }
    let own = o.dict.as_ref().and_then(|d| d.dict_data()).map_or(0, |d| {
        d.borrow()
            .values()
            .into_iter()
            .filter(|v| matches!(v, Value::Obj(x) if matches!(x.payload, Payload::GetSet { .. } | Payload::SlotMember { .. })))
            .count()
    });
    let based = it
        .heap
        .objects_alive()
        .filter(|c| {
            c.class_data()
                .is_some_and(|cd| !cd.bases.borrow().is_empty() && Rc::ptr_eq(&it.best_base(&cd.bases.borrow()), o))
        })
        .count();
    own + based
}

/// `sys.exit(status=None)`: raises `SystemExit(status)`.
pub(super) fn sys_exit(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "exit", &kwargs)?;
    super::builtins::arity(it, "exit", &args, 0, 1)?;
    let cls = it.t.exc("SystemExit");
    let args = it.tuple(args);
    Err(super::Unwind::exception(it.new_exc_obj(&cls, args)))
}

/// `sys.intern(s)`: the one interned string equal to `s`, which becomes it if there is none yet.
/// The module's identifier-like constants are interned from the start, as CPython's compiler
/// interns them.
fn sys_intern(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "sys.intern", &kwargs)?;
    super::builtins::arity(it, "sys.intern", &args, 1, 1)?;
    match arg(&args, 0) {
        Value::Str(s) => match it.interned.get(s) {
            Some(found) => Ok(Value::Str(found.clone())),
            None => {
                it.interned.insert(s.clone());
                Ok(arg(&args, 0).clone())
            }
        },
        Value::Obj(o) if matches!(o.payload, Payload::Boxed(Value::Str(_))) => {
            let tn = it.type_name(arg(&args, 0));
            it.type_error(format!("can't intern {tn}"))
        }
        // Argument Clinic names None itself rather than its type.
        Value::None => it.type_error("intern() argument must be str, not None"),
        other => {
            let tn = it.type_name(other);
            it.type_error(format!("intern() argument must be str, not {tn}"))
        }
    }
}

fn sys_getrecursionlimit(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "getrecursionlimit", &kwargs)?;
    super::builtins::arity(it, "getrecursionlimit", &args, 0, 0)?;
    Ok(Value::int(it.requested_recursion_limit as i64))
}

/// `sys.setrecursionlimit(n)`, with CPython's checks. A limit above `RECURSION_LIMIT` is
/// recorded (and read back) but frames stop there.
fn sys_setrecursionlimit(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::builtins::no_kwargs(it, "setrecursionlimit", &kwargs)?;
    super::builtins::arity(it, "setrecursionlimit", &args, 1, 1)?;
    let n = it.index_arg(arg(&args, 0))?;
    if n < 1 {
        return it.value_error("recursion limit must be greater or equal than 1");
    }
    // The builtin call itself is one level in CPython.
    let depth = it.depth + 1;
    if n <= depth as i64 {
        return it.err(
            "RecursionError",
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        );
    }
    it.requested_recursion_limit = n.min(u32::MAX as i64) as u32;
    Ok(Value::None)
}

static IMPORT: KwSpec = KwSpec { names: &IMPORT_PARAMS, posonly: 0, minpos: 1, maxpos: 5 };
const IMPORT_PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: what an `import`
/// statement calls in CPython; the package for `import a.b`, the submodule with a `fromlist`.
pub(super) fn b_import(it: &mut Interp, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let [name, globals, _, fromlist, level] =
        super::native_class::bind::<5>(it, "__import__", &IMPORT_PARAMS, 1, &[], args, kwargs)?;
    let Some(Value::Str(name)) = name else { return it.type_error("module name must be a string") };
    let level = match level {
        Some(l) => it.index_arg(&l)?,
        None => 0,
    };
    if level < 0 {
        return it.value_error("level must be >= 0");
    }
    if level > 0 {
        if globals.is_none_or(|g| it.as_dict_data(&g).is_none()) {
            return it.type_error("globals must be a dict");
        }
        return it.err("ImportError", "attempted relative import with no known parent package");
    }
    if name.is_empty() {
        return it.value_error("Empty module name");
    }
    let (top, last) = it.import_dotted(&name)?;
    let wants_last = match &fromlist {
        Some(f) => it.truthy(f)?,
        None => false,
    };
    Ok(if wants_last { last } else { top })
}

/// The signature `b_import` is called with (`install` registers it).
pub(super) fn import_sig() -> super::function::Sig {
    super::function::Sig::Keywords(&IMPORT)
}

/// Whether `v` is a module object (imported, or made with `types.ModuleType`).
fn is_module(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Module { .. }))
}

/// The names `import *` takes from a namespace: those not starting with `_`.
fn public_names(d: &super::dict::DictData) -> Vec<(Rc<str>, Value)> {
    d.iter()
        .filter_map(|e| match &e.key {
            Value::Str(k) if !k.starts_with('_') => Some((k.clone(), e.value.clone())),
            _ => None,
        })
        .collect()
}

//! One sentence, in English or Chinese, saying what a step does.

use super::Run;
use crate::i18n::Lang;
use metalab::trace::{Event, EventKind, ObjRef};

/// `Foo` from `<class 'Foo'>`; otherwise the repr itself.
pub fn class_name(obj: &ObjRef) -> &str {
    obj.repr.strip_prefix("<class '").and_then(|s| s.strip_suffix("'>")).unwrap_or(&obj.repr)
}

fn method(qualname: &str) -> &str {
    qualname.rsplit('.').next().unwrap_or(qualname)
}

/// Explains event `step`: what runs, and why (for a class call: whether `__init__` runs).
pub fn explain(run: &Run, step: usize, lang: Lang) -> String {
    let Some(ev) = run.result.events.get(step) else { return String::new() };
    let zh = lang == Lang::Zh;
    let q = ev.qualname.as_str();
    let recv = ev.receiver.as_ref();
    let recv_name = recv.map(class_name).unwrap_or("?");
    let mut s = match ev.kind {
        EventKind::Call => explain_call(run, step, ev, q, recv_name, zh),
        EventKind::Return => explain_return(run, step, ev, q, zh),
        EventKind::Raise => {
            let what = ev.result.as_deref().unwrap_or("?");
            if zh {
                format!("{q} 抛出 {what}，异常交给调用者处理")
            } else {
                format!("{q} raises {what}, and the exception goes up to its caller")
            }
        }
        EventKind::Lookup => {
            let attr = ev.attr.as_deref().unwrap_or("?");
            let on = recv.map(|r| r.repr.as_str()).unwrap_or("?");
            let found = ev.found.as_deref().unwrap_or("?");
            if found.starts_with("super()") {
                if zh {
                    format!("super() 沿着 MRO 往后找 .{attr}：{found}")
                } else {
                    format!("super() continues along the MRO for .{attr}: {found}")
                }
            } else if zh {
                format!("在 {on} 上查找属性 .{attr}，找到位置：{found}")
            } else {
                format!("Looking up .{attr} on {on}: found in {found}")
            }
        }
    };
    if let Some(module) = python_module(q).filter(|_| ev.builtin) {
        s.push_str(&if zh {
            format!("（CPython 在 {module} 模块中完成这一步）")
        } else {
            format!(" (CPython does this in its {module} module)")
        });
    } else if ev.builtin {
        s.push_str(if zh { "（CPython 在 C 中完成这一步）" } else { " (CPython does this in C)" });
    }
    if !zh {
        s.push('.');
    } else {
        s.push('。');
    }
    s
}

/// The module of a step CPython runs as Python code, not C: `Lib/abc.py` (around the C
/// module `_abc`), `Lib/threading.py`, `Lib/functools.py` (`partial` is C), `Lib/weakref.py`
/// (`finalize`; `ref` is C), `Lib/copy.py`, `Lib/copyreg.py`, `Lib/typing.py`, `Lib/enum.py`
/// and `Lib/contextlib.py`.
fn python_module(q: &str) -> Option<&'static str> {
    if q.starts_with("ABCMeta.") || q == "abstractmethod" {
        Some("abc")
    } else if q.starts_with("Thread.") {
        Some("threading")
    } else if q.starts_with("functools.") || q.starts_with("cached_property.") {
        Some("functools")
    } else if q.starts_with("finalize.") {
        Some("weakref")
    } else if q.starts_with("copy.") {
        Some("copy")
    } else if q.starts_with("copyreg.") {
        Some("copyreg")
    } else if TYPING_CLASSES.iter().any(|c| q.strip_prefix(c).is_some_and(|m| m.starts_with('.'))) || q == "NamedTuple"
    {
        Some("typing")
    } else if ENUM_CLASSES.iter().any(|c| q.strip_prefix(c).is_some_and(|m| m.starts_with('.'))) || q == "unique" {
        Some("enum")
    } else if CONTEXTLIB_CLASSES.iter().any(|c| q.strip_prefix(c).is_some_and(|m| m.starts_with('.')))
        || q == "contextmanager"
    {
        Some("contextlib")
    } else {
        None
    }
}

/// The `contextlib` classes, and `contextmanager`'s helper (`Lib/contextlib.py` in CPython;
/// metalab runs its own Python text of it). `io.StringIO` and `open` are C in CPython.
const CONTEXTLIB_CLASSES: &[&str] = &[
    "contextmanager.<locals>",
    "_GeneratorContextManager",
    "_GeneratorContextManagerBase",
    "ContextDecorator",
    "AbstractContextManager",
    "closing",
    "suppress",
    "nullcontext",
    "_RedirectStream",
];

/// The `enum` classes (`Lib/enum.py` in CPython; metalab runs its own Python text of it).
const ENUM_CLASSES: &[&str] = &["EnumType", "_EnumDict", "_proto_member", "Enum", "StrEnum", "Flag", "auto"];

/// The `typing` classes whose steps metalab traces (`Lib/typing.py` in CPython).
const TYPING_CLASSES: &[&str] = &[
    "Generic",
    "Protocol",
    "_ProtocolMeta",
    "_BaseGenericAlias",
    "_GenericAlias",
    "_SpecialGenericAlias",
    "_UnionGenericAlias",
    "_CallableType",
    "_TupleType",
    "_SpecialForm",
    "_LiteralSpecialForm",
    "TypeVar",
    "NewType",
    "NamedTupleMeta",
    "_TypedDictMeta",
];

/// What the steps of the modules metalab writes natively (`abc`, `threading`, `functools`,
/// `collections`, `copy`) do, if `q` is one.
fn explain_module(q: &str, zh: bool) -> Option<&'static str> {
    Some(match (q, zh) {
        ("ABCMeta.__new__", true) => "ABCMeta.__new__ 先用 type.__new__ 创建类，再收集它的抽象方法：类体里用 @abstractmethod 标记的，以及父类中仍未实现的，存入 __abstractmethods__；只要它不为空，object.__new__ 就拒绝创建实例",
        ("ABCMeta.__new__", false) => "ABCMeta.__new__ creates the class with type.__new__, then collects its abstract methods (those marked @abstractmethod in the body, and the bases' ones it still does not implement) into __abstractmethods__; while that is not empty, object.__new__ refuses to make an instance",
        ("ABCMeta.__instancecheck__", true) => "isinstance(...) 交给元类决定：ABCMeta.__instancecheck__ 用 __subclasscheck__ 检查这个对象的类",
        ("ABCMeta.__instancecheck__", false) => "isinstance(...) asks the metaclass: ABCMeta.__instancecheck__ checks the object's class with __subclasscheck__",
        ("ABCMeta.__subclasscheck__", true) => "ABCMeta.__subclasscheck__ 依次查看：缓存、__subclasshook__、MRO、用 register 注册的虚拟子类、真正的子类",
        ("ABCMeta.__subclasscheck__", false) => "ABCMeta.__subclasscheck__ asks, in order: its caches, __subclasshook__, the MRO, the virtual subclasses added with register, the real subclasses",
        ("ABCMeta.register", true) => "register 把一个类登记为虚拟子类：isinstance 和 issubclass 会返回 True，但它不在 MRO 里，也不继承任何东西",
        ("ABCMeta.register", false) => "register makes a class a virtual subclass: isinstance and issubclass say True, but it is not in the MRO and inherits nothing",
        ("abstractmethod", true) => "@abstractmethod 只是给函数设置 __isabstractmethod__ = True；真正起作用的是 ABCMeta.__new__ 读取这个标记",
        ("abstractmethod", false) => "@abstractmethod only sets __isabstractmethod__ = True on the function; ABCMeta.__new__ is what reads it",
        ("Thread.__init__", true) => "Thread.__init__ 只是记下 target、args 和线程名，线程还没有开始运行",
        ("Thread.__init__", false) => "Thread.__init__ only records the target, its args and the thread's name; nothing runs yet",
        ("Thread.start", true) => "start() 启动一个新线程，新线程调用 run()；metalab 让它一口气运行到结束再回到主线程，就像一个很短的任务在 CPython 中通常的顺序",
        ("Thread.start", false) => "start() starts a new thread, which calls run(); metalab runs it to its end before the main thread goes on, the order a short task usually gets in CPython",
        ("Thread.run", true) => "run() 调用 target(*args, **kwargs)；子类可以重写 run()",
        ("Thread.run", false) => "run() calls target(*args, **kwargs); a subclass may override run() instead",
        ("functools.update_wrapper", true) => "update_wrapper 把被包装对象的 __module__、__name__、__qualname__、__doc__ 复制到包装函数上，合并它的 __dict__，并设置 __wrapped__：名字看起来没变，但它已经是另一个对象了",
        ("functools.update_wrapper", false) => "update_wrapper copies __module__, __name__, __qualname__ and __doc__ from the wrapped object onto the wrapper, merges its __dict__ and sets __wrapped__: the name looks the same, but it is another object now",
        ("functools.total_ordering", true) => "total_ordering 找到类自己定义的比较方法（依次优先 __lt__、__le__、__gt__、__ge__），再用它和 __eq__ 生成另外三个",
        ("functools.total_ordering", false) => "total_ordering finds the ordering method the class defines (preferring __lt__, then __le__, __gt__, __ge__) and adds the other three, each computed from it and __eq__",
        ("cached_property.__get__", true) => "cached_property 是非数据描述符（有 __get__ 没有 __set__）：第一次查找时调用函数，并把结果以同名存入实例的 __dict__；以后实例 __dict__ 先被找到，不会再走到 __get__",
        ("cached_property.__get__", false) => "cached_property is a non-data descriptor (__get__ but no __set__): the first lookup calls the function and stores the result in the instance __dict__ under the same name; later lookups find it there and never reach __get__",
        ("partial.__call__", true) => "partial 调用它保存的函数：先传入保存的参数，再传入这次的参数；这次给的关键字参数覆盖保存的",
        ("defaultdict.__missing__", true) => "d[key] 没有找到这个键；dict 的子类定义了 __missing__，所以 dict.__getitem__ 调用它：defaultdict 调用 default_factory()，把结果存到这个键下并返回",
        ("defaultdict.__missing__", false) => "d[key] found no such key; a dict subclass that defines __missing__ gets called by dict.__getitem__: defaultdict calls default_factory(), stores the result under the key and returns it",
        ("finalize.__call__", true) => "finalize 对象被调用（对象死亡时由它的弱引用回调，或手动调用，或在退出时）：它从登记表中移除自己，然后调用 func(*args, **kwargs)；之后再调用什么也不做",
        ("finalize.__call__", false) => "The finalizer is called (by its weak reference when the object dies, by hand, or at exit): it leaves the registry and calls func(*args, **kwargs); calling it again does nothing",
        ("partial.__call__", false) => "A partial calls its stored function with the stored arguments first, then these; keywords given now override stored ones",
        ("copy.copy", true) => "copy.copy 依次寻找复制的办法：内置类型表（不可变的原样返回，list、dict、set 调用 .copy()），类的 __copy__，copyreg.dispatch_table，最后是 reduce 协议：__reduce_ex__(4) 说明怎样重建这个对象",
        ("copy.copy", false) => "copy.copy looks for a way to copy the object, in order: its table of builtin types (immutable ones come back as they are, list, dict and set get .copy()), the class's __copy__, copyreg.dispatch_table, then the reduce protocol: __reduce_ex__(4) says how to rebuild the object",
        ("copy.deepcopy", true) => "deepcopy 先查 memo（以 id 为键）：这个对象已经复制过就直接返回那份副本，所以共享的部分仍然共享，环仍然是环；否则按类型、__deepcopy__(memo) 或 reduce 协议复制，并把各部分也深复制",
        ("copy.deepcopy", false) => "deepcopy first asks the memo (keyed by id) whether this object was copied already, so shared parts stay shared and cycles stay cycles; otherwise it copies by type, __deepcopy__(memo) or the reduce protocol, deep-copying the parts too",
        ("copy._reconstruct", true) => "_reconstruct 按 __reduce_ex__ 的返回值重建对象：调用它指定的构造函数（copyreg.__newobj__ 只调用 cls.__new__，所以 __init__ 不会执行），再用 __setstate__ 或更新 __dict__ 恢复状态",
        ("copy._reconstruct", false) => "_reconstruct rebuilds the object from what __reduce_ex__ returned: it calls the callable named there (copyreg.__newobj__ calls only cls.__new__, so __init__ does not run), then puts the state back with __setstate__ or by updating __dict__",
        ("copyreg.__newobj__", true) => "copyreg.__newobj__ 只调用 cls.__new__(cls)：副本被创建出来，但 __init__ 不会执行",
        ("copyreg.__newobj__", false) => "copyreg.__newobj__ calls cls.__new__(cls) and nothing else: the copy is created without running __init__",
        ("copyreg.__newobj_ex__", true) => "copyreg.__newobj_ex__ 用 __getnewargs_ex__ 给出的参数调用 cls.__new__；__init__ 不会执行",
        ("copyreg.__newobj_ex__", false) => "copyreg.__newobj_ex__ calls cls.__new__ with the arguments __getnewargs_ex__ gave; __init__ does not run",
        ("copyreg._reconstructor", true) => "copyreg._reconstructor（协议 0 和 1）用 object.__new__(cls) 创建对象，或者调用内置基类的 __new__ 和 __init__",
        ("copyreg._reconstructor", false) => "copyreg._reconstructor (protocols 0 and 1) makes the object with object.__new__(cls), or with the builtin base class's __new__ and __init__",
        ("object.__reduce_ex__", true) => "object.__reduce_ex__ 先看类是否有自己的 __reduce__，有就调用它；否则返回 (copyreg.__newobj__, (cls,), 状态, ...)，状态来自 __getstate__()：实例的 __dict__",
        ("object.__reduce_ex__", false) => "object.__reduce_ex__ calls the class's own __reduce__ if it has one; otherwise it returns (copyreg.__newobj__, (cls,), state, ...), the state being what __getstate__() gives: the instance __dict__",
        ("Generic.__class_getitem__", true) => "Stack[int] 调用 Generic.__class_getitem__（Generic[T] 也是）：它检查参数与类的类型变量是否对应，返回一个别名对象 typing._GenericAlias，记住原来的类（__origin__）和参数（__args__）；类本身没有任何改变",
        ("Generic.__class_getitem__", false) => "Stack[int] calls Generic.__class_getitem__ (so does Generic[T]): it checks the arguments against the class's type variables and returns an alias, a typing._GenericAlias that remembers the class (__origin__) and the arguments (__args__); the class itself does not change",
        ("_GenericAlias.__mro_entries__", true) => "class 语句里不是类的基类会被问 __mro_entries__（PEP 560）：Generic[T] 回答 Generic，Stack[int] 回答 Stack；class 语句用它们作为真正的基类，并把原来写的基类保存在 __orig_bases__ 中",
        ("_GenericAlias.__mro_entries__", false) => "A base in a class statement that is not a class is asked for __mro_entries__ (PEP 560): Generic[T] answers Generic, Stack[int] answers Stack; the class statement uses those as the real bases and keeps the ones written in __orig_bases__",
        ("Generic.__init_subclass__", true) => "每创建一个 Generic 的子类都会调用 Generic.__init_subclass__：它从原来写的基类（__orig_bases__）中收集类型变量，存入类的 __parameters__，并检查 Generic[...] 列出了其中每一个",
        ("Generic.__init_subclass__", false) => "Generic.__init_subclass__ runs for every new subclass: it collects the type variables of the bases as written (__orig_bases__) into the class's __parameters__, and checks that Generic[...] lists each of them",
        ("_BaseGenericAlias.__call__", true) => "调用别名就是调用它原来的类（Stack[int]() 创建一个 Stack），然后把新对象的 __orig_class__ 设为这个别名；类型参数不会被检查",
        ("_BaseGenericAlias.__call__", false) => "Calling an alias calls the class it stands for (Stack[int]() makes a Stack), then sets the new object's __orig_class__ to the alias; the type arguments are not checked",
        ("_SpecialGenericAlias.__getitem__", true) => "List[int] 检查参数（个数，以及每个参数能否当作类型），返回一个 __origin__ 为 list 的 typing._GenericAlias；这样写的注解只被记录下来，运行时从不检查",
        ("_SpecialGenericAlias.__getitem__", false) => "List[int] checks the arguments (how many, and that each can stand as a type) and returns a typing._GenericAlias whose __origin__ is list; annotations written like this are only recorded, never checked at run time",
        ("EnumType.__prepare__", true) => "class 语句先调用元类的 __prepare__ 取得类体的命名空间：EnumType 返回一个 _EnumDict，它记录每个成员名（按顺序），解析 auto()，并拒绝重复的名字",
        ("EnumType.__prepare__", false) => "The class statement first asks the metaclass's __prepare__ for the body's namespace: EnumType returns an _EnumDict, which records each member name in order, resolves auto() and refuses a name used twice",
        ("_EnumDict.__setitem__", true) => "类体中的每个赋值都经过 _EnumDict.__setitem__：普通值记为成员，函数、描述符和 __dunder__ 名字不是成员",
        ("_EnumDict.__setitem__", false) => "Every assignment in the class body goes through _EnumDict.__setitem__: a plain value is recorded as a member; functions, descriptors and __dunder__ names are not",
        ("EnumType.__new__", true) => "EnumType.__new__ 把每个成员的值包进 _proto_member，再调用 type.__new__ 创建类；type.__new__ 调用它们的 __set_name__，成员就在那时被创建",
        ("EnumType.__new__", false) => "EnumType.__new__ wraps each member's value in a _proto_member, then calls type.__new__ to make the class; type.__new__ calls their __set_name__, which is where the members are made",
        ("_proto_member.__set_name__", true) => "__set_name__ 创建成员：一个枚举类的实例（用 object.__new__ 或类自己的 __new__），设置 _value_ 和 _name_，调用 __init__；值相同的名字成为别名，指向同一个对象",
        ("_proto_member.__set_name__", false) => "__set_name__ makes the member, an instance of the enum class (through object.__new__ or the class's own __new__), sets _value_ and _name_ and calls __init__; a name with an equal value becomes an alias of the same object",
        ("EnumType.__call__", true) => "Color(1) 调用元类的 __call__：EnumType.__call__ 不创建新实例，而是通过 Enum.__new__ 按值查找已有的成员（给出名字列表时则创建一个新的枚举类）",
        ("EnumType.__call__", false) => "Color(1) calls the metaclass's __call__: EnumType.__call__ makes no new instance but looks the value up through Enum.__new__ (given names, it makes a new enum class instead)",
        ("Enum.__new__", true) => "Enum.__new__ 在 _value2member_map_ 中按值查找成员，找不到就问 _missing_，再不行就抛出 ValueError：成员是单例，同一个值总是同一个对象",
        ("Enum.__new__", false) => "Enum.__new__ finds the member by value in _value2member_map_, asks _missing_ if there is none, and raises ValueError if that fails too: members are singletons, one object per value",
        _ => return None,
    })
}

fn explain_call(run: &Run, step: usize, ev: &Event, q: &str, recv_name: &str, zh: bool) -> String {
    if let Some(s) = explain_module(q, zh) {
        return s.to_string();
    }
    let recv_is_metaclass = ev.receiver.as_ref().is_some_and(|r| run.is_metaclass(r.id));
    let recv_repr = ev.receiver.as_ref().map(|r| r.repr.as_str()).unwrap_or("?");
    let in_collect = || {
        let parent = run.parent.get(step).copied().flatten().and_then(|p| run.result.events.get(p));
        parent.is_some_and(|p| p.builtin && p.qualname == "gc.collect")
    };
    match (q, method(q)) {
        ("gc.collect", _) => {
            if zh {
                "gc.collect() 寻找只被彼此引用的对象（没有任何变量能到达的环），先调用它们的 __del__，再释放它们"
                    .to_string()
            } else {
                "gc.collect() looks for objects that only refer to each other (a cycle no variable can reach), calls their __del__, then frees them".to_string()
            }
        }
        (_, "__del__") if in_collect() => {
            if zh {
                format!("{recv_repr} 在一个没有任何变量能到达的引用环里，它的引用计数永远不会变成 0；gc.collect() 找到了它，在释放之前调用 {q}")
            } else {
                format!("{recv_repr} is in a reference cycle no variable can reach, so its count never reaches 0; gc.collect() found it and calls {q} before freeing it")
            }
        }
        ("type.__call__", _) if recv_is_metaclass => {
            if zh {
                format!("class 语句调用元类 {recv_name} 来创建类：type.__call__ 先调用 __new__，再调用 __init__")
            } else {
                format!("The class statement calls the metaclass {recv_name} to create the class: type.__call__ runs __new__, then __init__")
            }
        }
        ("type.__call__", _) => {
            if zh {
                format!("调用 {recv_name}(...)：type.__call__ 先调用 {recv_name}.__new__ 创建对象，再对它调用 __init__")
            } else {
                format!("Calling {recv_name}(...): type.__call__ first calls {recv_name}.__new__ to create the object, then __init__ on it")
            }
        }
        (_, "__call__") if !ev.builtin && ev.receiver.is_some() => {
            if zh {
                format!("调用 {recv_name}(...)：它的元类定义了 __call__，所以执行 {q} 而不是 type.__call__")
            } else {
                format!(
                    "Calling {recv_name}(...): its metaclass defines __call__, so {q} runs instead of type.__call__"
                )
            }
        }
        ("type.__new__", _) => {
            if zh {
                "type.__new__ 用类体得到的命名空间构造出类对象".to_string()
            } else {
                "type.__new__ builds the class object from the namespace the class body filled".to_string()
            }
        }
        (_, "__new__") => {
            if zh {
                format!("{q} 创建新对象；它收到的是类 {recv_name}，而不是实例")
            } else {
                format!("{q} creates the new object; it receives the class {recv_name}, not an instance")
            }
        }
        (_, "__init__") => {
            if zh {
                format!("{q} 初始化 __new__ 返回的对象 {recv_repr}")
            } else {
                format!("{q} initialises {recv_repr}, the object __new__ returned")
            }
        }
        (_, "__prepare__") => {
            if zh {
                format!("{q} 为即将执行的类体准备命名空间")
            } else {
                format!("{q} prepares the namespace the class body will fill")
            }
        }
        (_, "__init_subclass__") => {
            if zh {
                format!("新建了一个子类，于是父类的 {q} 被调用")
            } else {
                format!("A new subclass was created, so the parent's {q} is called")
            }
        }
        (_, "__del__") => {
            if zh {
                format!("{recv_repr} 的最后一个引用刚刚消失（引用计数变为 0），所以 Python 调用 {q}")
            } else {
                format!(
                    "The last reference to {recv_repr} just went away (its reference count reached 0), so Python calls {q}"
                )
            }
        }
        (_, "__set_name__") => {
            if zh {
                format!("类创建时，type.__new__ 对类体里的描述符调用 {q}")
            } else {
                format!("While creating the class, type.__new__ calls {q} on a descriptor in the class body")
            }
        }
        _ if !q.contains('.') && run.is_class_name(q) => {
            if zh {
                format!("执行 class {q} 的类体：其中的赋值和 def 填充类的命名空间")
            } else {
                format!("Running the body of class {q}: its assignments and defs fill the class namespace")
            }
        }
        _ => match ev.receiver.as_ref() {
            Some(r) if zh => format!("调用 {q}，self 是 {}", r.repr),
            Some(r) => format!("Calling {q} with self = {}", r.repr),
            None if zh => format!("调用 {q}"),
            None => format!("Calling {q}"),
        },
    }
}

fn explain_return(run: &Run, step: usize, ev: &Event, q: &str, zh: bool) -> String {
    let result = ev.result.as_deref().unwrap_or("None");
    let call = run.partner.get(step).copied().flatten().and_then(|i| run.result.events.get(i));
    let cls = call.and_then(|c| c.receiver.as_ref());
    let cls_name = cls.map(class_name).unwrap_or("?");
    let init_skipped = |e: &Event| new_returned_foreign(run, e, cls);
    if method(q) == "__new__" && init_skipped(ev) {
        return if zh {
            format!("__new__ 返回的 {result} 不是 {cls_name} 的实例，所以不会调用 __init__")
        } else {
            format!("__new__ returned {result}, which is not a {cls_name}, so __init__ will be skipped")
        };
    }
    if method(q) == "__call__" {
        // Did this call's `__new__` return a non-instance?
        let skipped = run
            .children_of(step)
            .into_iter()
            .filter_map(|i| run.result.events.get(i))
            .any(|e| e.kind == EventKind::Return && method(&e.qualname) == "__new__" && init_skipped(e));
        if skipped {
            return if zh {
                format!("__new__ 返回的对象不是 {cls_name}，所以 __init__ 被跳过；{cls_name}(...) 的结果是 {result}")
            } else {
                format!("`__new__` returned an object that is not a `{cls_name}`, so `__init__` is skipped and {cls_name}(...) gives {result}")
            };
        }
        if cls.is_some() {
            return if zh {
                format!("{q} 结束：{cls_name}(...) 的结果是 {result}")
            } else {
                format!("{q} is done: {cls_name}(...) gives {result}")
            };
        }
    }
    if !q.contains('.') && run.is_class_name(q) {
        return if zh {
            format!("class {q} 的类体执行完毕，接下来由元类用这个命名空间创建类")
        } else {
            format!("The body of class {q} is done; next the metaclass creates the class from its namespace")
        };
    }
    if zh {
        format!("{q} 返回 {result}")
    } else {
        format!("{q} returns {result}")
    }
}

/// Whether a `__new__` return gave something that is not an instance of `cls`: the trace says so
/// (`found`: "__init__ skipped: ..."), or the object table shows the result's class does not
/// have `cls` in its MRO.
fn new_returned_foreign(run: &Run, ret: &Event, cls: Option<&ObjRef>) -> bool {
    if ret.found.as_deref().is_some_and(|f| f.contains("__init__ skipped")) {
        return true;
    }
    let (Some(obj), Some(cls)) = (ret.result_obj.as_ref(), cls) else { return false };
    let class_of = run.object(obj.id).and_then(|o| if o.kind == "class" { o.metaclass } else { o.class });
    match class_of.and_then(|c| run.object(c)) {
        Some(info) => !info.mro.contains(&cls.id) && info.id != cls.id,
        None => false,
    }
}

//! Item access, membership and length for builtin containers and user `__getitem__` & co.
//! Dict and set lookups hash and compare keys with no borrow held, so a user `__eq__` or
//! `__hash__` may safely touch the same dict.

use super::dict::DictData;
use super::interp::Interp;
use super::numbers::{as_i64, MAX_ITEMS};
use super::refcell::RefCell;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use std::rc::Rc;

impl Interp {
    fn builtin_type(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => o.class().class_data().is_some_and(|c| c.builtin),
            _ => true,
        }
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if self.builtin_type(obj) {
            if let Some(r) = self.native_getitem(obj, key)? {
                return Ok(r);
            }
        }
        let t = self.type_of(obj);
        if let Some(m) = self.lookup_special(&t, "__getitem__") {
            return self.call_bound(&m, obj, vec![key.clone()], vec![]);
        }
        if let Value::Obj(o) = obj {
            if o.is_class() {
                if let Some(cg) = self.lookup_mro(o, "__class_getitem__") {
                    let f = self.descr_get(&cg, None, o)?;
                    return self.call(&f, vec![key.clone()], vec![]);
                }
                let n = self.class_name(o);
                return self.type_error(format!("type '{n}' is not subscriptable"));
            }
        }
        let tn = self.type_name(obj);
        self.type_error(format!("'{tn}' object is not subscriptable"))
    }

    /// Builtin `__getitem__`; `Ok(None)` when `obj` has no native item access.
    pub fn native_getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
        // Sequences accept any object with `__index__` as an index.
        if let (Value::Obj(k), Value::Obj(o)) = (key, obj) {
            if matches!(o.payload, Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. })
                && !matches!(k.payload, Payload::Slice { .. })
                && self.lookup_special(&k.class(), "__index__").is_some()
            {
                let i = self.index_value(key, "")?;
                return self.native_getitem(obj, &Value::int(i));
            }
        }
        let o = match obj {
            Value::Str(s) => {
                let s = s.clone();
                return self.str_getitem(&s, key).map(Some);
            }
            Value::Obj(o) => o.clone(),
            _ => return Ok(None),
        };
        match &o.payload {
            Payload::List(l) => {
                if let Some(i) = as_i64(key) {
                    let l = l.borrow();
                    return match norm_index(i, l.len()) {
                        Some(ix) => Ok(Some(l[ix].clone())),
                        None => {
                            drop(l);
                            self.err("IndexError", "list index out of range")
                        }
                    };
                }
                let items = l.borrow().clone();
                match self.slice_of(&items, key, "list")? {
                    Some(v) => Ok(Some(self.list(v))),
                    None => Ok(None),
                }
            }
            Payload::Tuple(t) => {
                if let Some(i) = as_i64(key) {
                    return match norm_index(i, t.len()) {
                        Some(ix) => Ok(Some(t[ix].clone())),
                        None => self.err("IndexError", "tuple index out of range"),
                    };
                }
                let items = t.clone();
                match self.slice_of(&items, key, "tuple")? {
                    // A slice of all of an exact tuple, in order, is the tuple itself.
                    Some(v) if v.len() == items.len() && forward_slice(key) && self.is_exact_tuple(obj) => {
                        Ok(Some(obj.clone()))
                    }
                    Some(v) => Ok(Some(self.tuple(v))),
                    None => Ok(None),
                }
            }
            Payload::Dict(_) => match self.dict_get(&o, key)? {
                Some(v) => Ok(Some(v)),
                None => {
                    let t = o.class();
                    if !t.class_data().is_some_and(|c| c.builtin) {
                        if let Some(m) = self.lookup_special(&t, "__missing__") {
                            return self.call_bound(&m, obj, vec![key.clone()], vec![]).map(Some);
                        }
                    }
                    self.key_error(key.clone())
                }
            },
            Payload::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = range_len(start, stop, step);
                if let Some(i) = as_i64(key) {
                    let j = if i < 0 { i as i128 + len } else { i as i128 };
                    if j < 0 || j >= len {
                        return self.err("IndexError", "range object index out of range");
                    }
                    return Ok(Some(Value::from_i128(start + step * j)));
                }
                let Ok(ulen) = usize::try_from(len) else {
                    return self.err("OverflowError", "Python int too large to convert to C ssize_t");
                };
                if let Some((a, b, c, _)) = self.slice_indices(key, ulen)? {
                    let nstart = start + step * a as i128;
                    let nstep = step * c as i128;
                    let b = if c < 0 && b == usize::MAX { -1 } else { b as i128 };
                    let nstop = start + step * b;
                    return Ok(Some(Value::Obj(self.heap.alloc(
                        Some(self.t.range.clone()),
                        None,
                        Payload::Range { start: nstart, stop: nstop, step: nstep },
                    ))));
                }
                let tn = self.type_name(key);
                self.type_error(format!("range indices must be integers or slices, not {tn}"))
            }
            _ => Ok(None),
        }
    }

    fn str_getitem(&mut self, s: &Rc<str>, key: &Value) -> PyResult<Value> {
        if let Some(i) = as_i64(key) {
            let n = if s.is_ascii() { s.len() } else { s.chars().count() };
            return match norm_index(i, n) {
                Some(ix) => {
                    let c = if s.is_ascii() {
                        &s[ix..ix + 1]
                    } else {
                        return Ok(Value::str(&s.chars().nth(ix).map(String::from).unwrap_or_default()));
                    };
                    Ok(Value::str(c))
                }
                None => self.err("IndexError", "string index out of range"),
            };
        }
        let chars: Vec<char> = s.chars().collect();
        match self.slice_indices(key, chars.len())? {
            // The whole string is the string itself (CPython returns the same object).
            Some((0, _, 1, n)) if n == chars.len() => Ok(Value::Str(s.clone())),
            Some((a, _, step, n)) => {
                let mut out = String::with_capacity(n);
                let mut i = a as isize;
                for _ in 0..n {
                    out.push(chars[i as usize]);
                    i += step;
                }
                Ok(Value::Str(Rc::from(out)))
            }
            None => {
                // An object with `__index__` indexes like its int.
                if let Value::Obj(o) = key {
                    if self.lookup_special(&o.class(), "__index__").is_some() {
                        let i = self.index_arg(key)?;
                        return self.str_getitem(s, &Value::int(i));
                    }
                }
                let tn = self.type_name(key);
                self.type_error(format!("string indices must be integers, not '{tn}'"))
            }
        }
    }

    /// Resolves a slice object against a length: (start, stop, step, count).
    pub fn slice_indices(&mut self, key: &Value, len: usize) -> PyResult<Option<(usize, usize, isize, usize)>> {
        let Value::Obj(o) = key else { return Ok(None) };
        let Payload::Slice { start, stop, step } = &o.payload else { return Ok(None) };
        let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
        let step = match &step {
            Value::None => 1,
            v => self.index_value(v, "slice indices must be integers or None or have an __index__ method")?,
        };
        if step == 0 {
            return self.value_error("slice step cannot be zero");
        }
        let len = len as i64;
        let conv = |me: &mut Interp, v: &Value, default: i64| -> PyResult<i64> {
            match v {
                Value::None => Ok(default),
                v => {
                    let mut i =
                        me.index_value(v, "slice indices must be integers or None or have an __index__ method")?;
                    if i < 0 {
                        i += len;
                        if i < 0 {
                            i = if step < 0 { -1 } else { 0 };
                        }
                    } else if i >= len {
                        i = if step < 0 { len - 1 } else { len };
                    }
                    Ok(i)
                }
            }
        };
        let (ds, de) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let a = conv(self, &start, ds)?;
        let b = conv(self, &stop, de)?;
        let n = if step > 0 {
            if b > a {
                (b - a + step - 1) / step
            } else {
                0
            }
        } else if a > b {
            (a - b + (-step) - 1) / (-step)
        } else {
            0
        };
        Ok(Some((a.max(0) as usize, b.max(-1) as usize, step as isize, n as usize)))
    }

    fn slice_of(&mut self, items: &[Value], key: &Value, what: &str) -> PyResult<Option<Vec<Value>>> {
        match self.slice_indices(key, items.len())? {
            Some((a, _, step, n)) => {
                let mut out = Vec::with_capacity(n);
                let mut i = a as isize;
                for _ in 0..n {
                    out.push(items[i as usize].clone());
                    i += step;
                }
                Ok(Some(out))
            }
            None => {
                let tn = self.type_name(key);
                self.type_error(format!("{what} indices must be integers or slices, not {tn}"))
            }
        }
    }

    /// `operator.index(v)` as i64, with the given TypeError message.
    /// `operator.index(v)` for an argument: "'T' object cannot be interpreted as an integer".
    pub fn index_arg(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i, _) => Ok(*i),
            _ => {
                let tn = self.type_name(v);
                self.index_value(v, &format!("'{tn}' object cannot be interpreted as an integer"))
            }
        }
    }

    pub fn index_value(&mut self, v: &Value, msg: &str) -> PyResult<i64> {
        match v {
            Value::Int(i, _) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => self.err("OverflowError", "cannot fit 'int' into an index-sized integer"),
            Value::Obj(o) => {
                let t = o.class();
                if let Some(m) = self.lookup_special(&t, "__index__") {
                    let r = self.call_bound(&m, v, vec![], vec![])?;
                    if !self.is_instance(&r, &self.t.int) {
                        let tn = self.type_name(&r);
                        return self.type_error(format!("__index__ returned non-int (type {tn})"));
                    }
                    return self.index_value(&r, msg);
                }
                if let Payload::Boxed(inner) = &o.payload {
                    let inner = inner.clone();
                    return self.index_value(&inner, msg);
                }
                self.type_error(msg)
            }
            _ => self.type_error(msg),
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if self.builtin_type(obj) && self.native_setitem(obj, &key, &value)? {
            return Ok(());
        }
        let t = self.type_of(obj);
        if let Some(m) = self.lookup_special(&t, "__setitem__") {
            self.call_bound(&m, obj, vec![key, value], vec![])?;
            return Ok(());
        }
        let tn = self.type_name(obj);
        self.type_error(format!("'{tn}' object does not support item assignment"))
    }

    pub fn native_setitem(&mut self, obj: &Value, key: &Value, value: &Value) -> PyResult<bool> {
        let Value::Obj(o) = obj else { return Ok(false) };
        match &o.payload {
            Payload::List(l) => {
                if let Some(i) = as_i64(key) {
                    let n = l.borrow().len();
                    return match norm_index(i, n) {
                        Some(ix) => {
                            let old = std::mem::replace(&mut l.borrow_mut()[ix], value.clone());
                            drop(old);
                            Ok(true)
                        }
                        None => self.err("IndexError", "list assignment index out of range"),
                    };
                }
                let n = l.borrow().len();
                let Some((a, b, step, count)) = self.slice_indices(key, n)? else {
                    let tn = self.type_name(key);
                    return self.type_error(format!("list indices must be integers or slices, not {tn}"));
                };
                let new = self.collect(value)?;
                if step == 1 {
                    let end = b.max(a).min(n);
                    let mut old: Vec<Value> = l.borrow_mut().splice(a..end, new).collect();
                    // Released last to first, as CPython's `list_ass_slice` (a `Vec` drops its
                    // items first to last).
                    old.reverse();
                    drop(old);
                } else {
                    if new.len() != count {
                        return self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {count}",
                            new.len()
                        ));
                    }
                    let mut lb = l.borrow_mut();
                    let mut i = a as isize;
                    for v in new {
                        lb[i as usize] = v;
                        i += step;
                    }
                }
                Ok(true)
            }
            Payload::Dict(_) if !Rc::ptr_eq(&o.class(), &self.t.mappingproxy) => {
                if self.heap.tracks_instances() {
                    self.note_dict_store(o, value);
                }
                self.dict_set(o, key.clone(), value.clone())?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: Value) -> PyResult<()> {
        if self.builtin_type(obj) {
            if let Value::Obj(o) = obj {
                match &o.payload {
                    Payload::List(l) => {
                        if let Some(i) = as_i64(&key) {
                            let n = l.borrow().len();
                            return match norm_index(i, n) {
                                Some(ix) => {
                                    let old = l.borrow_mut().remove(ix);
                                    drop(old);
                                    Ok(())
                                }
                                None => self.err("IndexError", "list assignment index out of range"),
                            };
                        }
                        let n = l.borrow().len();
                        if let Some((a, _, step, count)) = self.slice_indices(&key, n)? {
                            let mut idx: Vec<usize> =
                                (0..count).map(|k| (a as isize + step * k as isize) as usize).collect();
                            idx.sort_unstable();
                            // Taken out last first (indices stay valid), so `removed` runs from
                            // the highest index down.
                            let mut removed: Vec<Value> = Vec::with_capacity(idx.len());
                            {
                                let mut lb = l.borrow_mut();
                                for i in idx.into_iter().rev() {
                                    removed.push(lb.remove(i));
                                }
                            }
                            // CPython releases a deleted run last to first, an extended slice's
                            // items first to last.
                            if step.abs() != 1 {
                                removed.reverse();
                            }
                            drop(removed);
                            return Ok(());
                        }
                    }
                    Payload::Dict(_) => {
                        return match self.dict_del(o, &key)? {
                            Some(_) => Ok(()),
                            None => self.key_error(key),
                        };
                    }
                    _ => {}
                }
            }
        }
        let t = self.type_of(obj);
        if let Some(m) = self.lookup_special(&t, "__delitem__") {
            self.call_bound(&m, obj, vec![key], vec![])?;
            return Ok(());
        }
        Err(self.no_item_deletion(obj))
    }

    /// CPython words it two ways: "doesn't" for types with a sequence protocol (str, tuple,
    /// any class defined in Python), "does not" for the rest (`object()`, ints).
    pub fn no_item_deletion(&mut self, obj: &Value) -> super::Unwind {
        let t = self.type_of(obj);
        let sequence = t.is_user_class()
            || matches!(obj, Value::Str(_))
            || matches!(obj, Value::Obj(o) if matches!(o.payload,
                Payload::Tuple(_) | Payload::FrozenSet(_) | Payload::Set(_) | Payload::Range { .. }));
        let tn = self.type_name(obj);
        let verb = if sequence { "doesn't" } else { "does not" };
        super::Unwind::exception(self.new_exc("TypeError", &format!("'{tn}' object {verb} support item deletion")))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if self.builtin_type(container) {
            match container {
                Value::Str(s) => {
                    return match item {
                        Value::Str(x) => Ok(s.contains(&**x)),
                        _ => {
                            let tn = self.type_name(item);
                            self.type_error(format!("'in <string>' requires string as left operand, not {tn}"))
                        }
                    };
                }
                Value::Obj(o) => match &o.payload {
                    Payload::Dict(_) => return Ok(self.dict_get(o, item)?.is_some()),
                    Payload::Set(_) | Payload::FrozenSet(_) => return self.set_contains(o, item),
                    Payload::Range { start, stop, step } => {
                        if let Some(i) = as_i64(item) {
                            let i = i as i128;
                            let (s, e, st) = (*start, *stop, *step);
                            let inr = if st > 0 { i >= s && i < e } else { i <= s && i > e };
                            return Ok(inr && (i - s) % st == 0);
                        }
                        // Not an int: CPython searches by iterating (its `__contains__` is this).
                        return self.iter_contains(container, item);
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        let t = self.type_of(container);
        match self.lookup_special(&t, "__contains__") {
            Some(Value::None) => {
                let tn = self.type_name(container);
                return self.type_error(format!("'{tn}' object is not a container"));
            }
            Some(m) => {
                let r = self.call_bound(&m, container, vec![item.clone()], vec![])?;
                return self.truthy(&r);
            }
            None => {}
        }
        if !self.is_iterable(container) {
            let tn = self.type_name(container);
            return self.type_error(format!("argument of type '{tn}' is not iterable"));
        }
        self.iter_contains(container, item)
    }

    /// `item in container` by iterating and comparing (`==`, identity first).
    fn iter_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.iter(container)?;
        while let Some(v) = self.next(&it)? {
            if self.eq(&v, item)? {
                return Ok(true);
            }
            self.step()?;
        }
        Ok(false)
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        match v {
            Value::Str(s) => return Ok(if s.is_ascii() { s.len() } else { s.chars().count() }),
            Value::Obj(o) if o.class().class_data().is_some_and(|c| c.builtin) => match &o.payload {
                Payload::List(l) => return Ok(l.borrow().len()),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::Dict(d) | Payload::Set(d) => return Ok(d.borrow().len()),
                Payload::FrozenSet(d) => return Ok(d.len()),
                Payload::Range { start, stop, step } => {
                    return match usize::try_from(range_len(*start, *stop, *step)) {
                        Ok(n) if n <= i64::MAX as usize => Ok(n),
                        _ => self.err("OverflowError", "Python int too large to convert to C ssize_t"),
                    };
                }
                _ => {}
            },
            _ => {}
        }
        let t = self.type_of(v);
        if let Some(m) = self.lookup_special(&t, "__len__") {
            let r = self.call_bound(&m, v, vec![], vec![])?;
            return match r {
                Value::Int(i, _) if i >= 0 => Ok(i as usize),
                Value::Bool(b) => Ok(b as usize),
                Value::Int(_, _) => self.value_error("__len__() should return >= 0"),
                Value::BigInt(b) if num_traits::Signed::is_negative(&*b) => {
                    self.value_error("__len__() should return >= 0")
                }
                Value::BigInt(_) => self.err("OverflowError", "cannot fit 'int' into an index-sized integer"),
                other => match self.index_arg(&other)? {
                    n if n < 0 => self.value_error("__len__() should return >= 0"),
                    n => Ok(n as usize),
                },
            };
        }
        let tn = self.type_name(v);
        self.type_error(format!("object of type '{tn}' has no len()"))
    }

    // ---- dicts and sets ----

    /// The `DictData` of a dict (or dict subclass instance).
    pub fn as_dict_data<'a>(&self, v: &'a Value) -> Option<&'a RefCell<DictData>> {
        match v {
            Value::Obj(o) => o.dict_data(),
            _ => None,
        }
    }

    /// Which of the candidate keys equals `key` (calling `__eq__` as needed).
    pub fn match_candidates(&mut self, cands: Vec<(usize, Value)>, key: &Value) -> PyResult<Option<usize>> {
        for (ix, k) in cands {
            if k.is(key) {
                return Ok(Some(ix));
            }
            if self.eq(&k, key)? {
                return Ok(Some(ix));
            }
        }
        Ok(None)
    }

    pub(super) fn find_in(&mut self, d: &RefCell<DictData>, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        if let Value::Str(_) = key {
            let found = find_str(&d.borrow(), hash, key);
            return match found {
                Err(cands) => self.match_candidates(cands, key),
                Ok(ix) => Ok(ix),
            };
        }
        let cands = d.borrow().candidates(hash);
        self.match_candidates(cands, key)
    }

    pub fn dict_get(&mut self, o: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        self.dict_get_hashed(o, key, h)
    }

    /// `_PyDict_GetItem_KnownHash`: a lookup with the key's hash already computed.
    pub fn dict_get_hashed(&mut self, o: &ObjRef, key: &Value, h: i64) -> PyResult<Option<Value>> {
        let Some(d) = hash_table(o) else {
            return Ok(None);
        };
        let ix = self.find_in(d, h, key)?;
        Ok(ix.and_then(|ix| d.borrow().entry(ix).map(|e| e.value.clone())))
    }

    pub fn dict_set(&mut self, o: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        self.dict_set_hashed(o, key, value, h)
    }

    /// `_PyDict_SetItem_KnownHash`: a store with the key's hash already computed.
    pub fn dict_set_hashed(&mut self, o: &ObjRef, key: Value, value: Value, h: i64) -> PyResult<()> {
        let Some(d) = hash_table(o) else {
            return Ok(());
        };
        match self.find_in(d, h, &key)? {
            Some(ix) => {
                let old = d.borrow().entry(ix).map(|e| e.value.clone());
                d.borrow_mut().set_value(ix, value);
                drop(old);
            }
            None => {
                if d.borrow().len() >= MAX_ITEMS {
                    return self.err("MemoryError", "");
                }
                d.borrow_mut().insert_new(h, key, value)
            }
        }
        Ok(())
    }

    pub fn dict_del(&mut self, o: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let Some(d) = hash_table(o) else {
            return Ok(None);
        };
        let ix = self.find_in(d, h, key)?;
        let removed = ix.and_then(|ix| d.borrow_mut().remove_at(ix));
        Ok(removed.map(|e| e.value))
    }

    /// Inserts into a dict under construction (not shared, so user code may run freely).
    pub fn dict_insert(&mut self, d: &mut DictData, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        let ix = if let Value::Str(_) = &key {
            match find_str(d, h, &key) {
                Err(cands) => self.match_candidates(cands, &key)?,
                Ok(ix) => ix,
            }
        } else {
            let c = d.candidates(h);
            self.match_candidates(c, &key)?
        };
        match ix {
            Some(ix) => d.set_value(ix, value),
            None => {
                if d.len() >= MAX_ITEMS {
                    return self.err("MemoryError", "");
                }
                d.insert_new(h, key, value)
            }
        }
        Ok(())
    }

    pub fn dict_contains_data(&mut self, d: &DictData, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        let c = d.candidates(h);
        Ok(self.match_candidates(c, key)?.is_some())
    }

    /// `(key, value)` pairs of any mapping: dicts natively, else `keys()` and `__getitem__`.
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Some(d) = self.as_dict_data(m) {
            if self.builtin_type(m)
                || self.lookup_mro(&self.type_of(m), "keys").is_some_and(|k| self.is_builtin_named(&k, "dict.keys"))
            {
                return Ok(d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect());
            }
        }
        let keys_fn = self.getattr_opt(m, "keys")?;
        let Some(keys_fn) = keys_fn else {
            let tn = self.type_name(m);
            return self.type_error(format!("'{tn}' object is not a mapping"));
        };
        let keys = self.call(&keys_fn, vec![], vec![])?;
        let keys = self.collect(&keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    pub fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Some(da), Some(db)) = (self.as_dict_data(a), self.as_dict_data(b)) else { return Ok(false) };
        if da.borrow().len() != db.borrow().len() {
            return Ok(false);
        }
        let items: Vec<(Value, Value)> = da.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
        let Value::Obj(bo) = b else { return Ok(false) };
        let bo = bo.clone();
        for (k, v) in items {
            match self.dict_get(&bo, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}

/// The table behind a dict or set object.
fn hash_table(o: &ObjRef) -> Option<&RefCell<DictData>> {
    match &o.payload {
        Payload::Dict(d) | Payload::Set(d) => Some(d),
        _ => None,
    }
}

pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if j >= 0 && j < len {
        Some(j as usize)
    } else {
        None
    }
}

pub fn range_len(start: i128, stop: i128, step: i128) -> i128 {
    if step > 0 && stop > start {
        (stop - start + step - 1) / step
    } else if step < 0 && start > stop {
        (start - stop - step - 1) / (-step)
    } else {
        0
    }
}

/// A slice with step 1 (or none).
fn forward_slice(key: &Value) -> bool {
    matches!(key, Value::Obj(o) if matches!(&o.payload, Payload::Slice { step, .. }
        if matches!(step, Value::None | Value::Int(1, _))))
}

/// A `str` key among the keys with its hash: compared by value with the `str` keys; `Err`
/// with the others (instances of `str` subclasses, whose `__eq__` must be called), if any.
fn find_str(d: &DictData, hash: i64, key: &Value) -> Result<Option<usize>, Vec<(usize, Value)>> {
    let Value::Str(s) = key else { return Ok(None) };
    if let Some(ix) = d.find(hash, |k| matches!(k, Value::Str(x) if x == s)) {
        return Ok(Some(ix));
    }
    let others: Vec<(usize, Value)> =
        d.candidates(hash).into_iter().filter(|(_, k)| !matches!(k, Value::Str(_))).collect();
    if others.is_empty() {
        Ok(None)
    } else {
        Err(others)
    }
}

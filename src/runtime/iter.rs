//! The iteration protocol: `iter()` and `next()` over builtin containers, user `__iter__` /
//! `__next__`, old-style `__getitem__` sequences, and the lazy builtins (map, zip, ...).

use super::interp::Interp;
use super::value::{DictIterKind, IterState, Payload, Value};
use super::PyResult;
use std::rc::Rc;

impl Interp {
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Str(_) => true,
            Value::Obj(o) => {
                matches!(
                    o.payload,
                    Payload::List(_)
                        | Payload::Tuple(_)
                        | Payload::Dict(_)
                        | Payload::Set(_)
                        | Payload::FrozenSet(_)
                        | Payload::Range { .. }
                        | Payload::Iter(_)
                        | Payload::Generator(_)
                ) || {
                    let t = o.class();
                    // `__iter__ = None` marks a class as not iterable, whatever else it has.
                    match self.lookup_special(&t, "__iter__") {
                        Some(m) => !m.is_none(),
                        None => self.old_style_sequence(o, &t),
                    }
                }
            }
            _ => false,
        }
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Str(s) = v {
            return Ok(self.new_iter("str_ascii_iterator", IterState::Str { s: s.clone(), pos: 0 }));
        }
        if let Value::Obj(o) = v {
            let t = o.class();
            let builtin = t.class_data().is_some_and(|c| c.builtin);
            if builtin
                || self
                    .lookup_special(&t, "__iter__")
                    .is_some_and(|m| matches!(&m, Value::Obj(b) if matches!(b.payload, Payload::Builtin(_))))
            {
                match &o.payload {
                    Payload::List(_) => {
                        return Ok(self.new_iter("list_iterator", IterState::Seq { seq: v.clone(), index: 0 }))
                    }
                    Payload::Tuple(_) => {
                        return Ok(self.new_iter("tuple_iterator", IterState::Seq { seq: v.clone(), index: 0 }))
                    }
                    Payload::Dict(_) => return Ok(self.dict_iter(o, DictIterKind::Keys, false)),
                    Payload::Set(_) | Payload::FrozenSet(_) => return Ok(self.set_iter(o)),
                    Payload::Range { start, stop, step } => {
                        return Ok(self
                            .new_iter("range_iterator", IterState::Range { next: *start, stop: *stop, step: *step }));
                    }
                    Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
                    _ => {}
                }
            }
            if let Some(m) = self.lookup_special(&t, "__iter__") {
                if m.is_none() {
                    let tn = self.type_name(v);
                    return self.type_error(format!("'{tn}' object is not iterable"));
                }
                let it = self.call_bound(&m, v, vec![], vec![])?;
                let it_t = self.type_of(&it);
                let ok = match &it {
                    Value::Obj(io) => {
                        matches!(io.payload, Payload::Iter(_) | Payload::Generator(_))
                            || self.lookup_special(&it_t, "__next__").is_some()
                    }
                    _ => false,
                };
                if !ok {
                    let tn = self.type_name(&it);
                    return self.type_error(format!("iter() returned non-iterator of type '{tn}'"));
                }
                return Ok(it);
            }
            if self.old_style_sequence(o, &t) {
                return Ok(self.new_iter("iterator", IterState::GetItem { obj: v.clone(), index: 0 }));
            }
        }
        let tn = self.type_name(v);
        self.type_error(format!("'{tn}' object is not iterable"))
    }

    /// An object iterated by indexing from 0 (`PySequence_Check`): one with `__getitem__`, but
    /// not a union or an alias, whose subscript is a mapping's in CPython.
    fn old_style_sequence(&self, o: &super::value::ObjRef, t: &super::value::ObjRef) -> bool {
        !matches!(o.payload, Payload::TypeForm(_)) && self.lookup_special(t, "__getitem__").is_some()
    }

    /// `next(it)`; `None` when exhausted (StopIteration is swallowed here).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            let tn = self.type_name(it);
            return self.type_error(format!("'{tn}' object is not an iterator"));
        };
        match &o.payload {
            Payload::Iter(state) => {
                // A subclass's `__next__` written in Python runs instead of the builtin one
                // (CPython's `slot_tp_iternext`); a builtin type's own class has none.
                let native = o.class.borrow().as_ref().is_some_and(|c| c.class_data().is_some_and(|d| d.builtin));
                if !native {
                    let m = self.lookup_special(&o.class(), "__next__");
                    if let Some(m) =
                        m.filter(|m| !matches!(m, Value::Obj(f) if matches!(f.payload, Payload::Builtin(_))))
                    {
                        return self.call_next(&m, it);
                    }
                }
                self.next_builtin(o, state)
            }
            Payload::Generator(_) => self.generator_next(o, Value::None),
            _ => {
                let t = o.class();
                match self.lookup_special(&t, "__next__") {
                    Some(m) => self.call_next(&m, it),
                    None => {
                        let tn = self.type_name(it);
                        self.type_error(format!("'{tn}' object is not an iterator"))
                    }
                }
            }
        }
    }

    /// A `__next__` written in Python; StopIteration is the end.
    fn call_next(&mut self, m: &Value, it: &Value) -> PyResult<Option<Value>> {
        match self.call_bound(m, it, vec![], vec![]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The builtin `__next__` of an iterator state itself, whatever a subclass overrides (what
    /// `super().__next__()` reaches).
    pub fn next_own(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Obj(o) => match &o.payload {
                Payload::Iter(state) => self.next_builtin(o, state),
                _ => self.next(it),
            },
            _ => self.next(it),
        }
    }

    fn next_builtin(
        &mut self,
        o: &super::value::ObjRef,
        state: &super::refcell::RefCell<IterState>,
    ) -> PyResult<Option<Value>> {
        // Take what is needed out of the state, release the borrow, then run any user code.
        let mut st = state.borrow_mut();
        match &*st {
            IterState::Weak(_) => {
                drop(st);
                return super::weak_collections::next(self, state);
            }
            IterState::Tool(_) => {
                drop(st);
                return super::itertools_next::next(self, o, state);
            }
            _ => {}
        }
        match &mut *st {
            IterState::Seq { seq, index } => {
                let v = match seq {
                    Value::Obj(s) => match &s.payload {
                        Payload::List(l) => l.borrow().get(*index).cloned(),
                        Payload::Tuple(t) => t.get(*index).cloned(),
                        _ => None,
                    },
                    _ => None,
                };
                if v.is_some() {
                    *index += 1;
                } else {
                    *st = IterState::Exhausted;
                }
                Ok(v)
            }
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next += *step;
                    Ok(Some(Value::from_i128(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::Str { s, pos } => {
                let rest = &s[*pos..];
                match rest.chars().next() {
                    Some(c) => {
                        *pos += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Ok(Some(Value::Str(Rc::from(&*c.encode_utf8(&mut buf)))))
                    }
                    None => Ok(None),
                }
            }
            IterState::Dict { dict, pos, kind, len_at_start, rev } => {
                // Dicts only: sets have `IterState::Set`.
                let Payload::Dict(d) = &dict.payload else { return Ok(None) };
                let db = d.borrow();
                if db.len() != *len_at_start {
                    // Sticky, as CPython's: every later call fails the same way.
                    drop(db);
                    *len_at_start = usize::MAX;
                    drop(st);
                    return self.err("RuntimeError", "dictionary changed size during iteration");
                }
                let found = if *rev { db.prev_from(*pos) } else { db.next_from(*pos) };
                match found {
                    Some((np, e)) => {
                        let (k, v) = (e.key.clone(), e.value.clone());
                        let kind = *kind;
                        *pos = np;
                        drop(db);
                        drop(st);
                        Ok(Some(match kind {
                            DictIterKind::Keys => k,
                            DictIterKind::Values => v,
                            DictIterKind::Items => self.tuple(vec![k, v]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::Values { values, index } => {
                let v = values.get(*index).cloned();
                *index += 1;
                Ok(v)
            }
            IterState::Set { set, pos, len_at_start } => {
                // `setiter_iternext`: the size must not have changed (and once it has, every
                // later call says so again); the walk goes on from the slot after the last one
                // returned, in the table as it is now.
                let next = match &set.payload {
                    Payload::Set(d) => {
                        let d = d.borrow();
                        if d.len() != *len_at_start {
                            None
                        } else {
                            Some(d.next_from(*pos).map(|(p, e)| (p, e.key.clone())))
                        }
                    }
                    Payload::FrozenSet(d) => Some(d.next_from(*pos).map(|(p, e)| (p, e.key.clone()))),
                    _ => Some(None),
                };
                match next {
                    None => {
                        *len_at_start = usize::MAX;
                        drop(st);
                        self.err("RuntimeError", "Set changed size during iteration")
                    }
                    Some(Some((p, k))) => {
                        *pos = p;
                        Ok(Some(k))
                    }
                    Some(None) => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::Reversed { seq, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let (seq, i) = (seq.clone(), *index);
                // A list's reverse iterator reads the list itself (never a subclass's
                // `__getitem__`); either kind stops for good once an index is past the end.
                if let Value::Obj(o) = &seq {
                    if let Payload::List(l) = &o.payload {
                        let v = l.borrow().get(i as usize).cloned();
                        *index -= 1;
                        if v.is_none() {
                            *st = IterState::Exhausted;
                        }
                        return Ok(v);
                    }
                }
                *index -= 1;
                drop(st);
                let v = self.getitem(&seq, &Value::int(i as i64));
                match v {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_exc(&e, "IndexError") || self.is_exc(&e, "StopIteration") => {
                        *state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::GetItem { obj, index } => {
                let (obj, i) = (obj.clone(), *index);
                *index += 1;
                drop(st);
                match self.getitem(&obj, &Value::int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_exc(&e, "IndexError") || self.is_exc(&e, "StopIteration") => {
                        *state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Enumerate { inner, count } => {
                let (inner, c) = (inner.clone(), count.clone());
                drop(st);
                match self.next(&inner)? {
                    Some(v) => {
                        let nc = self.binary_op(crate::syntax::ast::BinOp::Add, c.clone(), Value::int(1))?;
                        if let IterState::Enumerate { count, .. } = &mut *state.borrow_mut() {
                            *count = nc;
                        }
                        Ok(Some(self.tuple(vec![c, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { inners, .. } if inners.is_empty() => Ok(None),
            IterState::Zip { inners, strict } => {
                let (inners, strict) = (inners.clone(), *strict);
                drop(st);
                let mut out = Vec::with_capacity(inners.len());
                for (i, it) in inners.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict && (i > 0 || inners[1..].iter().any(|_| true)) {
                                // A shorter argument: check whether the others are also done.
                                if i > 0 {
                                    return self.value_error(format!(
                                        "zip() argument {} is shorter than argument{} 1{}",
                                        i + 1,
                                        if i > 1 { "s" } else { "" },
                                        if i > 1 { format!("-{i}") } else { String::new() }
                                    ));
                                }
                                for (j, other) in inners.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        return self.value_error(format!(
                                            "zip() argument {} is longer than argument{} 1{}",
                                            j + 1,
                                            if j > 1 { "s" } else { "" },
                                            if j > 1 { format!("-{j}") } else { String::new() }
                                        ));
                                    }
                                }
                            }
                            *state.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.tuple(out)))
            }
            IterState::Map { func, inners } => {
                let (func, inners) = (func.clone(), inners.clone());
                drop(st);
                let mut args = Vec::with_capacity(inners.len());
                for it in &inners {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, args, vec![]).map(Some)
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(st);
                while let Some(v) = self.next(&inner)? {
                    let keep = if func.is_none() { v.clone() } else { self.call(&func, vec![v.clone()], vec![])? };
                    if self.truthy(&keep)? {
                        return Ok(Some(v));
                    }
                    // Skipping may go on for ever (`filter(None, iter(int, 1))`).
                    self.step()?;
                }
                Ok(None)
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(st);
                // Endless when the callable is a builtin (`iter(int, 1)`).
                self.step()?;
                let v = self.call(&func, vec![], vec![])?;
                if self.eq(&v, &sentinel)? {
                    *state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Chain { .. } => {
                drop(st);
                self.chain_next(state)
            }
            IterState::Elements { .. } => {
                drop(st);
                super::counter::elements_next(self, state)
            }
            IterState::Deque(c) => {
                let r = c.step();
                drop(st);
                match r {
                    Ok(v) => Ok(v),
                    Err(m) => self.err("RuntimeError", m),
                }
            }
            IterState::Weak(_) | IterState::Tool(_) | IterState::Exhausted => Ok(None),
        }
    }

    /// Each remaining item of an iterable, handed to `f` as it comes (CPython's loops that
    /// hash or store an item before asking for the next one, as `dict(pairs)` and `set(it)`).
    pub fn for_each(&mut self, v: &Value, mut f: impl FnMut(&mut Interp, Value) -> PyResult<()>) -> PyResult<()> {
        if let Some(items) = self.seq_items(v) {
            if self.type_of(v).class_data().is_some_and(|c| c.builtin) {
                return items.into_iter().try_for_each(|x| f(self, x));
            }
        }
        let it = self.iter(v)?;
        while let Some(x) = self.next(&it)? {
            self.step()?;
            f(self, x)?;
        }
        Ok(())
    }

    /// All remaining items of an iterable.
    /// `list(v)`'s way to collect (CPython's `list_extend`, also behind `tuple(v)`, `sorted`,
    /// `[*v]` and `f(*v)`): after `iter(v)` it asks `v` for a length hint, which runs a Python
    /// `__len__` or `__length_hint__` (CPython sizes the list with it).
    pub fn collect_sized(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(items) = self.seq_items(v) {
            if self.type_of(v).class_data().is_some_and(|c| c.builtin) {
                return Ok(items);
            }
        }
        let it = self.iter(v)?;
        self.length_hint(v)?;
        self.drain(&it)
    }

    /// `collect_sized` onto the end of `out` (`f(*v)`'s arguments): a builtin list's or
    /// tuple's items are cloned straight in, without a vector in between (an allocation less
    /// per call).
    pub fn extend_sized(&mut self, v: &Value, out: &mut Vec<Value>) -> PyResult<()> {
        if let Value::Obj(o) = v {
            if matches!(o.payload, Payload::Tuple(_) | Payload::List(_))
                && self.type_of(v).class_data().is_some_and(|c| c.builtin)
            {
                match &o.payload {
                    Payload::Tuple(t) => out.extend_from_slice(t),
                    Payload::List(l) => out.extend_from_slice(&l.borrow()),
                    _ => {}
                }
                return Ok(());
            }
        }
        let items = self.collect_sized(v)?;
        out.extend(items);
        Ok(())
    }

    /// `PyObject_LengthHint(v)` for what it may run: a Python `__len__` (a TypeError from it is
    /// ignored), else a Python `__length_hint__`, or the `len()` of a `reversed()` iterator's
    /// sequence. Builtin lengths run no code, so they are not asked.
    fn length_hint(&mut self, v: &Value) -> PyResult<()> {
        let Value::Obj(o) = v else { return Ok(()) };
        // The hints of a `reversed()` iterator and of a `__getitem__` one ask their sequence's
        // `len()`.
        if let Payload::Iter(st) = &o.payload {
            let seq = match &*st.borrow() {
                IterState::Reversed { seq, index } if *index >= 0 => Some(seq.clone()),
                IterState::GetItem { obj, .. } => Some(obj.clone()),
                _ => None,
            };
            let Some(seq) = seq.filter(|s| !matches!(s, Value::Obj(q) if matches!(q.payload, Payload::List(_)))) else {
                return Ok(());
            };
            if self.lookup_special(&self.type_of(&seq), "__len__").is_none() {
                return Ok(());
            }
            return match self.len(&seq) {
                Err(e) if self.is_exc(&e, "TypeError") => Ok(()),
                r => r.map(|_| ()),
            };
        }
        // A proxy has a length slot: its referent's `len()`, and no `__length_hint__`.
        let (v, proxied) = match self.proxy_target(v)? {
            Some(target) => (target, true),
            None => (v.clone(), false),
        };
        let t = self.type_of(&v);
        if !t.is_user_class() {
            return Ok(());
        }
        let python = |m: &Value| !matches!(m, Value::Obj(f) if matches!(f.payload, Payload::Builtin(_)));
        let len = self.lookup_special(&t, "__len__");
        if len.is_some() || proxied {
            if !len.is_some_and(|m| python(&m)) {
                return Ok(());
            }
            return match self.len(&v) {
                Err(e) if self.is_exc(&e, "TypeError") => Ok(()),
                r => r.map(|_| ()),
            };
        }
        match self.lookup_special(&t, "__length_hint__") {
            Some(h) if python(&h) => {
                let r = match self.call_bound(&h, &v, vec![], vec![]) {
                    Err(e) if self.is_exc(&e, "TypeError") => return Ok(()),
                    r => r?,
                };
                if self.is_not_implemented(&r) {
                    return Ok(());
                }
                if !self.is_instance(&r, &self.t.int.clone()) {
                    let tn = self.type_name(&r);
                    return self.type_error(format!("__length_hint__ must be an integer, not {tn}"));
                }
                if matches!(r, Value::Int(i, _) if i < 0) {
                    return self.value_error("__length_hint__() should return >= 0");
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn drain(&mut self, it: &Value) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        while let Some(x) = self.next(it)? {
            if out.len() >= super::numbers::MAX_ITEMS {
                return self.err("MemoryError", "");
            }
            self.step()?;
            out.push(x);
        }
        Ok(out)
    }

    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(items) = self.seq_items(v) {
            if self.type_of(v).class_data().is_some_and(|c| c.builtin) {
                return Ok(items);
            }
        }
        let it = self.iter(v)?;
        self.drain(&it)
    }
}

impl Interp {
    /// The next item of an `IterState::Chain`, moving to the next source when one runs out.
    fn chain_next(&mut self, state: &super::refcell::RefCell<IterState>) -> PyResult<Option<Value>> {
        loop {
            let (current, source) = match &mut *state.borrow_mut() {
                IterState::Chain { sources, next_source, current } => match current {
                    Some(c) => (Some(c.clone()), None),
                    None => {
                        let s = sources.get(*next_source).cloned();
                        *next_source += 1;
                        (None, s)
                    }
                },
                _ => return Ok(None),
            };
            if let Some(c) = current {
                if let Some(v) = self.next(&c)? {
                    return Ok(Some(v));
                }
                if let IterState::Chain { current, .. } = &mut *state.borrow_mut() {
                    *current = None;
                }
                continue;
            }
            let Some(source) = source else {
                *state.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            };
            let c = self.iter(&source)?;
            if let IterState::Chain { current, .. } = &mut *state.borrow_mut() {
                *current = Some(c);
            }
        }
    }

    /// An iterator over a dict's keys, values or items (`rev`: last first, as `reversed()`),
    /// which notices the dict changing size as CPython's does.
    pub fn dict_iter(&mut self, d: &super::value::ObjRef, kind: DictIterKind, rev: bool) -> Value {
        let n = d.dict_data().map_or(0, |x| x.borrow().len());
        let pos = if rev { d.dict_data().map_or(0, |x| x.borrow().end_pos()) } else { 0 };
        let name = match (kind, rev) {
            (DictIterKind::Keys, false) => "dict_keyiterator",
            (DictIterKind::Values, false) => "dict_valueiterator",
            (DictIterKind::Items, false) => "dict_itemiterator",
            (DictIterKind::Keys, true) => "dict_reversekeyiterator",
            (DictIterKind::Values, true) => "dict_reversevalueiterator",
            (DictIterKind::Items, true) => "dict_reverseitemiterator",
        };
        self.new_iter(name, IterState::Dict { dict: d.clone(), pos, kind, len_at_start: n, rev })
    }

    /// An iterator over a set or frozenset, in slot order (`dict::set_table`), which notices
    /// the set changing size as CPython's does.
    pub fn set_iter(&mut self, o: &super::value::ObjRef) -> Value {
        let len_at_start = match &o.payload {
            Payload::Set(d) => d.borrow().len(),
            Payload::FrozenSet(d) => d.len(),
            _ => 0,
        };
        self.new_iter("set_iterator", IterState::Set { set: o.clone(), pos: 0, len_at_start })
    }
}

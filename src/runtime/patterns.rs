//! Executing `match` statements (PEP 634), step for step as CPython 3.11's bytecode does
//! (`MATCH_SEQUENCE`, `GET_LEN`, `MATCH_KEYS`, `MATCH_CLASS` in `Python/ceval.c` and the code
//! `compiler_pattern` emits): the same dunders (`__len__`, `__getitem__`, `__eq__`, `get`,
//! `__instancecheck__`, attribute lookups) run in the same order, through the ordinary
//! machinery, so user code runs and is traced as under CPython.
//!
//! A case's captures are bound only when its whole pattern matched, before its guard runs.

use super::exec::Ctrl;
use super::interp::Interp;
use super::scope::Ctx;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use crate::syntax::ast::{CmpOp, Constant, Expr, MatchCase, Pattern, PatternKind, TextRange};
use std::rc::Rc;

/// The state of matching one case's pattern.
struct Matching<'p> {
    /// Values captured so far, with the targets they go to once the pattern has matched.
    binds: Vec<(&'p Expr, Value)>,
    /// The pattern whose matching started last: CPython's compiler positions a pattern's
    /// instructions there (it does not restore its location after a sub-pattern), so an
    /// error in `[a, *_, b]`'s subscript for `b` points at `a`.
    loc: TextRange,
}

impl Interp {
    pub fn exec_match(&mut self, subject: &Expr, cases: &[MatchCase], ctx: &Ctx) -> PyResult<Ctrl> {
        // A generator resuming inside a case body goes straight back into it.
        if let Some(k) = ctx.gen.as_ref().and_then(|g| g.resume_marker()) {
            if let Some(case) = cases.get(k) {
                return self.run_case(case, k, ctx);
            }
        }
        let subj = self.eval(subject, ctx)?;
        for (k, case) in cases.iter().enumerate() {
            let mut m = Matching { binds: Vec::new(), loc: case.pattern.range };
            if !self.match_pattern(&case.pattern, &subj, &mut m, ctx)? {
                continue;
            }
            for (target, v) in m.binds {
                self.assign(target, v, ctx)?;
            }
            if let Some(g) = &case.guard {
                let t = self.eval(g, ctx)?;
                if !self.truthy(&t)? {
                    continue;
                }
            }
            return self.run_case(case, k, ctx);
        }
        Ok(Ctrl::Normal)
    }

    fn run_case(&mut self, case: &MatchCase, k: usize, ctx: &Ctx) -> PyResult<Ctrl> {
        self.exec_block(&case.body, ctx).inspect_err(|e| self.save_marker(e, ctx, k))
    }

    fn match_pattern<'p>(&mut self, p: &'p Pattern, subj: &Value, m: &mut Matching<'p>, ctx: &Ctx) -> PyResult<bool> {
        m.loc = p.range;
        match &p.kind {
            PatternKind::Value(e) => {
                let v = self.eval(e, ctx)?;
                self.set_range(p.range);
                let r = self.compare(CmpOp::Eq, subj, &v)?;
                self.truthy(&r)
            }
            PatternKind::Singleton(c) => Ok(matches!(
                (c, subj),
                (Constant::None, Value::None)
                    | (Constant::True, Value::Bool(true))
                    | (Constant::False, Value::Bool(false))
            )),
            PatternKind::Sequence(items) => self.match_sequence(p, items, subj, m, ctx),
            PatternKind::Mapping { keys, patterns, rest } => {
                self.match_mapping(p, keys, patterns, rest.as_ref(), subj, m, ctx)
            }
            PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns } => {
                let clsv = self.eval(cls, ctx)?;
                self.set_range(p.range);
                let Some(attrs) = self.match_class(&clsv, subj, patterns.len(), kwd_attrs)? else { return Ok(false) };
                for (sub, v) in patterns.iter().chain(kwd_patterns).zip(attrs) {
                    if !sub.is_wildcard() && !self.match_pattern(sub, &v, m, ctx)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            // Only inside a sequence pattern, which handles it.
            PatternKind::Star(_) => Ok(false),
            PatternKind::As { pattern, target } => {
                if let Some(inner) = pattern {
                    if !self.match_pattern(inner, subj, m, ctx)? {
                        return Ok(false);
                    }
                }
                if let Some(t) = target {
                    m.binds.push((t, subj.clone()));
                }
                Ok(true)
            }
            PatternKind::Or(alts) => {
                for alt in alts {
                    let mut sub = Matching { binds: Vec::new(), loc: m.loc };
                    let ok = self.match_pattern(alt, subj, &mut sub, ctx)?;
                    m.loc = sub.loc;
                    if ok {
                        m.binds.extend(sub.binds);
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// `MATCH_SEQUENCE`: lists, tuples, ranges and their subclasses (not str).
    fn is_match_sequence(&self, v: &Value) -> bool {
        let t = self.type_of(v);
        [&self.t.list, &self.t.tuple, &self.t.range].into_iter().any(|c| self.is_subclass(&t, c))
    }

    /// `MATCH_MAPPING`: dicts (and their subclasses) and mapping proxies.
    fn is_match_mapping(&self, v: &Value) -> bool {
        let t = self.type_of(v);
        [&self.t.dict, &self.t.mappingproxy].into_iter().any(|c| self.is_subclass(&t, c))
    }

    fn match_sequence<'p>(
        &mut self,
        p: &'p Pattern,
        items: &'p [Pattern],
        subj: &Value,
        m: &mut Matching<'p>,
        ctx: &Ctx,
    ) -> PyResult<bool> {
        if !self.is_match_sequence(subj) {
            return Ok(false);
        }
        let size = items.len();
        let star = items.iter().position(|i| matches!(i.kind, PatternKind::Star(_)));
        self.set_range(p.range);
        match star {
            None if self.len(subj)? != size => return Ok(false),
            Some(_) if size > 1 && self.len(subj)? < size - 1 => return Ok(false),
            _ => {}
        }
        if items.iter().all(|i| i.is_wildcard() || i.is_star_wildcard()) {
            return Ok(true);
        }
        if let Some(s) = star.filter(|&s| items[s].is_star_wildcard()) {
            // `[a, *_, b]`: indexing, from the end past the star (no negative indexes).
            for (i, it) in items.iter().enumerate() {
                if i == s || it.is_wildcard() {
                    continue;
                }
                self.set_range(m.loc);
                let idx = if i < s { i as i64 } else { self.len(subj)? as i64 - (size - i) as i64 };
                let item = self.getitem(subj, &Value::int(idx))?;
                if !self.match_pattern(it, &item, m, ctx)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        // Unpacking, as `UNPACK_SEQUENCE` / `UNPACK_EX` do (a subclass's `__iter__` runs).
        self.set_range(p.range);
        let values = self.collect(subj)?;
        let values = self.unpack_to(values, size, star)?;
        for (it, v) in items.iter().zip(values) {
            let ok = match &it.kind {
                PatternKind::Star(target) => {
                    m.loc = it.range;
                    if let Some(t) = target {
                        m.binds.push((t, v));
                    }
                    true
                }
                _ => self.match_pattern(it, &v, m, ctx)?,
            };
            if !ok {
                return Ok(false);
            }
        }
        Ok(true)
    }

    #[allow(clippy::too_many_arguments)]
    fn match_mapping<'p>(
        &mut self,
        p: &'p Pattern,
        keys: &'p [Expr],
        patterns: &'p [Pattern],
        rest: Option<&'p Expr>,
        subj: &Value,
        m: &mut Matching<'p>,
        ctx: &Ctx,
    ) -> PyResult<bool> {
        if !self.is_match_mapping(subj) {
            return Ok(false);
        }
        if keys.is_empty() && rest.is_none() {
            return Ok(true);
        }
        self.set_range(p.range);
        if !keys.is_empty() && self.len(subj)? < keys.len() {
            return Ok(false);
        }
        let mut key_values = Vec::with_capacity(keys.len());
        for k in keys {
            key_values.push(self.eval(k, ctx)?);
        }
        self.set_range(p.range);
        let Some(values) = self.match_keys(subj, &key_values)? else { return Ok(false) };
        for (sub, v) in patterns.iter().zip(values) {
            if !self.match_pattern(sub, &v, m, ctx)? {
                return Ok(false);
            }
        }
        if let Some(r) = rest {
            // `rest = dict(subject)`, then `del rest[key]` for each key.
            self.set_range(m.loc);
            let copy = self.new_dict_obj();
            for (k, v) in self.mapping_items(subj)? {
                self.dict_set(&copy, k, v)?;
            }
            for k in &key_values {
                if self.dict_del(&copy, k)?.is_none() {
                    return self.key_error(k.clone());
                }
            }
            m.binds.push((r, Value::Obj(copy)));
        }
        Ok(true)
    }

    /// `MATCH_KEYS`: the values for `keys` through the mapping's `get(key, dummy)`, or `None`
    /// when one is missing; a key that equals an earlier one is a ValueError.
    fn match_keys(&mut self, map: &Value, keys: &[Value]) -> PyResult<Option<Vec<Value>>> {
        if keys.is_empty() {
            return Ok(Some(Vec::new()));
        }
        let get = self.getattr(map, &Rc::from("get"))?;
        let object = self.t.object.clone();
        let dummy = Value::Obj(self.alloc_instance(&object, Payload::Instance));
        let mut seen: Vec<(i64, Value)> = Vec::with_capacity(keys.len());
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            // `PySet_Contains(seen, key) || PySet_Add(seen, key)`: two hashes.
            let h = self.hash(key)?;
            for (sh, sk) in &seen {
                if *sh == h && self.eq(sk, key)? {
                    let r = self.repr(key)?;
                    return self.value_error(format!("mapping pattern checks duplicate key ({r})"));
                }
            }
            self.hash(key)?;
            seen.push((h, key.clone()));
            let v = self.call(&get, vec![key.clone(), dummy.clone()], vec![])?;
            if v.is(&dummy) {
                return Ok(None);
            }
            values.push(v);
        }
        Ok(Some(values))
    }

    /// `MATCH_CLASS`: the attributes the sub-patterns match (`__match_args__` names, then the
    /// keywords), or `None` when the subject is not an instance or lacks one of them.
    fn match_class(
        &mut self,
        cls: &Value,
        subj: &Value,
        nargs: usize,
        kwd_attrs: &[Rc<str>],
    ) -> PyResult<Option<Vec<Value>>> {
        let c = match cls {
            Value::Obj(c) if c.is_class() => c.clone(),
            _ => return self.type_error("called match pattern must be a type"),
        };
        if !self.instance_check(subj, &c)? {
            return Ok(None);
        }
        let cname = self.class_name(&c);
        let mut seen: Vec<Rc<str>> = Vec::new();
        let mut attrs = Vec::with_capacity(nargs + kwd_attrs.len());
        if nargs > 0 {
            let (names, match_self) = match self.getattr(cls, &Rc::from("__match_args__")) {
                Ok(v) if self.is_exact_tuple(&v) => {
                    (self.tuple_items(&v).map(|s| s.to_vec()).unwrap_or_default(), false)
                }
                Ok(v) => {
                    let tn = self.type_name(&v);
                    return self.type_error(format!("{cname}.__match_args__ must be a tuple (got {tn})"));
                }
                Err(e) if self.unwind_is_attr_error(&e) => (Vec::new(), self.matches_self(&c)),
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return self
                    .type_error(format!("{cname}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"));
            }
            if match_self {
                attrs.push(subj.clone());
            } else {
                for name in &names[..nargs] {
                    let Value::Str(name) = name else {
                        let tn = self.type_name(name);
                        return self.type_error(format!("__match_args__ elements must be strings (got {tn})"));
                    };
                    match self.match_class_attr(subj, &cname, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(None),
                    }
                }
            }
        }
        for name in kwd_attrs {
            match self.match_class_attr(subj, &cname, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(attrs))
    }

    fn match_class_attr(
        &mut self,
        subj: &Value,
        cname: &str,
        name: &Rc<str>,
        seen: &mut Vec<Rc<str>>,
    ) -> PyResult<Option<Value>> {
        if seen.contains(name) {
            let r = super::format::str_repr(name);
            return self.type_error(format!("{cname}() got multiple sub-patterns for attribute {r}"));
        }
        seen.push(name.clone());
        match self.getattr(subj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.unwind_is_attr_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The builtin classes whose one positional sub-pattern matches the subject itself
    /// (`case int(x):`), and their subclasses.
    fn matches_self(&self, c: &ObjRef) -> bool {
        let t = &self.t;
        [&t.bool_, &t.int, &t.float, &t.str_, &t.bytes, &t.list, &t.tuple, &t.dict, &t.set, &t.frozenset]
            .into_iter()
            .any(|b| self.is_subclass(c, b))
    }
}

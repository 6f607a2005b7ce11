//! Recording trace events. Receivers are described without running user code (no user
//! `__repr__` is called), so tracing never changes what a program does.

use super::interp::Interp;
use super::value::{ObjRef, Payload, Value};
use super::PyResult;
use crate::trace::{Event, EventKind, ObjRef as TraceObj};
use crate::ObjectInfo;

/// Enough for any lesson; past it the trace is cut (the run itself goes on).
pub const MAX_EVENTS: usize = 200_000;

#[derive(Default)]
pub struct Tracer {
    pub events: Vec<Event>,
    pub depth: u32,
    /// Objects that appeared in the trace, in order of first appearance.
    seen: Vec<Seen>,
    seen_ids: rustc_hash::FxHashSet<u64>,
}

/// An object the trace showed. Instances are held weakly, with what they looked like when
/// first seen in case they die: holding them would delay their `__del__` and change what
/// `sys.getrefcount` says while tracing.
enum Seen {
    Held(ObjRef),
    Instance(std::rc::Weak<super::value::Obj>, Box<ObjectInfo>),
}

impl Seen {
    fn get(&self) -> Option<ObjRef> {
        match self {
            Seen::Held(o) => Some(o.clone()),
            Seen::Instance(w, _) => w.upgrade(),
        }
    }
}

/// The objects table stops growing here (the graph of a lesson has far fewer).
pub const MAX_OBJECTS: usize = 2_000;

impl Tracer {
    /// The addresses of the objects the trace holds (classes), each holding one reference.
    pub fn held_addresses(&self) -> rustc_hash::FxHashMap<usize, isize> {
        self.seen
            .iter()
            .filter_map(|s| match s {
                Seen::Held(o) => Some((std::rc::Rc::as_ptr(o) as *const u8 as usize, 1)),
                Seen::Instance(..) => None,
            })
            .collect()
    }

    /// The objects table for the UI: classes and instances seen in the trace.
    pub fn objects(&self, it: &mut Interp) -> Vec<ObjectInfo> {
        let mut out: Vec<ObjectInfo> = self
            .seen
            .iter()
            .map(|s| match s {
                Seen::Held(o) => it.object_info(o),
                Seen::Instance(w, info) => match w.upgrade() {
                    Some(o) => it.object_info(&o),
                    None => (**info).clone(),
                },
            })
            .collect();
        // The builtin classes the program's classes name (`object`, `type`, `int`, ...) as bases,
        // MRO entries or metaclasses, so that a UI can label every number it is given.
        let mut have: std::collections::HashSet<u64> = out.iter().map(|o| o.id).collect();
        let mut named = Vec::new();
        for o in self.seen.iter().filter_map(Seen::get) {
            if let Some(cd) = o.class_data() {
                named.extend(cd.mro());
                named.extend(cd.bases.borrow().iter().cloned());
                named.push(o.class());
            }
        }
        for c in named {
            if out.len() >= MAX_OBJECTS {
                break;
            }
            if c.is_class() && have.insert(c.id) {
                out.push(it.object_info(&c));
            }
        }
        out
    }
}

impl Interp {
    fn push_event(&mut self, ev: Event) {
        if let Some(t) = &mut self.tracer {
            if t.events.len() < MAX_EVENTS {
                t.events.push(ev);
            }
        }
    }

    /// False once the event cap is reached: later steps are not described at all.
    fn trace_room(&self) -> bool {
        self.tracer.as_ref().is_some_and(|t| t.events.len() < MAX_EVENTS)
    }

    fn trace_depth(&self) -> u32 {
        self.tracer.as_ref().map(|t| t.depth).unwrap_or(0)
    }

    fn adjust_depth(&mut self, delta: i32) {
        if let Some(t) = &mut self.tracer {
            t.depth = (t.depth as i32 + delta).max(0) as u32;
        }
    }

    /// Describes a value for the trace without calling user code.
    pub fn trace_obj(&mut self, v: &Value) -> Option<TraceObj> {
        let Value::Obj(o) = v else { return None };
        let new = self.tracer.as_ref().is_some_and(|t| {
            t.seen.len() < MAX_OBJECTS
                && (o.is_class() || matches!(o.payload, Payload::Instance | Payload::Slots(_)))
                && !t.seen_ids.contains(&o.id)
        });
        if new {
            let seen = if !o.is_class() {
                Seen::Instance(std::rc::Rc::downgrade(o), Box::new(self.object_info(o)))
            } else {
                Seen::Held(o.clone())
            };
            if let Some(t) = &mut self.tracer {
                t.seen_ids.insert(o.id);
                t.seen.push(seen);
            }
        }
        Some(TraceObj { id: o.id, type_name: self.type_name(v).to_string(), repr: self.short_repr(v) })
    }

    /// A repr that never runs user code: `<class 'Foo'>`, `<Foo object #12>`, builtin reprs.
    pub fn short_repr(&mut self, v: &Value) -> String {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Class(c) => format!("<class '{}'>", c.qualname.borrow()),
                Payload::Instance | Payload::Slots(_) => format!("<{} object #{}>", self.type_name(v), o.id),
                Payload::Function(f) => format!("<function {}>", f.qualname.borrow()),
                _ if o.class().class_data().is_some_and(|c| c.builtin) => {
                    let saved = self.tracer.take();
                    let r = self.repr(v).map(|s| s.to_string()).unwrap_or_else(|_| "?".into());
                    self.tracer = saved;
                    truncate(r)
                }
                _ => format!("<{} object #{}>", self.type_name(v), o.id),
            },
            _ => {
                let saved = self.tracer.take();
                let r = self.repr(v).map(|s| s.to_string()).unwrap_or_default();
                self.tracer = saved;
                truncate(r)
            }
        }
    }

    /// Whether the frame on top runs a module's library code (`Interp::exec_library`), whose
    /// calls are builtin steps.
    fn in_library(&self) -> bool {
        self.frames.last().is_some_and(|f| self.is_library_unit(f.unit))
    }

    pub fn trace_user_call(&mut self, qualname: &str, line: u32, receiver: Option<&Value>) {
        if !self.trace_room() {
            self.adjust_depth(1);
            return;
        }
        let depth = self.trace_depth();
        let mut ev = Event::new(EventKind::Call, qualname, self.in_library(), line, depth);
        ev.receiver = receiver.and_then(|r| self.trace_obj(r));
        self.push_event(ev);
        self.adjust_depth(1);
    }

    pub fn trace_user_return(&mut self, qualname: &str, v: Option<&Value>) {
        self.adjust_depth(-1);
        if !self.trace_room() {
            return;
        }
        let mut ev = Event::new(EventKind::Return, qualname, self.in_library(), self.cur_line(), self.trace_depth());
        if let Some(v) = v {
            ev.result = Some(self.short_repr(v));
            ev.result_obj = self.trace_obj(v);
        }
        self.push_event(ev);
    }

    pub fn trace_user_raise(&mut self, qualname: &str, e: &ObjRef) {
        self.adjust_depth(-1);
        if !self.trace_room() {
            return;
        }
        let mut ev = Event::new(EventKind::Raise, qualname, self.in_library(), self.cur_line(), self.trace_depth());
        ev.result = Some(self.exc_summary(e));
        self.push_event(ev);
    }

    fn exc_summary(&mut self, e: &ObjRef) -> String {
        let saved = self.tracer.take();
        let name = self.class_name(&e.class());
        let msg = self.exc_args_str(e).map(|s| s.to_string()).unwrap_or_default();
        self.tracer = saved;
        if msg.is_empty() {
            name.to_string()
        } else {
            format!("{name}: {msg}")
        }
    }

    pub fn trace_builtin_call(&mut self, qualname: &str, receiver: Option<&Value>) {
        if self.tracer.is_none() {
            return;
        }
        if !self.trace_room() {
            self.adjust_depth(1);
            return;
        }
        let line = self.cur_line();
        let depth = self.trace_depth();
        let mut ev = Event::new(EventKind::Call, qualname, true, line, depth);
        ev.receiver = receiver.and_then(|r| self.trace_obj(r));
        self.push_event(ev);
        self.adjust_depth(1);
    }

    pub fn trace_builtin_exit(&mut self, qualname: &str, r: &PyResult<Value>) {
        if self.tracer.is_none() {
            return;
        }
        self.adjust_depth(-1);
        if !self.trace_room() {
            return;
        }
        let line = self.cur_line();
        let depth = self.trace_depth();
        match r {
            Ok(v) => {
                let mut ev = Event::new(EventKind::Return, qualname, true, line, depth);
                ev.result = Some(self.short_repr(v));
                ev.result_obj = self.trace_obj(v);
                self.push_event(ev);
            }
            Err(e) => {
                if let Some(e) = e.exc() {
                    let mut ev = Event::new(EventKind::Raise, qualname, true, line, depth);
                    ev.result = Some(self.exc_summary(e));
                    self.push_event(ev);
                }
            }
        }
    }

    pub fn trace_lookup(&mut self, obj: &Value, name: &str, found: String) {
        if !self.trace_room() {
            return;
        }
        let line = self.cur_line();
        let depth = self.trace_depth();
        let mut ev = Event::new(EventKind::Lookup, format!("getattr {name}"), true, line, depth);
        ev.receiver = self.trace_obj(obj);
        ev.attr = Some(name.to_string());
        ev.found = Some(found);
        self.push_event(ev);
    }

    /// A one-line explanation attached to the step in progress.
    pub fn trace_note(&mut self, note: &str) {
        if let Some(t) = &mut self.tracer {
            if let Some(last) = t.events.last_mut() {
                if last.found.is_none() {
                    last.found = Some(note.to_string());
                }
            }
        }
    }

    /// Whether `type.__call__` on this class is worth a trace step (user classes and
    /// metaclass calls, not `int("5")`).
    pub fn traces_class(&self, cls: &ObjRef) -> bool {
        cls.is_user_class() || std::rc::Rc::ptr_eq(cls, &self.t.type_)
    }

    pub fn object_info(&mut self, o: &ObjRef) -> ObjectInfo {
        let v = Value::Obj(o.clone());
        let type_name = self.type_name(&v).to_string();
        let repr = self.short_repr(&v);
        match o.class_data() {
            Some(c) => ObjectInfo {
                id: o.id,
                kind: "class".into(),
                type_name,
                repr,
                name: Some(c.qualname.borrow().to_string()),
                bases: c.bases.borrow().iter().map(|b| b.id).collect(),
                metaclass: o.class.borrow().as_ref().map(|m| m.id),
                mro: c.mro.borrow().iter().map(|m| m.id).collect(),
                class: None,
            },
            None => ObjectInfo {
                id: o.id,
                kind: "instance".into(),
                type_name,
                repr,
                name: None,
                bases: Vec::new(),
                metaclass: None,
                mro: Vec::new(),
                class: o.class.borrow().as_ref().map(|c| c.id),
            },
        }
    }
}

fn truncate(s: String) -> String {
    if s.chars().count() > 80 {
        let mut t: String = s.chars().take(77).collect();
        t.push_str("...");
        t
    } else {
        s
    }
}

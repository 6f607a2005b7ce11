//! When CPython 3.11 makes a plain instance's `__dict__` an object, which decides whether a
//! collection counts it (`runtime::gc`). Until then the attributes live inline, in a values
//! array indexed by the class's shared keys (`CACHED_KEYS`). The dict is made when the program
//! asks for it (`obj.__dict__`, `vars`, `dir`, copying) or when a new attribute name finds no
//! room left in the shared keys: 30 names, one taken by each new instance (down to one), one
//! by each new name, and by the names `dir()` merges into a copy that still shares them.
//! Not modelled: names stored through the dict itself (`obj.__dict__[k] = v`).

use super::interp::Interp;
use super::value::ObjRef;
use std::rc::Rc;

/// A plain class's shared keys: the room left, and the names.
pub struct SharedKeys {
    usable: u8,
    names: Vec<Rc<str>>,
}

impl Default for SharedKeys {
    fn default() -> Self {
        SharedKeys { usable: 30, names: Vec::new() }
    }
}

impl SharedKeys {
    /// Takes room for `name` unless the keys have it: false when there is none left.
    fn take(&mut self, name: &Rc<str>) -> bool {
        if self.names.contains(name) {
            return true;
        }
        if self.usable == 0 {
            return false;
        }
        self.usable -= 1;
        self.names.push(name.clone());
        true
    }
}

impl Interp {
    /// A plain instance of `cls` was made (`object_new`'s `init_inline_values`).
    #[cold]
    pub(super) fn note_new_instance(&mut self, cls: &ObjRef) {
        let keys = self.gc.shared_keys.entry(cls.id).or_default();
        if keys.usable > 1 {
            keys.usable -= 1;
        }
    }

    /// `name` is about to be stored in `o`'s `__dict__` (dict `d`): a new name for a plain
    /// instance takes room in its class's shared keys; without room the instance gets a dict
    /// of its own (no longer sharing them).
    #[cold]
    pub(super) fn note_new_attr(&mut self, o: &ObjRef, d: &ObjRef, name: &Rc<str>) {
        if !super::gc_count::inline_attributes(o) || self.gc.combined.contains(&d.id) {
            return;
        }
        if d.dict_data().is_some_and(|x| x.borrow().get_str(name).is_some()) {
            return;
        }
        if !self.gc.shared_keys.entry(o.class().id).or_default().take(name) {
            self.expose_dict(d);
            self.gc.combined.insert(d.id);
        }
    }

    /// `dir(o)`: `object.__dir__` copies the instance's dict, still sharing the class's keys,
    /// and merges the names of the class and its bases into the copy, which adds them to the
    /// keys while there is room.
    #[cold]
    pub(super) fn note_dir(&mut self, o: &ObjRef) {
        let Some(d) = o.dict.clone().filter(|_| super::gc_count::inline_attributes(o)) else { return };
        self.expose_dict(&d);
        if self.gc.combined.contains(&d.id) {
            return;
        }
        let mut names: Vec<Rc<str>> = Vec::new();
        merge_class_names(&o.class(), &mut names);
        let keys = self.gc.shared_keys.entry(o.class().id).or_default();
        for name in &names {
            if !keys.take(name) {
                break;
            }
        }
    }

    /// The program took an object's `__dict__` (`obj.__dict__`, `vars`, `dir`, copying): CPython
    /// 3.11 makes the dict of a plain instance then, and it counts among the garbage after.
    pub(super) fn expose_dict(&mut self, d: &ObjRef) {
        if self.heap.tracks_instances() {
            // CPython makes the dict tracked if it holds a container, and it stays so until
            // a collection finds it holding none.
            let tracked = super::gc_count::holds_trackable(d);
            let first = !self.gc.exposed.contains_key(&d.id);
            *self.gc.exposed.entry(d.id).or_default() |= tracked;
            // Made now, it stands here in CPython's list of tracked objects (`gc_list`).
            if first {
                let now = (self.heap.next_id() - 1, 1 << 32);
                self.gc.order.entry(d.id).or_insert(now);
            }
        }
    }

    /// `d[k] = v`: CPython starts tracking a dict that held only atomic items when a
    /// container goes in (`MAINTAIN_TRACKING`), which places it in its list (`gc_list`).
    #[cold]
    pub(super) fn note_dict_store(&mut self, d: &ObjRef, v: &super::value::Value) {
        if self.gc.order.contains_key(&d.id) || !super::gc_count::trackable(v) || super::gc_count::holds_trackable(d) {
            return;
        }
        let now = (self.heap.next_id() - 1, 1 << 32);
        self.gc.order.insert(d.id, now);
        // A program making many such dicts would grow the map without end: the dead go.
        if self.gc.order.len() >= self.gc.order_prune_at {
            let alive: rustc_hash::FxHashSet<u64> = self.heap.objects_alive().map(|o| o.id).collect();
            self.gc.order.retain(|id, _| alive.contains(id));
            self.gc.order_prune_at = (self.gc.order.len() * 2).max(4096);
        }
    }
}

/// `merge_class_dict`'s order: the class's own names, then each base's, depth first.
fn merge_class_names(cls: &ObjRef, out: &mut Vec<Rc<str>>) {
    if let Some(d) = cls.dict.as_ref().and_then(|d| d.dict_data()) {
        for k in d.borrow().keys() {
            if let super::value::Value::Str(s) = k {
                out.push(s);
            }
        }
    }
    let bases = cls.class_data().map(|c| c.bases.borrow().clone()).unwrap_or_default();
    for b in &bases {
        merge_class_names(b, out);
    }
}

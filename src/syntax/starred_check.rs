//! CPython's compiler errors for a `*x` standing where it cannot: alone as a value
//! (`x = *a`, `return *a`) or alone as a target (`*x = 1`, `for *x in y`), and two in one
//! target (`a, *b, *c = x`). They are compile errors, raised after the whole module parsed
//! and before anything runs, so they are noted here rather than raised.

use super::ast::{Expr, ExprKind};
use super::parser::{PResult, Parser};

impl Parser<'_> {
    /// A value that is a lone starred expression; true when it was one (CPython compiles the
    /// value before the targets, so its error is the one met first).
    pub(super) fn note_starred_value(&mut self, e: &Expr) -> bool {
        let lone = matches!(e.kind, ExprKind::Starred(_));
        if lone {
            self.note_compile_error(self.error("can't use starred expression here", e.range));
        }
        lone
    }

    /// An assignment target (of `=`, `for`, `with ... as`, a comprehension's `for`).
    pub(super) fn note_starred_target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Starred(_) => {
                self.note_compile_error(self.error("starred assignment target must be in a list or tuple", t.range));
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                if items.iter().filter(|i| matches!(i.kind, ExprKind::Starred(_))).count() > 1 {
                    self.note_compile_error(self.error("multiple starred expressions in assignment", t.range));
                    return;
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.note_starred_target(inner),
                        _ => self.note_starred_target(item),
                    }
                }
            }
            _ => {}
        }
    }

    /// One target of `del`: CPython's grammar names a starred one (`del *x`).
    pub(super) fn del_target(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let star = self.advance().range.start;
            let e = self.bitor()?;
            return Err(self.error("cannot delete starred", super::ast::TextRange::new(star, e.range.end)));
        }
        self.bitor()
    }
}

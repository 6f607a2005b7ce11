//! Number and string formatting with CPython 3.11 semantics.
//!
//! Everything here is pure Rust and never panics on user input.  The
//! behaviour mirrors CPython's `Python/formatter_unicode.c`,
//! `Python/pystrtod.c`, `Objects/floatobject.c`, `Objects/longobject.c`,
//! `Python/pyhash.c` and `Objects/tupleobject.c`.
//!
//! * [`float_repr`], [`str_repr`], [`ascii_repr_of`]: `repr()` / `ascii()`.
//! * [`parse_format_spec`] and `format_*`: the format-spec mini-language.
//! * [`parse_int_literal`], [`parse_float_literal`]: `int(s, base)`, `float(s)`.
//! * [`int_true_div`], [`float_divmod`], [`float_to_bigint`], [`round_float`],
//!   [`round_int`]: correctly rounded arithmetic helpers.
//! * [`hash_int`], [`hash_float`], [`hash_tuple`], [`hash_str`]: CPython's hash functions.

mod arith;
mod digits;
mod float_repr;
mod hash;
mod hash_str;
mod parse_num;
mod spec;
mod str_repr;
mod unicode_tables;

pub use arith::{
    float_divmod, float_to_bigint, int_true_div, ratio_to_f64, round_float, round_float_checked, round_int,
};
pub use float_repr::{float_repr, format_float_short};
pub use hash::{hash_float, hash_int, hash_tuple};
pub use hash_str::{hash_ascii, hash_str};
pub use parse_num::{parse_float_literal, parse_int_literal};
pub use spec::{
    format_float, format_float_typed, format_int, format_int_typed, format_str, format_str_typed, parse_format_spec,
    FormatSpec,
};
pub use str_repr::{ascii_repr_of, is_printable, str_repr};

/// An error to be raised as a Python exception: `kind` is the exception
/// class name (e.g. `"ValueError"`), `msg` its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FmtError {
    pub kind: &'static str,
    pub msg: String,
}

impl FmtError {
    pub(crate) fn value(msg: impl Into<String>) -> Self {
        FmtError { kind: "ValueError", msg: msg.into() }
    }
    pub(crate) fn overflow(msg: impl Into<String>) -> Self {
        FmtError { kind: "OverflowError", msg: msg.into() }
    }
}

impl std::fmt::Display for FmtError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.msg)
    }
}

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Outputs longer than this (from huge widths or precisions) raise
/// `MemoryError` instead of being built.
pub const MAX_OUTPUT_CHARS: usize = 1 << 26;

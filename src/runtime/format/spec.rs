//! The format-spec mini-language (`format(x, spec)`, f-strings,
//! `str.format`), after CPython's `Python/formatter_unicode.c`.

use super::float_repr::{format_float_short, ShortFlags};
use super::parse_num::decimal_value;
use super::{FmtError, INT_MAX_STR_DIGITS, MAX_OUTPUT_CHARS};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Parsing is type independent; the per-type defaults (alignment, default
/// presentation type) are applied by `format_int` / `format_float` /
/// `format_str`, which also report the errors that name the type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The spec text as given.
    pub raw: String,
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive.
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag (only when no fill character was given).
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, if given.
    pub ty: Option<char>,
    /// More than one character was left for the type: CPython's
    /// "Invalid format specifier ... for object of type ..." error.
    pub invalid: bool,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// `get_integer`: Unicode decimal digits; overflow past `Py_ssize_t` is an error.
fn get_integer(cs: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let mut acc: u64 = 0;
    let mut n = 0;
    while let Some(d) = cs.get(*pos).and_then(|&c| decimal_value(c)) {
        if acc > (i64::MAX as u64 - d as u64) / 10 {
            return Err(FmtError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as u64;
        *pos += 1;
        n += 1;
    }
    Ok(if n == 0 { None } else { Some(acc.min(usize::MAX as u64) as usize) })
}

/// Parse a format spec.  Errors that do not depend on the formatted type
/// are reported here; the rest by the `format_*` functions.
pub fn parse_format_spec(s: &str) -> Result<FormatSpec, FmtError> {
    let cs: Vec<char> = s.chars().collect();
    let mut spec = FormatSpec { raw: s.to_string(), ..FormatSpec::default() };
    let mut pos = 0;
    if cs.len() >= 2 && is_align(cs[1]) {
        spec.fill = Some(cs[0]);
        spec.align = Some(cs[1]);
        pos = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        spec.align = Some(cs[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = cs.get(pos) {
        spec.sign = Some(c);
        pos += 1;
    }
    if cs.get(pos) == Some(&'z') {
        spec.no_neg_0 = true;
        pos += 1;
    }
    if cs.get(pos) == Some(&'#') {
        spec.alternate = true;
        pos += 1;
    }
    if spec.fill.is_none() && cs.get(pos) == Some(&'0') {
        spec.zero = true;
        pos += 1;
    }
    spec.width = get_integer(&cs, &mut pos)?;
    if cs.get(pos) == Some(&',') {
        spec.grouping = Some(',');
        pos += 1;
    }
    if cs.get(pos) == Some(&'_') {
        if spec.grouping.is_some() {
            return Err(FmtError::value("Cannot specify both ',' and '_'."));
        }
        spec.grouping = Some('_');
        pos += 1;
    }
    if cs.get(pos) == Some(&',') && spec.grouping == Some('_') {
        return Err(FmtError::value("Cannot specify both ',' and '_'."));
    }
    if cs.get(pos) == Some(&'.') {
        pos += 1;
        spec.precision = get_integer(&cs, &mut pos)?;
        if spec.precision.is_none() {
            return Err(FmtError::value("Format specifier missing precision"));
        }
    }
    let rest = cs.len() - pos.min(cs.len());
    if rest > 1 {
        spec.invalid = true;
    } else if rest == 1 {
        spec.ty = Some(cs[pos]);
    }
    Ok(spec)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sep {
    None,
    Comma,
    Under3,
    Under4,
}

/// A spec with the per-type defaults applied.
struct Resolved {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_0: bool,
    alternate: bool,
    width: usize,
    sep: Sep,
    precision: Option<usize>,
    ty: char,
}

/// Printable form of a presentation type in error messages.
fn code_text(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{v:x}")
    }
}

fn unknown_code(ty: char, type_name: &str) -> FmtError {
    FmtError::value(format!("Unknown format code '{}' for object of type '{type_name}'", code_text(ty)))
}

fn resolve(spec: &FormatSpec, type_name: &str, default_type: char, default_align: char) -> Result<Resolved, FmtError> {
    if spec.invalid {
        return Err(FmtError::value(format!(
            "Invalid format specifier '{}' for object of type '{type_name}'",
            spec.raw
        )));
    }
    let ty = spec.ty.unwrap_or(default_type);
    let mut sep = match spec.grouping {
        Some(',') => Sep::Comma,
        Some(_) => Sep::Under3,
        None => Sep::None,
    };
    if let Some(g) = spec.grouping {
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if g == '_' => sep = Sep::Under4,
            _ => return Err(FmtError::value(format!("Cannot specify '{g}' with '{}'.", code_text(ty)))),
        }
    }
    let width = spec.width.unwrap_or(0);
    if width > MAX_OUTPUT_CHARS {
        return Err(FmtError { kind: "MemoryError", msg: String::new() });
    }
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && default_align == '>' { '=' } else { default_align });
    Ok(Resolved {
        fill,
        align,
        sign: spec.sign,
        no_neg_0: spec.no_neg_0,
        alternate: spec.alternate,
        width,
        sep,
        precision: spec.precision,
        ty,
    })
}

/// `_PyUnicode_InsertThousandsGrouping`: group `digits` from the right,
/// left-padding with zeros up to `min_width` characters.
fn group_digits(digits: &[char], min_width: i64, group: i64, sep: Option<char>) -> Vec<char> {
    let mut min_width = min_width.max(0);
    let sep_len = sep.is_some() as i64;
    let mut out_rev: Vec<char> = Vec::with_capacity(digits.len() + min_width as usize);
    let mut dpos = digits.len();
    let mut remaining = digits.len() as i64;
    let mut use_sep = false;
    let fill = |out: &mut Vec<char>, dpos: &mut usize, n_chars: i64, n_zeros: i64, use_sep: bool| {
        if use_sep {
            if let Some(c) = sep {
                out.push(c);
            }
        }
        for _ in 0..n_chars {
            *dpos -= 1;
            out.push(digits[*dpos]);
        }
        for _ in 0..n_zeros {
            out.push('0');
        }
    };
    let mut broken = false;
    if group > 0 {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            fill(&mut out_rev, &mut dpos, n_chars, n_zeros, use_sep);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        fill(&mut out_rev, &mut dpos, n_chars, n_zeros, use_sep && group > 0);
    }
    out_rev.reverse();
    out_rev
}

/// `calc_number_widths` + `fill_number`: lay out
/// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
fn fill_number(r: &Resolved, negative: bool, prefix: &str, digits: &str, has_decimal: bool, remainder: &str) -> String {
    // 'n' uses the C locale: no grouping.  'X' upper-cases prefix and digits.
    let use_locale_n = r.ty == 'n';
    let upper = r.ty == 'X';
    let sign = match r.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let (group, sep) = match (use_locale_n, r.sep) {
        (true, _) | (_, Sep::None) => (0, None),
        (_, Sep::Comma) => (3, Some(',')),
        (_, Sep::Under3) => (3, Some('_')),
        (_, Sep::Under4) => (4, Some('_')),
    };
    let n_prefix = prefix.chars().count() as i64;
    let n_remainder = remainder.chars().count() as i64;
    let non_digit = sign.is_some() as i64 + n_prefix + has_decimal as i64 + n_remainder;
    let width = r.width as i64;
    let min_width = if r.fill == '0' && r.align == '=' { width - non_digit } else { 0 };
    let dchars: Vec<char> = digits.chars().collect();
    let grouped = if dchars.is_empty() { Vec::new() } else { group_digits(&dchars, min_width, group, sep) };
    let n_padding = width - (non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match r.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::new();
    let pad = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(r.fill);
        }
    };
    pad(&mut out, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    if upper {
        out.push_str(&prefix.to_ascii_uppercase());
    } else {
        out.push_str(prefix);
    }
    pad(&mut out, spad);
    for c in grouped {
        out.push(if upper { c.to_ascii_uppercase() } else { c });
    }
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    pad(&mut out, rpad);
    out
}

/// `format(v, spec)` for an int.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, FmtError> {
    format_int_typed(v, spec, "int")
}

/// [`format_int`] naming `type_name` (e.g. `"bool"`) in error messages.
pub fn format_int_typed(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    let r = resolve(spec, type_name, 'd', '>')?;
    match r.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = v
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| FmtError::overflow("int too large to convert to float"))?;
            return format_float_resolved(f, &r);
        }
        t => return Err(unknown_code(t, type_name)),
    }
    if r.precision.is_some() {
        return Err(FmtError::value("Precision not allowed in integer format specifier"));
    }
    if r.no_neg_0 {
        return Err(FmtError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if r.ty == 'c' {
        if r.sign.is_some() {
            return Err(FmtError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if r.alternate {
            return Err(FmtError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let x = v.to_i64().ok_or_else(|| FmtError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(FmtError::overflow("%c arg not in range(0x110000)"));
        }
        let ch = char::from_u32(x as u32).ok_or_else(|| FmtError::value("surrogate characters are not supported"))?;
        return Ok(fill_number(&r, false, "", "", false, &ch.to_string()));
    }
    let (base, prefix) = match r.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    if base == 10 && v.magnitude().bits() > 14000 {
        let digits = v.magnitude().to_string();
        if digits.len() > INT_MAX_STR_DIGITS {
            return Err(FmtError::value(format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    let digits = v.magnitude().to_str_radix(base);
    let prefix = if r.alternate { prefix } else { "" };
    Ok(fill_number(&r, v.sign() == Sign::Minus, prefix, &digits, false, ""))
}

/// `format(v, spec)` for a float.
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, FmtError> {
    format_float_typed(v, spec, "float")
}

/// [`format_float`] naming `type_name` in error messages.
pub fn format_float_typed(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    let r = resolve(spec, type_name, '\0', '>')?;
    match r.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_resolved(v, &r),
        t => Err(unknown_code(t, type_name)),
    }
}

/// `format_float_internal`.
fn format_float_resolved(v: f64, r: &Resolved) -> Result<String, FmtError> {
    if r.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FmtError::value("precision too big"));
    }
    let mut flags = ShortFlags { alt: r.alternate, no_neg_0: r.no_neg_0, ..ShortFlags::default() };
    let mut ty = r.ty;
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = v;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match r.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p as i64
        }
    };
    let mut buf =
        format_float_short(val, ty, precision, flags).ok_or(FmtError { kind: "MemoryError", msg: String::new() })?;
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(ndig);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(rem) => (true, rem),
        None => (false, rest),
    };
    Ok(fill_number(r, negative, "", digits, has_decimal, remainder))
}

/// `format(v, spec)` for a str.
pub fn format_str(v: &str, spec: &FormatSpec) -> Result<String, FmtError> {
    format_str_typed(v, spec, "str")
}

/// [`format_str`] naming `type_name` in error messages.
pub fn format_str_typed(v: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    let r = resolve(spec, type_name, 's', '<')?;
    if r.ty != 's' {
        return Err(unknown_code(r.ty, type_name));
    }
    match r.sign {
        Some(' ') => return Err(FmtError::value("Space not allowed in string format specifier")),
        Some(_) => return Err(FmtError::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if r.no_neg_0 {
        return Err(FmtError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if r.alternate {
        return Err(FmtError::value("Alternate form (#) not allowed in string format specifier"));
    }
    if r.align == '=' {
        return Err(FmtError::value("'=' alignment not allowed in string format specifier"));
    }
    let text: &str = match r.precision {
        Some(p) => match v.char_indices().nth(p) {
            Some((i, _)) => &v[..i],
            None => v,
        },
        None => v,
    };
    let n = text.chars().count();
    let total = r.width.max(n);
    let lpad = match r.align {
        '>' => total - n,
        '^' => (total - n) / 2,
        _ => 0,
    };
    let rpad = total - n - lpad;
    let mut out = String::with_capacity(text.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(r.fill, lpad));
    out.push_str(text);
    out.extend(std::iter::repeat_n(r.fill, rpad));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(v: i64, s: &str) -> String {
        parse_format_spec(s).and_then(|sp| format_int(&BigInt::from(v), &sp)).unwrap_or_else(|e| e.msg)
    }
    fn ff(v: f64, s: &str) -> String {
        parse_format_spec(s).and_then(|sp| format_float(v, &sp)).unwrap_or_else(|e| e.msg)
    }

    #[test]
    fn basics() {
        assert_eq!(fi(1234, "010,"), "00,001,234");
        assert_eq!(fi(-255, "#x"), "-0xff");
        assert_eq!(fi(255, "#_b"), "0b1111_1111");
        assert_eq!(fi(65, "05c"), "0000A");
        assert_eq!(ff(1234567.0, ","), "1,234,567.0");
        assert_eq!(ff(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(ff(-0.0001, "z.2f"), "0.00");
        assert_eq!(ff(1.0, ".3"), "1.0");
        assert_eq!(ff(0.5, "%"), "50.000000%");
        assert_eq!(fi(1, "abc"), "Invalid format specifier 'abc' for object of type 'int'");
    }
}

//! `fmt % args`: printf-style formatting as CPython's `PyUnicode_Format`, with `*` widths and
//! precisions, `(key)` lookups, int precision (`%.3d` is `007`) and what each conversion
//! accepts (`%d` anything `int()` takes, `%x` ints and `__index__`, `%f` `__float__`).

use super::interp::Interp;
use super::methods_types::unbox;
use super::value::{Payload, Value};
use super::PyResult;
use num_traits::Signed;

/// One `%` specifier's flags, width and precision.
#[derive(Default)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

/// The arguments being consumed, and the mapping for `%(key)s`.
struct Args {
    items: Vec<Value>,
    next: usize,
    mapping: Option<Value>,
}

impl Args {
    fn next(&mut self, it: &mut Interp) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => it.type_error("not enough arguments for format string"),
        }
    }

    /// A `*` width or precision.
    fn star(&mut self, it: &mut Interp) -> PyResult<i64> {
        match unbox(&self.next(it)?) {
            Value::Int(n, _) => Ok(n),
            Value::Bool(b) => Ok(b as i64),
            Value::BigInt(_) => it.value_error("width too big"),
            _ => it.type_error("* wants int"),
        }
    }
}

impl Interp {
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        let mapping = match args {
            Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Some(args.clone()),
            _ => None,
        };
        let items = match self.tuple_items(args) {
            Some(t) => t.to_vec(),
            None => vec![args.clone()],
        };
        let mut args = Args { items, next: 0, mapping };
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        let mut used_mapping = false;
        while i < chars.len() {
            if chars[i] != '%' {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            i += 1;
            if chars.get(i) == Some(&'%') {
                out.push('%');
                i += 1;
                continue;
            }
            let mut key = None;
            if chars.get(i) == Some(&'(') {
                let start = i + 1;
                let mut depth = 1;
                let mut j = start;
                while j < chars.len() && depth > 0 {
                    match chars[j] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                if depth > 0 {
                    return self.value_error("incomplete format key");
                }
                key = Some(chars[start..j - 1].iter().collect::<String>());
                i = j;
            }
            let mut spec = Spec::default();
            while let Some(&f) = chars.get(i) {
                match f {
                    '-' => spec.left = true,
                    '+' => spec.plus = true,
                    ' ' => spec.space = true,
                    '#' => spec.alt = true,
                    '0' => spec.zero = true,
                    _ => break,
                }
                i += 1;
            }
            if chars.get(i) == Some(&'*') {
                let w = args.star(self)?;
                spec.left |= w < 0;
                spec.width = w.unsigned_abs() as usize;
                i += 1;
            } else {
                spec.width = digits(&chars, &mut i);
            }
            if chars.get(i) == Some(&'.') {
                i += 1;
                if chars.get(i) == Some(&'*') {
                    spec.prec = Some(args.star(self)?.max(0) as usize);
                    i += 1;
                } else {
                    spec.prec = Some(digits(&chars, &mut i));
                }
            }
            // C's length modifiers are accepted and ignored.
            while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
                i += 1;
            }
            let Some(&conv) = chars.get(i) else { return self.value_error("incomplete format") };
            i += 1;
            // A conversion is checked after its argument is taken (`"%5%" % ()` is a TypeError).
            let arg = match &key {
                Some(k) => {
                    used_mapping = true;
                    let Some(m) = args.mapping.clone() else { return self.type_error("format requires a mapping") };
                    // CPython's arguments become the looked-up value, used up by this
                    // conversion: a later `%s` has none left.
                    args.next = args.items.len();
                    self.getitem(&m, &Value::str(k))?
                }
                None => args.next(self)?,
            };
            let (body, numeric) = match conv {
                's' => (self.str_of(&arg)?.to_string(), false),
                'r' => (self.repr(&arg)?.to_string(), false),
                'a' => (super::format::ascii_repr_of(&self.repr(&arg)?), false),
                'c' => (self.percent_char(&arg)?.to_string(), false),
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => (self.percent_int(&arg, conv, &spec)?, true),
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (self.percent_float(&arg, conv, &spec)?, true),
                other => {
                    return self.value_error(format!(
                        "unsupported format character '{other}' ({:#x}) at index {}",
                        other as u32,
                        i - 1
                    ));
                }
            };
            let body = match (spec.prec, conv) {
                (Some(p), 's' | 'r' | 'a') => body.chars().take(p).collect(),
                _ => body,
            };
            pad(&mut out, &body, &spec, numeric);
        }
        if args.next < args.items.len() && !used_mapping && args.mapping.is_none() {
            return self.type_error("not all arguments converted during string formatting");
        }
        Ok(out)
    }

    /// `%d`/`%i`/`%u` take anything `int()` does (a float is truncated); `%x`/`%X`/`%o` an int
    /// or an `__index__`. The precision is a minimum count of digits.
    fn percent_int(&mut self, arg: &Value, conv: char, spec: &Spec) -> PyResult<String> {
        let v = unbox(arg);
        let n = match &v {
            Value::Int(..) | Value::BigInt(_) | Value::Bool(_) => super::numbers::to_big(&v).unwrap_or_default(),
            _ => {
                let tn = self.type_name(arg);
                let integer = "xXo".contains(conv);
                let what = if integer { "an integer" } else { "a real number" };
                let wrong = format!("%{conv} format: {what} is required, not {tn}");
                if !self.is_number_like(&v) {
                    return self.type_error(wrong);
                }
                let r = if integer {
                    self.index_value(&v, &wrong).map(Value::int)
                } else {
                    let int = Value::Obj(self.t.int.clone());
                    self.call(&int, vec![v.clone()], vec![])
                };
                match r {
                    Ok(i) => super::numbers::to_big(&unbox(&i)).unwrap_or_default(),
                    Err(e) if self.is_exc(&e, "TypeError") => return self.type_error(wrong),
                    Err(e) => return Err(e),
                }
            }
        };
        let digits = match conv {
            'x' => n.abs().to_str_radix(16),
            'X' => n.abs().to_str_radix(16).to_uppercase(),
            'o' => n.abs().to_str_radix(8),
            _ => n.abs().to_string(),
        };
        let zeros = spec.prec.unwrap_or(0).saturating_sub(digits.len());
        let prefix = match (spec.alt, conv) {
            (true, 'x') => "0x",
            (true, 'X') => "0X",
            (true, 'o') => "0o",
            _ => "",
        };
        Ok(format!("{}{prefix}{}{digits}", sign(n.is_negative(), spec), "0".repeat(zeros)))
    }

    /// `%e`/`%f`/`%g` take a float, an int, or anything with `__float__` or `__index__`.
    fn percent_float(&mut self, arg: &Value, conv: char, spec: &Spec) -> PyResult<String> {
        let v = unbox(arg);
        let x = match &v {
            Value::Float(..) | Value::Int(..) | Value::BigInt(_) | Value::Bool(_) => v.clone(),
            _ if self.is_number_like(&v) => {
                let float = Value::Obj(self.t.float.clone());
                self.call(&float, vec![v.clone()], vec![])?
            }
            _ => {
                let tn = self.type_name(arg);
                return self.type_error(format!("must be real number, not {tn}"));
            }
        };
        let x = match unbox(&x) {
            Value::Float(f, _) => f,
            other => match super::numbers::to_f64(&other).filter(|f| f.is_finite()) {
                Some(f) => f,
                None => return self.err("OverflowError", "int too large to convert to float"),
            },
        };
        let mut fspec = String::new();
        if spec.alt {
            fspec.push('#');
        }
        fspec.push_str(&format!(".{}{conv}", spec.prec.unwrap_or(6)));
        let body = self.native_format(&Value::float(x.abs()), &fspec)?;
        let negative = x.is_sign_negative() && !x.is_nan();
        Ok(format!("{}{body}", sign(negative, spec)))
    }

    /// `%c`: a one-character str, or an int code point.
    fn percent_char(&mut self, arg: &Value) -> PyResult<char> {
        match unbox(arg) {
            Value::Str(s) => {
                let mut cs = s.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => Ok(c),
                    _ => self.type_error("%c requires int or char"),
                }
            }
            v => {
                let n = match &v {
                    Value::Int(n, _) => *n,
                    Value::Bool(b) => *b as i64,
                    Value::Obj(_) if self.is_number_like(&v) => match self.index_value(&v, "%c requires int or char") {
                        Ok(n) => n,
                        Err(e) if self.is_exc(&e, "TypeError") => return self.type_error("%c requires int or char"),
                        Err(e) => return Err(e),
                    },
                    Value::BigInt(_) => return self.err("OverflowError", "%c arg not in range(0x110000)"),
                    _ => return self.type_error("%c requires int or char"),
                };
                match u32::try_from(n).ok().and_then(char::from_u32) {
                    Some(c) => Ok(c),
                    None => self.err("OverflowError", "%c arg not in range(0x110000)"),
                }
            }
        }
    }

    /// CPython's `PyNumber_Check`: a float, or a type with `__index__`, `__int__` or `__float__`.
    fn is_number_like(&mut self, v: &Value) -> bool {
        match v {
            Value::Float(..) | Value::Int(..) | Value::BigInt(_) | Value::Bool(_) => true,
            Value::Obj(_) => {
                let t = self.type_of(v);
                ["__index__", "__int__", "__float__"].iter().any(|m| self.lookup_special(&t, m).is_some())
            }
            _ => false,
        }
    }
}

fn digits(chars: &[char], i: &mut usize) -> usize {
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n.saturating_mul(10).saturating_add(d as usize);
        *i += 1;
    }
    n
}

fn sign(negative: bool, spec: &Spec) -> &'static str {
    match (negative, spec.plus, spec.space) {
        (true, _, _) => "-",
        (false, true, _) => "+",
        (false, false, true) => " ",
        _ => "",
    }
}

/// Pads `body` to the width: left-justified, or zero-filled after the sign and `0x` prefix for
/// numbers, or right-justified with spaces.
fn pad(out: &mut String, body: &str, spec: &Spec, numeric: bool) {
    let len = body.chars().count();
    let fill = spec.width.saturating_sub(len);
    if fill == 0 {
        out.push_str(body);
    } else if spec.left {
        out.push_str(body);
        out.push_str(&" ".repeat(fill));
    } else if spec.zero && numeric {
        let sign_len = usize::from(body.starts_with(['-', '+', ' ']));
        let prefix_len = if ["0x", "0X", "0o"].iter().any(|p| body[sign_len..].starts_with(p)) { 2 } else { 0 };
        let (head, digits) = body.split_at(sign_len + prefix_len);
        out.push_str(head);
        out.push_str(&"0".repeat(fill));
        out.push_str(digits);
    } else {
        out.push_str(&" ".repeat(fill));
        out.push_str(body);
    }
}

//! Methods of `str`.

use super::builtins::{arity, take_kw, unexpected_kw};
use super::function::arg;
use super::function::{BuiltinKind, KwSpec, Kwargs, NativeFn, Sig};
use super::interp::Interp;
use super::methods::reg_sig;
use super::value::Value;
use super::PyResult;
use std::rc::Rc;
use Sig::{Any, Clinic, Keywords, NoArgs, One, Varargs};

use BuiltinKind::Method as M;

pub fn install(it: &mut Interp) {
    let s = it.t.str_.clone();
    let table: &[(&str, Sig, NativeFn)] = &[
        ("join", One, str_join),
        ("upper", NoArgs, str_upper),
        ("lower", NoArgs, str_lower),
        ("title", NoArgs, str_title),
        ("capitalize", NoArgs, str_capitalize),
        ("swapcase", NoArgs, str_swapcase),
        ("casefold", NoArgs, str_lower),
        ("strip", Clinic(0, 1), str_strip),
        ("lstrip", Clinic(0, 1), str_lstrip),
        ("rstrip", Clinic(0, 1), str_rstrip),
        ("split", Keywords(&SPLIT), str_split),
        ("rsplit", Keywords(&SPLIT), str_rsplit),
        ("splitlines", Keywords(&SPLITLINES), str_splitlines),
        ("replace", Clinic(2, 3), str_replace),
        ("find", Varargs(1, 3), str_find),
        ("rfind", Varargs(1, 3), str_rfind),
        ("index", Varargs(1, 3), str_index),
        ("rindex", Varargs(1, 3), str_rindex),
        ("count", Varargs(1, 3), str_count),
        ("startswith", Varargs(1, 3), str_startswith),
        ("endswith", Varargs(1, 3), str_endswith),
        ("isdigit", NoArgs, str_isdigit),
        ("isdecimal", NoArgs, str_isdigit),
        ("isnumeric", NoArgs, str_isnumeric),
        ("isalpha", NoArgs, str_isalpha),
        ("isalnum", NoArgs, str_isalnum),
        ("isspace", NoArgs, str_isspace),
        ("isupper", NoArgs, str_isupper),
        ("islower", NoArgs, str_islower),
        ("istitle", NoArgs, str_istitle),
        ("isidentifier", NoArgs, str_isidentifier),
        ("center", Clinic(1, 2), str_center),
        ("ljust", Clinic(1, 2), str_ljust),
        ("rjust", Clinic(1, 2), str_rjust),
        ("zfill", One, str_zfill),
        ("partition", One, str_partition),
        ("rpartition", One, str_rpartition),
        ("format", Any, str_format),
        ("removeprefix", One, str_removeprefix),
        ("removesuffix", One, str_removesuffix),
        ("encode", Keywords(&ENCODE), str_encode),
        ("expandtabs", Keywords(&EXPANDTABS), str_expandtabs),
        ("isascii", NoArgs, str_isascii),
        ("isprintable", NoArgs, str_isprintable),
        ("translate", One, str_translate),
        ("format_map", One, str_format_map),
    ];
    for (name, sig, f) in table {
        reg_sig(it, &s, name, M, *sig, *f);
    }
    reg_sig(it, &s, "maketrans", BuiltinKind::Static, Clinic(1, 3), str_maketrans);
}

static SPLIT: KwSpec = KwSpec { names: &["sep", "maxsplit"], posonly: 0, minpos: 0, maxpos: 2 };
static SPLITLINES: KwSpec = KwSpec { names: &["keepends"], posonly: 0, minpos: 0, maxpos: 1 };
static ENCODE: KwSpec = KwSpec { names: &["encoding", "errors"], posonly: 0, minpos: 0, maxpos: 2 };
static EXPANDTABS: KwSpec = KwSpec { names: &["tabsize"], posonly: 0, minpos: 0, maxpos: 1 };

fn this(it: &mut Interp, args: &[Value], name: &str) -> PyResult<Rc<str>> {
    match args.first().map(super::methods_types::unbox) {
        Some(Value::Str(s)) => Ok(s),
        _ => it.type_error(format!("descriptor '{name}' requires a 'str' object")),
    }
}

/// A str argument; `what` names it in the error ("replace() argument 1 must be str, not int"),
/// or nothing when empty ("must be str, not int").
fn str_arg(it: &mut Interp, v: &Value, what: &str) -> PyResult<Rc<str>> {
    match super::methods_types::unbox(v) {
        Value::Str(s) => Ok(s),
        // A named argument is Argument Clinic's wording, which calls None "None".
        Value::None if !what.is_empty() => it.type_error(format!("{what} must be str, not None")),
        other => {
            let tn = it.type_name(&other);
            let sp = if what.is_empty() { "" } else { " " };
            it.type_error(format!("{what}{sp}must be str, not {tn}"))
        }
    }
}

fn s(v: String) -> PyResult<Value> {
    Ok(Value::Str(Rc::from(v)))
}

/// The result of `str.format` or `%`. CPython's string writer hands back a str it was given
/// whole when nothing else is written: a template without fields is returned itself, and so is
/// the argument of a template that is one field (`"{}".format(s) is s`, `"%s" % s is s`).
/// `sole` is the argument of a one-field template.
pub fn written_once(template: &Rc<str>, sole: Option<&Value>, out: String) -> Value {
    if out == **template {
        return Value::Str(template.clone());
    }
    match sole {
        Some(arg @ Value::Str(s)) if **s == *out => arg.clone(),
        _ => Value::Str(Rc::from(out)),
    }
}

/// The result of a method that returns the string itself when it changes nothing (CPython's
/// `unicode_result_unchanged`: `strip`, `replace`, `removeprefix`, ...).
fn unchanged_or_new(x: &Rc<str>, r: impl AsRef<str> + Into<Rc<str>>) -> PyResult<Value> {
    Ok(Value::Str(if r.as_ref() == &**x { x.clone() } else { r.into() }))
}

fn str_join(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "join", &args, 2, 2)?;
    let sep = this(it, &args, "join")?;
    if !it.is_iterable(arg(&args, 1)) {
        return it.type_error("can only join an iterable");
    }
    // `PySequence_Fast`: a list of the iterator (whose length hint is asked).
    let items =
        match it.seq_items(arg(&args, 1)).filter(|_| it.type_of(arg(&args, 1)).class_data().is_some_and(|c| c.builtin))
        {
            Some(items) => items,
            None => {
                let iter = it.iter(arg(&args, 1))?;
                it.collect_sized(&iter)?
            }
        };
    // Joining one str gives that str itself, as in CPython.
    if let [item @ Value::Str(_)] = items.as_slice() {
        return Ok(item.clone());
    }
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match super::methods_types::unbox(x) {
            Value::Str(t) => out.push_str(&t),
            other => {
                let tn = it.type_name(&other);
                return it.type_error(format!("sequence item {i}: expected str instance, {tn} found"));
            }
        }
    }
    s(out)
}

macro_rules! simple {
    ($name:ident, $pyname:expr, |$x:ident| $body:expr) => {
        fn $name(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
            arity(it, $pyname, &args, 1, 1)?;
            let $x = this(it, &args, $pyname)?;
            $body
        }
    };
}

simple!(str_upper, "upper", |x| s(x.to_uppercase()));
simple!(str_lower, "lower", |x| s(x.to_lowercase()));
simple!(str_swapcase, "swapcase", |x| s(x
    .chars()
    .map(|c| if c.is_uppercase() { c.to_lowercase().collect::<String>() } else { c.to_uppercase().collect() })
    .collect()));
simple!(str_title, "title", |x| {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in x.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    s(out)
});
simple!(str_capitalize, "capitalize", |x| {
    let mut cs = x.chars();
    let out = match cs.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
        None => String::new(),
    };
    s(out)
});
simple!(str_isdigit, "isdigit", |x| Ok(Value::Bool(
    !x.is_empty() && x.chars().all(|c| c.is_ascii_digit() || c.is_ascii_digit())
)));
simple!(str_isascii, "isascii", |x| Ok(Value::Bool(x.is_ascii())));
simple!(str_isprintable, "isprintable", |x| Ok(Value::Bool(x.chars().all(is_printable))));

/// Not a control, format, separator (but the space), private-use or noncharacter code point.
/// Without Unicode's tables, unassigned code points count as printable.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    let format = matches!(u, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890 | 0x891 | 0x8E2 | 0x180E)
        || matches!(u, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF)
        || matches!(u, 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A)
        || matches!(u, 0xE0001 | 0xE0020..=0xE007F);
    let private = matches!(u, 0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD);
    let noncharacter = matches!(u, 0xFDD0..=0xFDEF) || u & 0xFFFE == 0xFFFE;
    c == ' ' || !(c.is_control() || c.is_whitespace() || format || private || noncharacter)
}

simple!(str_isnumeric, "isnumeric", |x| Ok(Value::Bool(!x.is_empty() && x.chars().all(|c| c.is_numeric()))));
simple!(str_isalpha, "isalpha", |x| Ok(Value::Bool(!x.is_empty() && x.chars().all(|c| c.is_alphabetic()))));
simple!(str_isalnum, "isalnum", |x| Ok(Value::Bool(!x.is_empty() && x.chars().all(|c| c.is_alphanumeric()))));
simple!(str_isspace, "isspace", |x| Ok(Value::Bool(!x.is_empty() && x.chars().all(|c| c.is_whitespace()))));
simple!(str_isupper, "isupper", |x| Ok(Value::Bool(
    x.chars().any(|c| c.is_uppercase()) && !x.chars().any(|c| c.is_lowercase())
)));
simple!(str_islower, "islower", |x| Ok(Value::Bool(
    x.chars().any(|c| c.is_lowercase()) && !x.chars().any(|c| c.is_uppercase())
)));
simple!(str_isidentifier, "isidentifier", |x| {
    let mut cs = x.chars();
    let ok = match cs.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    Ok(Value::Bool(ok))
});
simple!(str_istitle, "istitle", |x| {
    let mut prev_cased = false;
    let mut any = false;
    for c in x.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(any))
});

fn strip_impl(it: &mut Interp, args: Vec<Value>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    arity(it, name, &args, 1, 2)?;
    let x = this(it, &args, name)?;
    let chars: Option<Vec<char>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => match super::methods_types::unbox(v) {
            Value::Str(s) => Some(s.chars().collect()),
            _ => return it.type_error(format!("{name} arg must be None or str")),
        },
    };
    let pred = |c: char| match &chars {
        None => c.is_whitespace(),
        Some(cs) => cs.contains(&c),
    };
    let mut r: &str = &x;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    unchanged_or_new(&x, r)
}

fn str_strip(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    strip_impl(it, args, "strip", true, true)
}
fn str_lstrip(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    strip_impl(it, args, "lstrip", true, false)
}
fn str_rstrip(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    strip_impl(it, args, "rstrip", false, true)
}

fn split_args(
    it: &mut Interp,
    args: &[Value],
    mut kw: Kwargs,
    name: &str,
) -> PyResult<(Rc<str>, Option<Rc<str>>, i64)> {
    let sep_kw = take_kw(&mut kw, "sep");
    let max_kw = take_kw(&mut kw, "maxsplit");
    unexpected_kw(it, name, &kw)?;
    arity(it, name, args, 1, 3)?;
    let x = this(it, args, name)?;
    let sep = match args.get(1).cloned().or(sep_kw) {
        None | Some(Value::None) => None,
        Some(v) => {
            let Value::Str(sp) = super::methods_types::unbox(&v) else {
                let tn = it.type_name(&v);
                return it.type_error(format!("must be str or None, not {tn}"));
            };
            if sp.is_empty() {
                return it.value_error("empty separator");
            }
            Some(sp)
        }
    };
    let max = match args.get(2).cloned().or(max_kw) {
        None => -1,
        Some(v) => it.index_arg(&v)?,
    };
    Ok((x, sep, max))
}

fn str_split(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    let (x, sep, max) = split_args(it, &args, kw, "split")?;
    let parts: Vec<String> = match &sep {
        Some(sp) => {
            if max < 0 {
                x.split(&**sp).map(String::from).collect()
            } else {
                x.splitn(max as usize + 1, &**sp).map(String::from).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = x.trim_start();
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest.to_string());
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = rest[end..].trim_start();
            }
            out
        }
    };
    let items = parts.into_iter().map(|p| Value::Str(Rc::from(p))).collect();
    Ok(it.list(items))
}

fn str_rsplit(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    let (x, sep, max) = split_args(it, &args, kw, "rsplit")?;
    let mut parts: Vec<String> = match &sep {
        Some(sp) => {
            if max < 0 {
                x.rsplit(&**sp).map(String::from).collect()
            } else {
                x.rsplitn(max as usize + 1, &**sp).map(String::from).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = x.trim_end();
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest
                    .rfind(char::is_whitespace)
                    .map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1))
                    .unwrap_or(0);
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end();
            }
            out
        }
    };
    parts.reverse();
    let items = parts.into_iter().map(|p| Value::Str(Rc::from(p))).collect();
    Ok(it.list(items))
}

fn str_splitlines(it: &mut Interp, args: Vec<Value>, mut kw: Kwargs) -> PyResult<Value> {
    let keep_kw = take_kw(&mut kw, "keepends");
    unexpected_kw(it, "splitlines", &kw)?;
    let x = this(it, &args, "splitlines")?;
    // An `int` parameter: `keepends=None` is refused, as in CPython.
    let keep = match args.get(1).cloned().or(keep_kw) {
        Some(v) => it.index_arg(&v)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = x.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            out.push(Value::Str(Rc::from(std::mem::take(&mut cur))));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(Value::Str(Rc::from(cur)));
    }
    Ok(it.list(out))
}

fn str_replace(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "replace", &args, 3, 4)?;
    let x = this(it, &args, "replace")?;
    let old = str_arg(it, arg(&args, 1), "replace() argument 1")?;
    let new = str_arg(it, arg(&args, 2), "replace() argument 2")?;
    let count = match args.get(3) {
        Some(v) => it.index_arg(v)?,
        None => -1,
    };
    let r = if count < 0 { x.replace(&*old, &new) } else { x.replacen(&*old, &new, count as usize) };
    unchanged_or_new(&x, r)
}

/// (start, end) char offsets from optional slice arguments, converted to byte offsets; `None`
/// when start is past the end of the string or of the range (where even an empty substring is
/// not found, as in CPython).
fn sub_range(it: &mut Interp, x: &str, args: &[Value], from: usize) -> PyResult<Option<(usize, usize)>> {
    let n = x.chars().count() as i64;
    let mut bound = |v: Option<&Value>, dflt: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(dflt),
            Some(v) => {
                let i = it.index_value(v, "slice indices must be integers or None or have an __index__ method")?;
                Ok(if i < 0 { (i + n).max(0) } else { i })
            }
        }
    };
    let a = bound(args.get(from), 0)?;
    let b = bound(args.get(from + 1), n)?.min(n);
    if a > n || b < a {
        return Ok(None);
    }
    let byte = |ci: i64| x.char_indices().nth(ci as usize).map(|(b, _)| b).unwrap_or(x.len());
    Ok(Some((byte(a), byte(b))))
}

fn char_index(x: &str, byte: usize) -> i64 {
    x[..byte].chars().count() as i64
}

fn find_impl(it: &mut Interp, args: &[Value], name: &str, rev: bool) -> PyResult<i64> {
    arity(it, name, args, 2, 4)?;
    let x = this(it, args, name)?;
    let sub = str_arg(it, arg(args, 1), "")?;
    let Some((a, b)) = sub_range(it, &x, args, 2)? else { return Ok(-1) };
    if b - a < sub.len() {
        return Ok(-1);
    }
    let hay = &x[a..b];
    let r = if rev { hay.rfind(&*sub) } else { hay.find(&*sub) };
    Ok(r.map(|i| char_index(&x, a + i)).unwrap_or(-1))
}

fn str_find(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::int(find_impl(it, &args, "find", false)?))
}
fn str_rfind(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::int(find_impl(it, &args, "rfind", true)?))
}
fn str_index(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    match find_impl(it, &args, "index", false)? {
        -1 => it.value_error("substring not found"),
        i => Ok(Value::int(i)),
    }
}
fn str_rindex(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    match find_impl(it, &args, "rindex", true)? {
        -1 => it.value_error("substring not found"),
        i => Ok(Value::int(i)),
    }
}

fn str_count(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "count", &args, 2, 4)?;
    let x = this(it, &args, "count")?;
    let sub = str_arg(it, arg(&args, 1), "")?;
    let Some((a, b)) = sub_range(it, &x, &args, 2)? else { return Ok(Value::int(0)) };
    let hay = &x[a..b];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(&*sub).count() };
    Ok(Value::int(n as i64))
}

fn affix(it: &mut Interp, args: &[Value], name: &str, start: bool) -> PyResult<Value> {
    arity(it, name, args, 2, 4)?;
    let x = this(it, args, name)?;
    let range = sub_range(it, &x, args, 2)?;
    let (cands, in_tuple): (Vec<Value>, bool) = match it.tuple_items(arg(args, 1)) {
        Some(t) => (t.to_vec(), true),
        None => (vec![arg(args, 1).clone()], false),
    };
    for c in cands {
        let Value::Str(p) = super::methods_types::unbox(&c) else {
            let tn = it.type_name(&c);
            if in_tuple {
                return it.type_error(format!("tuple for {name} must only contain str, not {tn}"));
            }
            return it.type_error(format!("{name} first arg must be str or a tuple of str, not {tn}"));
        };
        let Some((a, b)) = range else { continue };
        let hay = &x[a..b];
        if (start && hay.starts_with(&*p)) || (!start && hay.ends_with(&*p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    affix(it, &args, "startswith", true)
}
fn str_endswith(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    affix(it, &args, "endswith", false)
}

fn pad_args(it: &mut Interp, args: &[Value], name: &str) -> PyResult<(Rc<str>, usize, char)> {
    arity(it, name, args, 2, 3)?;
    let x = this(it, args, name)?;
    let w = it.index_arg(arg(args, 1))?.max(0) as usize;
    let fill = match args.get(2) {
        Some(v) => {
            let Value::Str(f) = super::methods_types::unbox(v) else {
                let tn = it.type_name(v);
                return it.type_error(format!("The fill character must be a unicode character, not {tn}"));
            };
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return it.type_error("The fill character must be exactly one character long"),
            }
        }
        None => ' ',
    };
    Ok((x, w, fill))
}

fn str_center(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (x, w, f) = pad_args(it, &args, "center")?;
    let n = x.chars().count();
    if w <= n {
        return Ok(Value::Str(x));
    }
    let marg = w - n;
    let left = marg / 2 + (marg & w & 1);
    let right = marg - left;
    s(format!("{}{}{}", f.to_string().repeat(left), x, f.to_string().repeat(right)))
}

fn str_ljust(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (x, w, f) = pad_args(it, &args, "ljust")?;
    let n = x.chars().count();
    unchanged_or_new(&x, format!("{}{}", x, f.to_string().repeat(w.saturating_sub(n))))
}

fn str_rjust(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    let (x, w, f) = pad_args(it, &args, "rjust")?;
    let n = x.chars().count();
    unchanged_or_new(&x, format!("{}{}", f.to_string().repeat(w.saturating_sub(n)), x))
}

fn str_zfill(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "zfill", &args, 2, 2)?;
    let x = this(it, &args, "zfill")?;
    let w = it.index_arg(arg(&args, 1))?.max(0) as usize;
    let n = x.chars().count();
    if w <= n {
        return Ok(Value::Str(x));
    }
    let (sign, rest) = if x.starts_with(['+', '-']) { x.split_at(1) } else { ("", &*x) };
    s(format!("{sign}{}{rest}", "0".repeat(w - n)))
}

fn partition_impl(it: &mut Interp, args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    arity(it, name, args, 2, 2)?;
    let x = this(it, args, name)?;
    let sep = str_arg(it, arg(args, 1), "")?;
    if sep.is_empty() {
        return it.value_error("empty separator");
    }
    let found = if rev { x.rfind(&*sep) } else { x.find(&*sep) };
    let parts = match found {
        Some(i) => (x[..i].to_string(), sep.to_string(), x[i + sep.len()..].to_string()),
        None if rev => (String::new(), String::new(), x.to_string()),
        None => (x.to_string(), String::new(), String::new()),
    };
    let items = vec![Value::str(&parts.0), Value::str(&parts.1), Value::str(&parts.2)];
    Ok(it.tuple(items))
}

fn str_partition(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    partition_impl(it, &args, "partition", false)
}
fn str_rpartition(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    partition_impl(it, &args, "rpartition", true)
}

fn str_removeprefix(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "removeprefix", &args, 2, 2)?;
    let x = this(it, &args, "removeprefix")?;
    let p = str_arg(it, arg(&args, 1), "removeprefix() argument")?;
    unchanged_or_new(&x, x.strip_prefix(&*p).unwrap_or(&x))
}

fn str_removesuffix(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "removesuffix", &args, 2, 2)?;
    let x = this(it, &args, "removesuffix")?;
    let p = str_arg(it, arg(&args, 1), "removesuffix() argument")?;
    unchanged_or_new(&x, x.strip_suffix(&*p).unwrap_or(&x))
}

fn str_encode(it: &mut Interp, _args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    it.err("NotImplementedError", "metalab does not support bytes")
}

fn str_format(it: &mut Interp, args: Vec<Value>, kw: Kwargs) -> PyResult<Value> {
    let x = this(it, &args, "format")?;
    let out = it.str_format(&x, &args[1..], &kw, 0)?;
    let one_field = x.starts_with('{') && x.ends_with('}') && x.matches('{').count() == 1;
    let sole = match (&args[1..], kw.as_slice()) {
        ([arg], []) | ([], [(_, arg)]) if one_field => Some(arg),
        _ => None,
    };
    Ok(written_once(&x, sole, out))
}

/// `s.translate(table)`: each character's `table[ord(c)]`, kept when the table has no entry.
fn str_translate(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "translate", &args, 2, 2)?;
    let x = this(it, &args, "translate")?;
    let mut out = String::with_capacity(x.len());
    for c in x.chars() {
        let mapped = match it.getitem(arg(&args, 1), &Value::int(c as i64)) {
            Ok(v) => v,
            Err(e) if it.is_exc(&e, "LookupError") => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match super::methods_types::unbox(&mapped) {
            Value::None => {}
            Value::Str(s) => out.push_str(&s),
            Value::Int(n, _) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return it.value_error("character mapping must be in range(0x110000)"),
            },
            Value::Bool(b) => out.push(char::from(b as u8)),
            Value::BigInt(_) => return it.value_error("character mapping must be in range(0x110000)"),
            _ => return it.type_error("character mapping must return integer, None or str"),
        }
    }
    unchanged_or_new(&x, out)
}

/// `str.maketrans(x[, y[, z]])`: the table `translate` takes, keyed by code point.
fn str_maketrans(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "maketrans", &args, 1, 3)?;
    let mut table = super::dict::DictData::new();
    if args.len() == 1 {
        let Some(d) = it.as_dict_data(arg(&args, 0)) else {
            return it.type_error("if you give only one argument to maketrans it must be a dict");
        };
        let entries: Vec<(Value, Value)> = d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
        for (k, v) in entries {
            let key = match super::methods_types::unbox(&k) {
                Value::Str(s) => {
                    let mut cs = s.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::int(c as i64),
                        _ => return it.value_error("string keys in translate table must be of length 1"),
                    }
                }
                k @ (Value::Int(..) | Value::BigInt(_) | Value::Bool(_)) => k,
                _ => return it.type_error("keys in translate table must be strings or integers"),
            };
            it.dict_insert(&mut table, key, v)?;
        }
        return Ok(it.dict_from(table));
    }
    // The declared str parameters are converted before the body looks at the first.
    let to = str_arg(it, arg(&args, 1), "maketrans() argument 2")?;
    let delete = match args.get(2) {
        Some(z) => Some(str_arg(it, z, "maketrans() argument 3")?),
        None => None,
    };
    let Value::Str(from) = super::methods_types::unbox(arg(&args, 0)) else {
        return it.type_error("first maketrans argument must be a string if there is a second argument");
    };
    if from.chars().count() != to.chars().count() {
        return it.value_error("the first two maketrans arguments must have equal length");
    }
    for (a, b) in from.chars().zip(to.chars()) {
        it.dict_insert(&mut table, Value::int(a as i64), Value::int(b as i64))?;
    }
    for c in delete.iter().flat_map(|z| z.chars()) {
        it.dict_insert(&mut table, Value::int(c as i64), Value::None)?;
    }
    Ok(it.dict_from(table))
}

/// `s.format_map(mapping)`: fields by name, looked up with `mapping[name]` (so a dict
/// subclass's `__missing__` answers).
fn str_format_map(it: &mut Interp, args: Vec<Value>, _kw: Kwargs) -> PyResult<Value> {
    arity(it, "format_map", &args, 2, 2)?;
    let x = this(it, &args, "format_map")?;
    let out = it.str_format_names(&x, &[], Names::Mapping(arg(&args, 1)), 0, &mut Numbering::default())?;
    Ok(written_once(&x, None, out))
}

/// Where `str.format` finds a named field.
#[derive(Clone, Copy)]
enum Names<'a> {
    Keywords(&'a Kwargs),
    Mapping(&'a Value),
}

/// `str.format`'s field numbering so far: automatic (`{}`, the last number used) or manual.
#[derive(Default)]
struct Numbering {
    auto: Option<usize>,
    manual: bool,
}

impl Interp {
    /// `str.format`: replacement fields with indexes, names, attributes, items, conversions and
    /// nested specs.
    pub fn str_format(&mut self, fmt: &str, args: &[Value], kw: &Kwargs, depth: usize) -> PyResult<String> {
        self.str_format_names(fmt, args, Names::Keywords(kw), depth, &mut Numbering::default())
    }

    /// `numbering` is shared with the nested specs: `'{:{}}'.format(x, 5)` numbers both fields.
    fn str_format_names(
        &mut self,
        fmt: &str,
        args: &[Value],
        names: Names,
        depth: usize,
        numbering: &mut Numbering,
    ) -> PyResult<String> {
        // CPython allows a spec's fields one level of nested fields in their own spec.
        if depth > 1 {
            return self.value_error("Max string recursion exceeded");
        }
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return self.value_error("Single '}' encountered in format string");
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            match chars.get(i + 1) {
                Some('{') => {
                    out.push('{');
                    i += 2;
                    continue;
                }
                None => return self.value_error("Single '{' encountered in format string"),
                _ => {}
            }
            let (name, conv, spec, next) = match parse_field(&chars, i + 1) {
                Ok(field) => field,
                Err(msg) => return self.value_error(msg),
            };
            i = next;
            let name = name.as_str();
            // The first part of the name: index, keyword or automatic.
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let first = &name[..first_end];
            let index = match field_index(first) {
                Ok(index) => index,
                Err(msg) => return self.value_error(msg),
            };
            let positional = first.is_empty() || index.is_some();
            if positional && matches!(names, Names::Mapping(_)) {
                return self.value_error("Format string contains positional fields");
            }
            let mut v = if first.is_empty() {
                if numbering.manual {
                    return self
                        .value_error("cannot switch from manual field specification to automatic field numbering");
                }
                let n = numbering.auto.map(|a| a + 1).unwrap_or(0);
                numbering.auto = Some(n);
                match args.get(n) {
                    Some(v) => v.clone(),
                    None => {
                        return self
                            .err("IndexError", format!("Replacement index {n} out of range for positional args tuple"))
                    }
                }
            } else if let Some(n) = index {
                if numbering.auto.is_some() {
                    return self
                        .value_error("cannot switch from automatic field numbering to manual field specification");
                }
                numbering.manual = true;
                match args.get(n) {
                    Some(v) => v.clone(),
                    None => {
                        return self
                            .err("IndexError", format!("Replacement index {n} out of range for positional args tuple"))
                    }
                }
            } else {
                match names {
                    Names::Keywords(kw) => match kw.iter().find(|(k, _)| &**k == first) {
                        Some((_, v)) => v.clone(),
                        None => return self.key_error(Value::str(first)),
                    },
                    Names::Mapping(m) => self.getitem(m, &Value::str(first))?,
                }
            };
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    if end == 0 {
                        return self.value_error("Empty attribute in format string");
                    }
                    v = self.getattr(&v, &Rc::from(&r[..end]))?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let Some(end) = r.find(']') else { return self.value_error("Missing ']' in format string") };
                    let key = &r[..end];
                    if key.is_empty() {
                        return self.value_error("Empty attribute in format string");
                    }
                    let k = match field_index(key) {
                        Ok(Some(n)) => Value::int(n as i64),
                        Ok(None) => Value::str(key),
                        Err(msg) => return self.value_error(msg),
                    };
                    v = self.getitem(&v, &k)?;
                    rest = &r[end + 1..];
                } else {
                    return self.value_error("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            let v = match conv {
                None => v,
                Some('r') => Value::Str(self.repr(&v)?),
                Some('s') => Value::Str(self.str_of(&v)?),
                Some('a') => {
                    let r = self.repr(&v)?;
                    Value::str(&super::format::ascii_repr_of(&r))
                }
                Some(c) if c == ' ' || c.is_alphanumeric() || c.is_ascii_punctuation() => {
                    return self.value_error(format!("Unknown conversion specifier {c}"));
                }
                Some(c) => return self.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32)),
            };
            let spec = if spec.contains('{') {
                self.str_format_names(&spec, args, names, depth + 1, numbering)?
            } else {
                spec.to_string()
            };
            out.push_str(&self.format_value(&v, &spec)?);
        }
        Ok(out)
    }
}

/// A field name's part that is all decimal digits is an index (`get_integer`); any other is
/// a name or key.
fn field_index(part: &str) -> Result<Option<usize>, &'static str> {
    if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    match part.parse::<i64>() {
        Ok(n) => Ok(Some(n as usize)),
        Err(_) => Err("Too many decimal digits in format string"),
    }
}

/// One replacement field, read as CPython's `parse_field` reads it from just after its `{`:
/// the field name runs to the first `}`, `:` or `!` outside brackets; after `!` comes one
/// conversion character, then `}` or `:`; a spec runs to the `}` that balances the braces in
/// it. Returns the name, conversion and spec, and the index after the closing `}`.
type Field = (String, Option<char>, String, usize);

fn parse_field(chars: &[char], start: usize) -> Result<Field, &'static str> {
    let text = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    let mut i = start;
    let mut c = '\0';
    while let Some(&ch) = chars.get(i) {
        c = ch;
        i += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while chars.get(i).is_some_and(|&b| b != ']') {
                    i += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = text(start, i.saturating_sub(1).max(start));
    if c != '!' && c != ':' {
        return if c == '}' { Ok((name, None, String::new(), i)) } else { Err("expected '}' before end of string") };
    }
    let mut conv = None;
    if c == '!' {
        let Some(&ch) = chars.get(i) else { return Err("end of string while looking for conversion specifier") };
        conv = Some(ch);
        i += 1;
        if let Some(&after) = chars.get(i) {
            i += 1;
            match after {
                '}' => return Ok((name, conv, String::new(), i)),
                ':' => {}
                _ => return Err("expected ':' after conversion specifier"),
            }
        }
    }
    let spec_start = i;
    let mut open = 1;
    while let Some(&ch) = chars.get(i) {
        i += 1;
        match ch {
            '{' => open += 1,
            '}' => {
                open -= 1;
                if open == 0 {
                    return Ok((name, conv, text(spec_start, i - 1), i));
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

fn str_expandtabs(it: &mut Interp, args: Vec<Value>, mut kw: Kwargs) -> PyResult<Value> {
    let size_kw = take_kw(&mut kw, "tabsize");
    unexpected_kw(it, "expandtabs", &kw)?;
    let x = this(it, &args, "expandtabs")?;
    let size = match args.get(1).cloned().or(size_kw) {
        Some(v) => it.index_arg(&v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in x.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    s(out)
}

//! `str(inspect.signature(cls))`, which `@dataclass` writes into a class without a docstring
//! (`P.__doc__ == 'P(x: int, y: int = 0)'`): the parameters of the Python function that makes
//! instances (a metaclass's `__call__`, else the class's own `__new__` or `__init__`, else an
//! inherited one) without its first, formatted as `inspect.Signature` does.

use super::dataclasses::attr;
use super::interp::Interp;
use super::value::{Payload, Value};
use super::PyResult;

/// The signature text (` -> None` left out, as `dataclass` does), or `''` where `inspect`
/// raises (a builtin base's `__init__`, an invalid method signature).
pub fn class_signature(it: &mut Interp, cls: &Value) -> PyResult<String> {
    let meta = Value::Obj(it.type_of(cls));
    let factory = match user_defined(it, &meta, "__call__")? {
        Some(call) => Some(call),
        None => {
            let new = user_defined(it, cls, "__new__")?;
            let init = user_defined(it, cls, "__init__")?;
            let own = |name: &str| cls.as_obj().and_then(|o| o.own_attr(name)).is_some();
            if own("__new__") {
                new
            } else if own("__init__") {
                init
            } else {
                new.or(init)
            }
        }
    };
    let Some(f) = factory else {
        let object = Value::Obj(it.t.object.clone());
        for name in ["__init__", "__new__"] {
            let (mine, base) = (attr(it, cls, name)?, attr(it, &object, name)?);
            if !mine.is(&base) {
                return Ok(String::new());
            }
        }
        return Ok("()".into());
    };
    let sig = function_signature(it, &f)?;
    Ok(sig.map(|s| s.replace(" -> None", "")).unwrap_or_default())
}

/// `_signature_get_user_defined_method`: the attribute if it is a Python function.
fn user_defined(it: &mut Interp, cls: &Value, name: &str) -> PyResult<Option<Value>> {
    let found = it.getattr_opt(cls, name)?;
    Ok(found.filter(|f| matches!(f, Value::Obj(o) if matches!(o.payload, Payload::Function(_)))))
}

/// One parameter as `inspect.Parameter.__str__` writes it.
fn param(it: &mut Interp, prefix: &str, name: &str, annotations: &Value, default: Option<Value>) -> PyResult<String> {
    let mut s = format!("{prefix}{name}");
    let ann = match it.as_dict_data(annotations) {
        Some(d) => d.borrow().get_str(name).cloned(),
        None => None,
    };
    if let Some(a) = &ann {
        s = format!("{s}: {}", format_annotation(it, a)?);
    }
    if let Some(d) = default {
        let r = it.repr(&d)?;
        s = if ann.is_some() { format!("{s} = {r}") } else { format!("{s}={r}") };
    }
    Ok(s)
}

/// The bound signature of Python function `f` (first parameter dropped), None where
/// `inspect` finds it invalid.
fn function_signature(it: &mut Interp, f: &Value) -> PyResult<Option<String>> {
    let Value::Obj(o) = f else { return Ok(None) };
    let Payload::Function(fd) = &o.payload else { return Ok(None) };
    let Some(params) = fd.code.params() else { return Ok(None) };
    let defaults = attr(it, f, "__defaults__")?;
    let defaults = if defaults.is_none() { Vec::new() } else { it.collect(&defaults)? };
    let kwdefaults = attr(it, f, "__kwdefaults__")?;
    let annotations = attr(it, f, "__annotations__")?;
    let positional: Vec<_> = params.posonly.iter().chain(&params.args).collect();
    // `_signature_bound_method`: a leading `*args` stays, else the first goes.
    let skip = match (positional.is_empty(), &params.vararg) {
        (false, _) => 1,
        (true, Some(_)) => 0,
        (true, None) => return Ok(None),
    };
    let first_default = positional.len() - defaults.len().min(positional.len());
    let mut parts = Vec::new();
    for (i, p) in positional.iter().enumerate().skip(skip) {
        let default = (i >= first_default).then(|| defaults[i - first_default].clone());
        parts.push(param(it, "", &p.name, &annotations, default)?);
        if i + 1 == params.posonly.len() {
            parts.push("/".into());
        }
    }
    match &params.vararg {
        Some(v) => parts.push(param(it, "*", &v.name, &annotations, None)?),
        None if !params.kwonly.is_empty() => parts.push("*".into()),
        None => {}
    }
    for p in &params.kwonly {
        let default = match it.as_dict_data(&kwdefaults) {
            Some(d) => d.borrow().get_str(&p.name).cloned(),
            None => None,
        };
        parts.push(param(it, "", &p.name, &annotations, default)?);
    }
    if let Some(k) = &params.kwarg {
        parts.push(param(it, "**", &k.name, &annotations, None)?);
    }
    let mut s = format!("({})", parts.join(", "));
    let ret = it.as_dict_data(&annotations).and_then(|d| d.borrow().get_str("return").cloned());
    if let Some(r) = ret {
        s = format!("{s} -> {}", format_annotation(it, &r)?);
    }
    Ok(Some(s))
}

/// `inspect.formatannotation`: a class by its (module-qualified) name, `list[int]` by its
/// str, a `typing` object by its repr without `typing.`, anything else by its repr.
fn format_annotation(it: &mut Interp, a: &Value) -> PyResult<String> {
    let module = match a {
        Value::Obj(_) => it.getattr_opt(a, "__module__")?,
        _ => None,
    };
    let module_is = |m: &str| matches!(&module, Some(Value::Str(s)) if &**s == m);
    if module_is("typing") {
        let r = it.repr(a)?;
        return Ok(strip_typing(&r));
    }
    let generic_alias = it.t.iter_type("GenericAlias");
    if it.is_instance(a, &generic_alias) {
        return Ok(it.str_of(a)?.to_string());
    }
    if it.is_type(a) {
        let qualname = attr(it, a, "__qualname__")?;
        let qualname = it.str_of(&qualname)?;
        return Ok(match &module {
            Some(Value::Str(m)) if &**m != "builtins" => format!("{m}.{qualname}"),
            _ => qualname.to_string(),
        });
    }
    Ok(it.repr(a)?.to_string())
}

/// `re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), text)`.
fn strip_typing(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        out.push_str(word.strip_prefix("typing.").unwrap_or(word));
        word.clear();
    };
    for ch in text.chars() {
        if ch.is_alphanumeric() || ch == '_' || ch == '.' {
            word.push(ch);
        } else {
            flush(&mut word, &mut out);
            out.push(ch);
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn strips_typing_prefixes() {
        assert_eq!(super::strip_typing("typing.Optional[typing.List[int]]"), "Optional[List[int]]");
    }
}

//! `repr(float)` and the core of float formatting: a port of
//! `format_float_short` / `PyOS_double_to_string` from `Python/pystrtod.c`.

use super::digits;

/// Options for [`format_float_short`] (CPython's `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default)]
pub struct ShortFlags {
    /// `Py_DTSF_ALT`: `#` alternate form.
    pub alt: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral values get a `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_NO_NEG_0`: `z`, a value that rounds to zero loses its sign.
    pub no_neg_0: bool,
    /// `Py_DTSF_SIGN`: always write a sign.
    pub sign: bool,
}

/// `PyOS_double_to_string(d, code, precision, flags)`.  `code` is one of
/// `e E f F g G r`; any other code is treated as `r`.  Returns `None` when
/// the result would be longer than [`super::MAX_OUTPUT_CHARS`].
pub fn format_float_short(d: f64, code: char, precision: i64, flags: ShortFlags) -> Option<String> {
    let upper = code.is_ascii_uppercase();
    let mut code = code.to_ascii_lowercase();
    let mut precision = precision.max(0);
    // dtoa mode and digit count
    let (digits, decpt) = if !d.is_finite() {
        (String::new(), 0)
    } else {
        match code {
            'e' => {
                precision += 1;
                digits::significant(d, precision)
            }
            'f' => digits::fixed(d, precision),
            'g' => {
                if precision == 0 {
                    precision = 1;
                }
                digits::significant(d, precision)
            }
            _ => {
                code = 'r';
                digits::shortest(d)
            }
        }
    };
    let mut sign = d.is_sign_negative();
    let mut out = String::new();
    if d.is_nan() || d.is_infinite() {
        if d.is_nan() {
            sign = false;
        }
        if sign {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if d.is_nan() { "nan" } else { "inf" };
        if upper {
            out.push_str(&word.to_ascii_uppercase());
        } else {
            out.push_str(word);
        }
        return Some(out);
    }
    if flags.no_neg_0 && sign && digits.bytes().all(|b| b == b'0') {
        sign = false;
    }
    let digits = digits.as_bytes();
    let digits_len = digits.len() as i64;
    let mut decpt = decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let estimate = vdigits_end - vdigits_start + 10;
    if estimate > super::MAX_OUTPUT_CHARS as i64 {
        return None;
    }
    out.reserve(estimate as usize);
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, ds: &[u8]| {
        for &b in ds {
            out.push(b as char);
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        push_digits(&mut out, &digits[..split]);
        out.push('.');
        push_digits(&mut out, &digits[split..]);
    } else {
        push_digits(&mut out, digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    Some(out)
}

/// Python's `repr(float)`.
pub fn float_repr(f: f64) -> String {
    let flags = ShortFlags { add_dot_0: true, ..ShortFlags::default() };
    format_float_short(f, 'r', 0, flags).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (123456789012345.0, "123456789012345.0"),
            (0.1, "0.1"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (1e100, "1e+100"),
            (5e-324, "5e-324"),
            (1e22, "1e+22"),
            (9999999999999998.0, "9999999999999998.0"),
            (0.0001, "0.0001"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(*f), *want);
        }
    }
}

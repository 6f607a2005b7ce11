//! `hash(str)` as CPython 3.11 computes it on 64-bit Linux with `PYTHONHASHSEED=0`, the
//! setting the test oracle runs CPython with: SipHash-1-3 (`Python/pyhash.c`'s default
//! algorithm) keyed with zeros (a seed of 0 zeroes the hash secret) over the string's
//! internal representation. That representation is PEP 393's: one byte per character when
//! every character is below U+0100, two (little-endian) below U+10000, four otherwise. So
//! `"é"` hashes its one Latin-1 byte, not its two UTF-8 bytes, and ASCII text hashes its
//! UTF-8 bytes as they are.

/// SipHash's initial state words ("somepseudorandomlygeneratedbytes"); the key is all zero.
const INIT: [u64; 4] = [0x736f_6d65_7073_6575, 0x646f_7261_6e64_6f6d, 0x6c79_6765_6e65_7261, 0x7465_6462_7974_6573];

/// `hash(s)`: 0 for `""`, never -1 (CPython's error value becomes -2).
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let h = if s.is_ascii() { siphash13(s.as_bytes()) } else { siphash13(&pep393_bytes(s)) } as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The bytes CPython stores for a non-ASCII string, in its narrowest kind.
fn pep393_bytes(s: &str) -> Vec<u8> {
    let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let width = if widest < 0x100 {
        1
    } else if widest < 0x1_0000 {
        2
    } else {
        4
    };
    let mut out = Vec::with_capacity(s.len() * width);
    for c in s.chars() {
        out.extend_from_slice(&(c as u32).to_le_bytes()[..width]);
    }
    out
}

/// `hash(s)` of an ASCII `s` at compile time, for the runtime's own lookups of fixed names.
pub const fn hash_ascii(s: &str) -> i64 {
    assert!(s.is_ascii());
    if s.is_empty() {
        return 0;
    }
    let h = siphash13(s.as_bytes()) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// One SipRound (add-rotate-xor on the four state words).
#[inline(always)]
const fn round(mut v: [u64; 4]) -> [u64; 4] {
    v[0] = v[0].wrapping_add(v[1]);
    v[2] = v[2].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[1]);
    v[0] = v[0].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].rotate_left(32);
    v
}

/// SipHash-1-3 with a zero key: one round per 8-byte little-endian word, the last word
/// carrying the leftover bytes and the length in its top byte, then three finishing rounds.
const fn siphash13(data: &[u8]) -> u64 {
    let mut v = INIT;
    let full = data.len() / 8 * 8;
    let mut i = 0;
    while i < full {
        let m = u64::from_le_bytes([
            data[i],
            data[i + 1],
            data[i + 2],
            data[i + 3],
            data[i + 4],
            data[i + 5],
            data[i + 6],
            data[i + 7],
        ]);
        v[3] ^= m;
        v = round(v);
        v[0] ^= m;
        i += 8;
    }
    let mut last = (data.len() as u64) << 56;
    while i < data.len() {
        last |= (data[i] as u64) << (8 * (i - full));
        i += 1;
    }
    v[3] ^= last;
    v = round(v);
    v[0] ^= last;
    v[2] ^= 0xff;
    v = round(round(round(v)));
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

#[cfg(test)]
mod tests {
    use super::hash_str;

    /// Values printed by `PYTHONHASHSEED=0 python3.11 -c 'print(hash(...))'`; the broad check
    /// is `tests/format.rs`'s `hash_str` section.
    #[test]
    fn known_values() {
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str("abc"), -4594863902769663758);
        assert_eq!(hash_str("abcdefgh"), 4574395652268504554);
        assert_eq!(hash_str("hello world!"), 839851713330019024);
        assert_eq!(hash_str("é"), 6047309291227476195);
        assert_eq!(hash_str("中文"), 501833946989431548);
        assert_eq!(hash_str("😀x"), -8926728262118538918);
        const ABC: i64 = super::hash_ascii("abc");
        assert_eq!(ABC, hash_str("abc"));
    }
}

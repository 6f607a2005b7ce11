//! Share links: the code, the current step and the language in the URL fragment,
//! `#code=<base64url of the UTF-8 source>&step=N&lang=zh`.

use crate::i18n::Lang;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn b64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes base64url (padding and standard `+/` accepted); None for anything malformed.
pub fn b64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // A lone trailing character (6 bits) cannot come from the encoder.
    if bits >= 6 {
        return None;
    }
    Some(out)
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Share {
    pub code: Option<String>,
    pub step: Option<usize>,
    pub lang: Option<Lang>,
}

/// The fragment (without `#`) for a share link.
pub fn to_fragment(code: &str, step: Option<usize>, lang: Lang) -> String {
    let mut s = format!("code={}", b64url_encode(code.as_bytes()));
    if let Some(step) = step {
        s.push_str(&format!("&step={step}"));
    }
    s.push_str(&format!("&lang={}", lang.code()));
    s
}

/// Reads a fragment (with or without the leading `#`); unknown or malformed parts are ignored.
pub fn parse_fragment(fragment: &str) -> Share {
    let mut share = Share::default();
    for part in fragment.trim_start_matches('#').split('&') {
        let Some((key, value)) = part.split_once('=') else { continue };
        match key {
            "code" => share.code = b64url_decode(value).and_then(|b| String::from_utf8(b).ok()),
            "step" => share.step = value.parse().ok(),
            "lang" => share.lang = Lang::from_code(value),
            _ => {}
        }
    }
    share
}

/// The iframe snippet for the lab at `page_url` (the page's address with its share fragment):
/// the same fragment on `embed.html` beside the page.
pub fn embed_snippet(page_url: &str) -> String {
    let (page, fragment) = page_url.split_once('#').unwrap_or((page_url, ""));
    let dir = page.split(['?']).next().unwrap_or(page);
    let dir = &dir[..dir.rfind('/').map_or(dir.len(), |i| i + 1)];
    let src = format!("{dir}embed.html#{fragment}").replace('&', "&amp;").replace('"', "%22").replace('<', "%3C");
    format!(
        r#"<iframe src="{src}" width="100%" height="520" style="border:0" title="metalab" loading="lazy"></iframe>"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_snippet_points_at_embed_html_with_the_same_fragment() {
        let frag = to_fragment("print(1)\n", Some(3), Lang::Zh);
        let snippet = embed_snippet(&format!("https://ex.org/lab/index.html?x=1#{frag}"));
        let want = format!("https://ex.org/lab/embed.html#{}", frag.replace('&', "&amp;"));
        assert!(snippet.starts_with(&format!(r#"<iframe src="{want}""#)), "{snippet}");
        assert!(embed_snippet("http://127.0.0.1:8080/").contains(r#"src="http://127.0.0.1:8080/embed.html#""#));
    }

    #[test]
    fn base64url_known_vectors() {
        // RFC 4648 test vectors, without padding.
        for (plain, enc) in
            [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE")]
        {
            assert_eq!(b64url_encode(plain.as_bytes()), enc);
            assert_eq!(b64url_decode(enc).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(b64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(b64url_decode("+/8="), Some(vec![0xfb, 0xff]));
    }

    #[test]
    fn base64url_round_trips_every_length_and_rejects_garbage() {
        let bytes: Vec<u8> = (0..=255u8).rev().collect();
        for n in 0..bytes.len() {
            assert_eq!(b64url_decode(&b64url_encode(&bytes[..n])).as_deref(), Some(&bytes[..n]));
        }
        assert_eq!(b64url_decode("a"), None);
        assert_eq!(b64url_decode("ab!c"), None);
        assert_eq!(b64url_decode("中文"), None);
    }

    #[test]
    fn fragments_round_trip() {
        let code = "class Meta(type):\n    pass\nprint('元类', 1 & 2 == 0)\n";
        let frag = to_fragment(code, Some(12), Lang::Zh);
        assert!(!frag.contains('+') && !frag.contains('/') && !frag.contains(' '));
        let share = parse_fragment(&format!("#{frag}"));
        assert_eq!(share, Share { code: Some(code.to_string()), step: Some(12), lang: Some(Lang::Zh) });
        assert_eq!(parse_fragment(&to_fragment("", None, Lang::En)).step, None);
    }

    #[test]
    fn bad_fragments_are_ignored_piecewise() {
        let share = parse_fragment("#code=%%%&step=-3&lang=fr&x&=&step");
        assert_eq!(share, Share::default());
        // Invalid UTF-8 is no code at all.
        let share = parse_fragment(&format!("code={}&step=4", b64url_encode(&[0xff, 0xfe])));
        assert_eq!(share, Share { code: None, step: Some(4), lang: None });
        assert_eq!(parse_fragment(""), Share::default());
    }
}

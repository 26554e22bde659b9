//! The one place that decides whether a link from a project file may be opened.
//!
//! Project files come from other people: a link is opened only when it is plainly a web page
//! or an e-mail address. Everything else is shown as text, with the reason.

use url::Url;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkCheck {
    /// Safe to open; holds the normalized form to show and open (punycode hosts).
    Openable(String),
    /// Shown as plain text, never opened.
    Refused { reason: String },
}

impl LinkCheck {
    pub fn openable(&self) -> Option<&str> {
        match self {
            LinkCheck::Openable(u) => Some(u),
            LinkCheck::Refused { .. } => None,
        }
    }
}

/// Longest link accepted; longer ones are almost always pasted by mistake or hostile.
const MAX_LINK_LEN: usize = 2048;

pub fn check_link(raw: &str) -> LinkCheck {
    let refuse = |key: &str| LinkCheck::Refused {
        reason: crate::t!(key),
    };
    let text = raw.trim();
    if text.is_empty() {
        return refuse("link-refused-empty");
    }
    if text.len() > MAX_LINK_LEN {
        return refuse("link-refused-too-long");
    }
    if text.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return refuse("link-refused-spaces");
    }
    let url = match Url::parse(text) {
        Ok(u) => u,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            return refuse("link-refused-no-scheme");
        }
        Err(e) => {
            return LinkCheck::Refused {
                reason: crate::t!("link-refused-invalid", error = e.to_string()),
            };
        }
    };
    match url.scheme() {
        "http" | "https" => {
            if url.host_str().is_none_or(str::is_empty) {
                return refuse("link-refused-no-host");
            }
            if !url.username().is_empty() || url.password().is_some() {
                return refuse("link-refused-user");
            }
            LinkCheck::Openable(url.to_string())
        }
        "mailto" => {
            if url.path().contains('@') {
                LinkCheck::Openable(url.to_string())
            } else {
                refuse("link-refused-mail")
            }
        }
        "javascript" => refuse("link-refused-script"),
        "file" => refuse("link-refused-file"),
        "data" => refuse("link-refused-data"),
        other if other.len() == 1 => refuse("link-refused-windows"),
        other => LinkCheck::Refused {
            reason: crate::t!("link-refused-scheme", scheme = other),
        },
    }
}

/// Why an evidence address is refused; `None` when it is safe, or when there is no address
/// (evidence recorded as text, which is allowed).
pub fn evidence_refusal(url: &str) -> Option<String> {
    if url.trim().is_empty() {
        return None;
    }
    match check_link(url) {
        LinkCheck::Openable(_) => None,
        LinkCheck::Refused { reason } => Some(reason),
    }
}

/// Evidence that counts: a safe link, or a record with no address. An address that is refused
/// is shown as refused and counts nowhere, nor can a status change rest on it.
pub fn counts(e: &crate::model::Evidence) -> bool {
    evidence_refusal(&e.url).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_addresses_do_not_count_but_text_records_do() {
        let mut e = crate::model::Evidence::new(1);
        assert!(counts(&e), "no address: recorded as text");
        e.url = "javascript:alert(1)".into();
        assert!(!counts(&e));
        assert_eq!(
            evidence_refusal(&e.url).as_deref(),
            Some("script links are never opened")
        );
        e.url = "https://example.org/a".into();
        assert!(counts(&e));
    }

    #[test]
    fn web_links_are_normalized_and_openable() {
        assert_eq!(
            check_link(" https://astanatimes.com/?p=64853 ").openable(),
            Some("https://astanatimes.com/?p=64853")
        );
        assert_eq!(
            check_link("HTTPS://Example.COM").openable(),
            Some("https://example.com/")
        );
    }
}

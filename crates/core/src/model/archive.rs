//! Archived copies of evidence links: which addresses count as an archive, and the addresses
//! that look a copy up or ask for one. Nothing here goes on the network: the addresses are
//! handed to the browser, which the user watches.

use url::Url;

use super::links::{LinkCheck, check_link};
use super::{Date, Evidence};

/// Hosts whose pages are archived copies. archive.today answers under several names; all of
/// them serve the same copies, so each is accepted.
const ARCHIVE_HOSTS: [&str; 5] = [
    "web.archive.org",
    "archive.today",
    "archive.ph",
    "archive.is",
    "perma.cc",
];

/// Why an archived-copy address cannot be kept; `None` when it is a safe link to one of the
/// archives, or empty (no copy recorded).
pub fn archived_refusal(raw: &str) -> Option<String> {
    if raw.trim().is_empty() {
        return None;
    }
    let url = match check_link(raw) {
        LinkCheck::Openable(url) => url,
        LinkCheck::Refused { reason } => return Some(reason),
    };
    let host = Url::parse(&url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_default();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let is_web = url.starts_with("http://") || url.starts_with("https://");
    if is_web && ARCHIVE_HOSTS.contains(&host) {
        None
    } else {
        Some(crate::t!("archive-refused-host", host = host.to_owned()))
    }
}

/// The archived copy of a link when it is recorded and acceptable, normalized for showing.
pub fn archived_copy(e: &Evidence) -> Option<String> {
    let raw = e.archived.as_deref()?;
    if archived_refusal(raw).is_some() || raw.trim().is_empty() {
        return None;
    }
    check_link(raw).openable().map(str::to_owned)
}

/// The Wayback Machine's copies of `url` nearest to `date` (else `today`), or `None` when the
/// address is not one the app opens. The address is written as the browser would send it:
/// non-ASCII letters percent-encoded, the host in punycode, the query kept, the fragment (which
/// never reaches a server) dropped.
pub fn find_copy_url(url: &str, date: Option<Date>, today: Date) -> Option<String> {
    let target = web_target(url)?;
    let day = date.unwrap_or(today).first_day();
    let stamp = format!(
        "{:04}{:02}{:02}",
        day.year(),
        day.month().unwrap_or(1),
        day.day().unwrap_or(1)
    );
    Some(format!("https://web.archive.org/web/{stamp}/{target}"))
}

/// The Wayback Machine's page that saves a copy of `url` now.
pub fn save_copy_url(url: &str) -> Option<String> {
    Some(format!("https://web.archive.org/save/{}", web_target(url)?))
}

/// A web address the archive can take: checked like any link, http or https only.
fn web_target(url: &str) -> Option<String> {
    let checked = check_link(url).openable()?.to_owned();
    let mut parsed = Url::parse(&checked).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    parsed.set_fragment(None);
    Some(parsed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn lookup_uses_the_evidence_date_else_today() {
        let today = d("2026-11-29");
        assert_eq!(
            find_copy_url(
                "https://www.akorda.kz/en/address",
                Some(d("2022-03-16")),
                today
            )
            .as_deref(),
            Some("https://web.archive.org/web/20220316/https://www.akorda.kz/en/address")
        );
        assert_eq!(
            find_copy_url("https://example.org/a", None, today).as_deref(),
            Some("https://web.archive.org/web/20261129/https://example.org/a")
        );
        // A month counts from its first day, as everywhere else.
        assert_eq!(
            find_copy_url("https://example.org/a", Some(d("2023-06")), today).as_deref(),
            Some("https://web.archive.org/web/20230601/https://example.org/a")
        );
    }

    #[test]
    fn query_strings_stay_and_fragments_go() {
        let today = d("2026-01-01");
        assert_eq!(
            find_copy_url("https://astanatimes.com/?p=64853&lang=en#top", None, today).as_deref(),
            Some("https://web.archive.org/web/20260101/https://astanatimes.com/?p=64853&lang=en")
        );
        assert_eq!(
            save_copy_url("https://example.org/search?q=a+b&x=1").as_deref(),
            Some("https://web.archive.org/save/https://example.org/search?q=a+b&x=1")
        );
    }

    #[test]
    fn non_ascii_addresses_are_encoded_as_a_browser_sends_them() {
        let today = d("2026-01-01");
        assert_eq!(
            find_copy_url("https://akorda.kz/ru/послание?тема=реформа", None, today).as_deref(),
            Some(
                "https://web.archive.org/web/20260101/https://akorda.kz/ru/\
                 %D0%BF%D0%BE%D1%81%D0%BB%D0%B0%D0%BD%D0%B8%D0%B5\
                 ?%D1%82%D0%B5%D0%BC%D0%B0=%D1%80%D0%B5%D1%84%D0%BE%D1%80%D0%BC%D0%B0"
            )
        );
        assert_eq!(
            save_copy_url("https://президент.қаз/").as_deref(),
            Some("https://web.archive.org/save/https://xn--d1abbgf6aiiy.xn--80ao21a/")
        );
    }

    #[test]
    fn unsafe_or_non_web_links_get_no_archive_address() {
        let today = d("2026-01-01");
        assert_eq!(find_copy_url("javascript:alert(1)", None, today), None);
        assert_eq!(find_copy_url("mailto:press@akorda.kz", None, today), None);
        assert_eq!(save_copy_url(""), None);
    }

    #[test]
    fn only_the_three_archives_are_accepted_as_archived_copies() {
        for ok in [
            "https://web.archive.org/web/20220316/https://www.akorda.kz/en/address",
            "https://archive.today/abcde",
            "https://archive.ph/abcde",
            "http://archive.is/abcde",
            "https://perma.cc/ABC1-DEF2",
            "https://www.perma.cc/ABC1-DEF2",
            "",
        ] {
            assert_eq!(archived_refusal(ok), None, "{ok}");
        }
        assert_eq!(
            archived_refusal("https://example.org/copy").as_deref(),
            Some(
                "example.org is not an archive: use web.archive.org, archive.today \
                 (archive.ph, archive.is) or perma.cc"
            )
        );
        assert_eq!(
            archived_refusal("https://web.archive.org.evil.example/x").as_deref(),
            Some(
                "web.archive.org.evil.example is not an archive: use web.archive.org, \
                 archive.today (archive.ph, archive.is) or perma.cc"
            )
        );
        assert_eq!(
            archived_refusal("javascript:alert(1)").as_deref(),
            Some("script links are never opened"),
            "checked like any link first"
        );
    }
}

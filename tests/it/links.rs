//! Links from project files: only plain web pages and e-mail addresses are ever opened.

use reform_tracker::model::links::{LinkCheck, check_link};

enum Want {
    /// Opened, as exactly this normalized text.
    Open(&'static str),
    /// Refused, with this word in the reason.
    Refuse(&'static str),
}
use Want::{Open, Refuse};

#[test]
fn hostile_and_tricky_links() {
    let long = format!("https://example.com/{}", "a".repeat(3000));
    let cases: Vec<(&str, Want)> = vec![
        ("javascript:alert(1)", Refuse("script")),
        ("JaVaScRiPt:alert(document.cookie)", Refuse("script")),
        ("  javascript:alert(1)", Refuse("script")),
        ("javascript://example.com/%0Aalert(1)", Refuse("script")),
        ("java\tscript:alert(1)", Refuse("control")),
        ("vbscript:msgbox(1)", Refuse("\"vbscript:\"")),
        ("file:///etc/passwd", Refuse("local files")),
        ("FILE://C:/Windows/win.ini", Refuse("local files")),
        (
            "data:text/html,<script>alert(1)</script>",
            Refuse("data links"),
        ),
        (
            "C:\\Windows\\System32\\cmd.exe",
            Refuse("Windows file path"),
        ),
        ("\\\\server\\share\\x.exe", Refuse("file path")),
        ("/etc/passwd", Refuse("file path")),
        ("../secrets.txt", Refuse("file path")),
        ("ftp://example.com/file", Refuse("\"ftp:\"")),
        ("smb://server/share", Refuse("\"smb:\"")),
        ("chrome://settings", Refuse("\"chrome:\"")),
        ("about:blank", Refuse("\"about:\"")),
        (
            "intent://scan/#Intent;scheme=zxing;end",
            Refuse("\"intent:\""),
        ),
        ("https://user@example.com/", Refuse("user name")),
        ("https://user:pw@example.com/", Refuse("user name")),
        ("https://www.example.com@evil.example/", Refuse("user name")),
        ("http://", Refuse("not a valid web address")),
        ("https://exa mple.com", Refuse("spaces")),
        ("https://example.com/a\nb", Refuse("control")),
        ("", Refuse("no address")),
        ("ｈｔｔｐｓ://example.com", Refuse("not a web address")),
        (long.as_str(), Refuse("too long")),
        ("mailto:", Refuse("no address")),
        ("mailto:?subject=hi", Refuse("no address")),
        (
            "mailto:someone@example.org",
            Open("mailto:someone@example.org"),
        ),
        ("https://example.com", Open("https://example.com/")),
        (
            "HTTPS://EXAMPLE.COM/Path?q=1#x",
            Open("https://example.com/Path?q=1#x"),
        ),
        ("https:example.com", Open("https://example.com/")),
        // Cyrillic look-alike of apple.com: shown and opened as punycode, never as "apple".
        ("https://аррӏе.com", Open("https://xn--80ak6aa92e.com/")),
        (
            "https://xn--80ak6aa92e.com/",
            Open("https://xn--80ak6aa92e.com/"),
        ),
        // Bidi override hidden in a path: percent-encoded, so it cannot reorder what is shown.
        (
            "https://example.com/\u{202e}fdp.exe",
            Open("https://example.com/%E2%80%AEfdp.exe"),
        ),
        ("http://[::1]:8080/", Open("http://[::1]:8080/")),
    ];
    let mut refused = 0;
    for (raw, want) in &cases {
        let got = check_link(raw);
        println!(
            "{:<48} {:?}",
            format!("{raw:?}").chars().take(48).collect::<String>(),
            got
        );
        match (want, &got) {
            (Open(url), LinkCheck::Openable(u)) => assert_eq!(u, url, "{raw:?}"),
            (Refuse(word), LinkCheck::Refused { reason }) => {
                assert!(reason.contains(word), "{raw:?}: {reason:?} lacks {word:?}");
                refused += 1;
            }
            _ => panic!("{raw:?}: got {got:?}"),
        }
    }
    println!("{} links checked, {refused} refused", cases.len());
    assert!(cases.len() >= 20);
}

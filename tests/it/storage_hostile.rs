//! Files other people wrote, some broken, some hostile: each gets a clear answer, quickly.

use crate::storage_common as common;

use std::path::Path;
use std::time::Instant;

use reform_tracker::storage::{LoadError, Loaded, load_file, to_ron_string};

enum Expect {
    Ok,
    ReadOnly(&'static [&'static str]),
    /// Error with a line and column, and these words in the message or field path.
    ErrAt(&'static [&'static str]),
    /// Error about the whole file (no position), with these words.
    ErrWhole(&'static [&'static str]),
}

fn valid() -> String {
    to_ron_string(&common::every_field()).unwrap()
}

/// The golden project with one line replaced, for errors deep inside a real file.
fn with_line(from: &str, to: &str) -> Vec<u8> {
    let text = valid();
    assert!(text.contains(from), "{from}");
    text.replacen(from, to, 1).into_bytes()
}

/// Whether the answer is the one expected; the reason when not.
fn check(name: &str, result: &Result<Loaded, LoadError>, expect: &Expect) -> Result<(), String> {
    let words_in = |text: &str, words: &[&str]| -> Result<(), String> {
        match words.iter().find(|w| !text.contains(*w)) {
            Some(w) => Err(format!("{name}: {w:?} missing from {text:?}")),
            None => Ok(()),
        }
    };
    match (expect, result) {
        (Expect::Ok, Ok(l)) if l.read_only.is_none() => Ok(()),
        (Expect::ReadOnly(words), Ok(l)) => {
            words_in(l.read_only.as_deref().unwrap_or_default(), words)
        }
        (Expect::ErrAt(words), Err(e)) if e.line.is_some() && e.column.is_some() => {
            words_in(&e.to_string(), words)?;
            words_in(&e.to_string(), &["line ", "column "])
        }
        (Expect::ErrWhole(words), Err(e)) => words_in(&e.to_string(), words),
        (_, other) => Err(format!("{name}: unexpected answer {other:?}")),
    }
}

#[test]
fn hostile_files_get_clear_answers() {
    let dir = tempfile::tempdir().unwrap();
    let deep = |open: &str| open.repeat(1_000_000);
    let mut huge = common::every_field();
    // 10 MB of text in one field loads: the 64 MiB file cap is what bounds memory, and the
    // window, not the loader, limits how much of a field it shows.
    huge.description = "é".repeat(5_000_000);
    let valid_text = valid();
    let cases: Vec<(&str, Vec<u8>, Expect)> = vec![
        ("empty file", vec![], Expect::ErrAt(&["the file is empty"])),
        (
            "truncated",
            valid_text.as_bytes()[..valid_text.len() / 2].to_vec(),
            Expect::ErrAt(&["ends too early"]),
        ),
        (
            "invalid UTF-8",
            with_line("Akorda", "Ak\u{0}rda")
                .iter()
                .map(|&b| if b == 0 { 0xFF } else { b })
                .collect(),
            Expect::ErrAt(&["not UTF-8", "line 10, column 27"]),
        ),
        (
            "BOM then valid",
            [b"\xEF\xBB\xBF", valid_text.as_bytes()].concat(),
            Expect::Ok,
        ),
        (
            "CRLF line ends",
            valid_text.replace('\n', "\r\n").into_bytes(),
            Expect::Ok,
        ),
        (
            "million-deep [ at top",
            deep("[").into_bytes(),
            Expect::ErrAt(&["expected"]),
        ),
        (
            "million-deep [ in a field",
            format!("(format_version: 1, extra: {}", deep("[")).into_bytes(),
            Expect::ErrAt(&["nested too deeply"]),
        ),
        (
            "million-deep ( in a field",
            format!("(format_version: 1, extra: {}", deep("Some(")).into_bytes(),
            Expect::ErrAt(&["nested too deeply"]),
        ),
        (
            "10 MB string",
            to_ron_string(&huge).unwrap().into_bytes(),
            Expect::Ok,
        ),
        (
            "wrong type",
            with_line("importance: 3,", "importance: \"high\","),
            Expect::ErrAt(&[
                "line 106, column 25, at commitments[0].importance",
                "whole number",
            ]),
        ),
        (
            "unknown status",
            with_line("status: Fulfilled,", "status: Done,"),
            Expect::ErrAt(&[
                "line 29, column 21, at commitments[0].status",
                "unknown status \"Done\"; expected one of NotAssessed, NoAction",
            ]),
        ),
        (
            "bad date",
            with_line("\"2022-09-17\"", "\"2022-13-45\""),
            Expect::ErrAt(&["commitments[0].history[1].date", "is not a date"]),
        ),
        (
            "missing field",
            with_line("            concern: true,\n", ""),
            Expect::ErrAt(&["commitments[0]", "\"concern\" is missing"]),
        ),
        (
            "unknown field",
            with_line("concern: true,", "concern: true, mood: \"sunny\","),
            Expect::ReadOnly(&["does not know", "commitments[0].mood"]),
        ),
        (
            "newer version that still fits",
            with_line("format_version: 4,", "format_version: 5,"),
            Expect::ReadOnly(&["newer version (5)"]),
        ),
        (
            "newer version that does not fit",
            String::from_utf8(with_line("format_version: 4,", "format_version: 6,"))
                .unwrap()
                .replace("importance: 3,", "importance: \"x\",")
                .into_bytes(),
            Expect::ErrWhole(&["newer version", "format 6"]),
        ),
        (
            "trailing text",
            [valid_text.as_bytes(), b"(again)"].concat(),
            Expect::ErrAt(&["after the end"]),
        ),
        (
            "garbage binary",
            garbage(4096),
            Expect::ErrAt(&["not UTF-8"]),
        ),
        (
            "control characters",
            "\u{1}\u{2}\u{1b}[31m".into(),
            Expect::ErrAt(&["line 1"]),
        ),
    ];
    println!("{:<34} {:>10} {:>9}  answer", "input", "bytes", "ms");
    let mut wrong = Vec::new();
    for (name, bytes, expect) in &cases {
        let path = dir.path().join("case.ron");
        std::fs::write(&path, bytes).unwrap();
        let start = Instant::now();
        let result = load_file(&path);
        report(name, bytes.len() as u64, start, &result);
        wrong.extend(check(name, &result, expect).err());
    }
    let crlf = load_file(&write(
        dir.path(),
        "crlf.ron",
        valid_text.replace('\n', "\r\n"),
    ))
    .unwrap();
    assert_eq!(crlf.project, common::every_field(), "CRLF reads the same");

    // Over the cap: a sparse file, so the test allocates and writes nothing.
    let big = dir.path().join("big.ron");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(70 * 1024 * 1024)
        .unwrap();
    let start = Instant::now();
    let result = load_file(&big);
    report("70 MiB file", 70 * 1024 * 1024, start, &result);
    let expect = Expect::ErrWhole(&["larger than 64 MiB"]);
    wrong.extend(check("70 MiB", &result, &expect).err());

    let start = Instant::now();
    let result = load_file(dir.path());
    report("a folder", 0, start, &result);
    wrong.extend(check("folder", &result, &Expect::ErrWhole(&["folder"])).err());

    let result = load_file(&dir.path().join("nothing.ron"));
    report("missing file", 0, Instant::now(), &result);
    wrong.extend(check("missing", &result, &Expect::ErrWhole(&["does not exist"])).err());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Cut anywhere, a file is refused with a position; cut mid-value, it says it was cut off.
#[test]
fn a_file_cut_at_any_point_is_refused_with_its_position() {
    let text = valid();
    let mut cut_off = 0;
    let cuts: Vec<usize> = (1..text.len())
        .step_by(7)
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    for &cut in &cuts {
        let e = reform_tracker::storage::parse_project(&text[..cut], "cut.ron").unwrap_err();
        assert!(e.line.is_some() && e.column.is_some(), "cut at {cut}: {e}");
        if e.message.contains("ends too early") {
            cut_off += 1;
        } else {
            println!(
                "cut at {cut} ({:?}): {e}",
                &text[cut.saturating_sub(20)..cut]
            );
        }
    }
    println!(
        "{} cuts, {cut_off} said the file ends too early",
        cuts.len()
    );
    assert_eq!(cut_off, cuts.len(), "every cut is at the end of the text");
}

fn write(dir: &Path, name: &str, text: String) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn report(name: &str, len: u64, start: Instant, result: &Result<Loaded, LoadError>) {
    let answer = match result {
        Ok(l) => match &l.read_only {
            Some(r) => format!("opens read-only: {r}"),
            None => "opens".to_owned(),
        },
        Err(e) => format!("refused: {}", shorten(&e.to_string())),
    };
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    println!("{name:<34} {len:>10} {ms:>9.2}  {answer}");
}

fn shorten(s: &str) -> String {
    let s = s.rsplit_once("case.ron, ").map_or(s, |(_, r)| r);
    s.chars().take(150).collect()
}

/// Bytes from a fixed xorshift sequence: the same garbage every run.
fn garbage(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

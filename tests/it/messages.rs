//! The message files: every language has every message, with the same variables, and every
//! message is used; no user-visible text in the window is written outside them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use reform_tracker::i18n::{Lang, message_files};

/// Message id → the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                variables_in_inline(p, out);
            }
            for n in &arguments.named {
                variables_in_inline(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

fn variables_in_expression(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for v in variants {
                variables_in_pattern(&v.value, out);
            }
        }
        Expression::Inline(i) => variables_in_inline(i, out),
    }
}

fn variables_in_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            variables_in_expression(expression, out);
        }
    }
}

fn messages(lang: Lang) -> Messages {
    let mut all = Messages::new();
    for (name, text) in message_files(lang) {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errors)| {
            panic!("{}/{name} does not parse: {errors:?}", lang.code())
        });
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables_in_pattern(value, &mut vars);
                    }
                    let id = m.id.name.to_owned();
                    assert!(
                        all.insert(id.clone(), vars).is_none(),
                        "{}: {id} is defined twice",
                        lang.code()
                    );
                }
                Entry::Junk { content } => {
                    panic!("{}/{name}: cannot read {content:?}", lang.code())
                }
                _ => {}
            }
        }
    }
    all
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Lang::En);
    assert!(english.len() > 1, "the English messages are there");
    for lang in [Lang::Ru, Lang::Kk] {
        let other = messages(lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{} has messages English lacks: {extra:?}",
            lang.code()
        );
        for (key, vars) in &english {
            assert_eq!(
                &other[key],
                vars,
                "{}: {key} uses other variables",
                lang.code()
            );
        }
    }
}

fn rust_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path.display().to_string(), text));
        }
    }
}

#[test]
fn every_message_is_used() {
    let mut sources = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The app and its core crate.
    for folder in ["src", "crates/core/src"] {
        rust_sources(&root.join(folder), &mut sources);
    }
    let all: String = sources.into_iter().map(|(_, t)| t).collect();
    let unused: Vec<String> = messages(Lang::En)
        .into_keys()
        // Messages named by a prefix and a value (`status-{id}`) are listed in full nowhere.
        .filter(|k| !all.contains(&format!("\"{k}\"")) && !dynamic_prefix(k, &all))
        .collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}

/// Keys built at run time from a prefix, e.g. `format!("status-{}", …)`.
fn dynamic_prefix(key: &str, sources: &str) -> bool {
    key.rmatch_indices('-')
        .any(|(i, _)| sources.contains(&format!("\"{}-{{", &key[..i])))
}

/// String literals in a line of Rust, roughly: enough to find words meant for people.
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, '"') => current = Some(String::new()),
            (Some(s), '\\') => {
                if let Some(n) = chars.next() {
                    s.push(n);
                }
            }
            (Some(_), '"') => out.extend(current.take()),
            (Some(s), c) => s.push(c),
            (None, '/') if chars.peek() == Some(&'/') => break,
            (None, '\'') => {
                // A char literal such as '"' is not the start of a string.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with("\"'") || rest.starts_with("\\\"'") {
                    chars.nth(if rest.starts_with('\\') { 2 } else { 1 });
                }
            }
            _ => {}
        }
    }
    out
}

/// Words for people: a capitalised word, or two words with a space.
fn looks_like_words(s: &str) -> bool {
    let b: Vec<char> = s.chars().collect();
    b.windows(2)
        .any(|w| w[0].is_uppercase() && w[1].is_lowercase())
        || b.windows(2).any(|w| w[0] == ' ' && w[1].is_alphabetic())
        || s.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}

#[test]
fn the_window_writes_no_words_outside_the_message_files() {
    let mut sources = Vec::new();
    rust_sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut sources,
    );
    let mut found = Vec::new();
    for (path, text) in sources {
        // Unit tests may say what they like.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") || trimmed.starts_with("#[") {
                continue;
            }
            for lit in literals(line) {
                if looks_like_words(&lit) {
                    found.push(format!("{path}:{}: {lit:?}", n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words written in the code, not in assets/i18n: {found:#?}"
    );
}

#[test]
fn numbers_and_dates_are_written_the_languages_way() {
    use reform_tracker::i18n::{number, set_language};
    let date: reform_tracker::model::Date = "2022-03-16".parse().unwrap();
    let cases = [
        (Lang::En, "10,000", "16 March 2022"),
        (Lang::Ru, "10\u{a0}000", "16 марта 2022 г."),
        (Lang::Kk, "10\u{a0}000", "2022 жылғы 16 наурыз"),
    ];
    for (lang, n, d) in cases {
        set_language(lang);
        assert_eq!(number(10_000), n);
        assert_eq!(reform_tracker::i18n::date_long(date), d);
    }
    set_language(Lang::En);
}

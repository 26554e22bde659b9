//! Loading the embedded message files and formatting messages.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

/// The message files, by language; each language has the same file names.
pub fn message_files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    macro_rules! files {
        ($code:literal) => {
            &[
                (
                    "window.ftl",
                    include_str!(concat!("../../../../assets/i18n/", $code, "/window.ftl")),
                ),
                (
                    "editor.ftl",
                    include_str!(concat!("../../../../assets/i18n/", $code, "/editor.ftl")),
                ),
                (
                    "reports.ftl",
                    include_str!(concat!("../../../../assets/i18n/", $code, "/reports.ftl")),
                ),
                (
                    "model.ftl",
                    include_str!(concat!("../../../../assets/i18n/", $code, "/model.ftl")),
                ),
                (
                    "merge.ftl",
                    include_str!(concat!("../../../../assets/i18n/", $code, "/merge.ftl")),
                ),
                (
                    "period.ftl",
                    include_str!(concat!("../../../../assets/i18n/", $code, "/period.ftl")),
                ),
                (
                    "sheets.ftl",
                    include_str!(concat!("../../../../assets/i18n/", $code, "/sheets.ftl")),
                ),
                (
                    "shots.ftl",
                    include_str!(concat!("../../../../assets/i18n/", $code, "/shots.ftl")),
                ),
                (
                    "paths.ftl",
                    include_str!(concat!("../../../../assets/i18n/", $code, "/paths.ftl")),
                ),
            ]
        };
    }
    match lang {
        Lang::En => files!("en"),
        Lang::Ru => files!("ru"),
        Lang::Kk => files!("kk"),
    }
}

/// A value for a message's variable: a number (which also chooses the plural form) or text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u32, u64, i32, i64, u8, f32, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[i].get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No invisible direction marks around variables: every language here is written left to
    // right, and the marks would show as boxes in fonts that lack them.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format_en,
        Lang::Ru => format_ru,
        Lang::Kk => format_kk,
    }));
    for (_, text) in message_files(lang) {
        // The message files are ours and tested to parse; a broken one still loads what it can.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn format_number(value: &FluentValue, lang: Lang) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(super::format::number_in(lang, n.value as i64))
        }
        _ => None,
    }
}

fn format_en<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Lang::En)
}

fn format_ru<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Lang::Ru)
}

fn format_kk<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Lang::Kk)
}

/// Formats `key` in `lang`; falls back to English, then to the key itself, so a missing
/// message is visible rather than blank (the `messages` test keeps that from shipping).
pub fn format(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
        }
    }
    let args = (!args.is_empty()).then_some(&fluent_args);
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text: Cow<str> = bundle.format_pattern(pattern, args, &mut errors);
            return text.into_owned();
        }
    }
    key.to_owned()
}

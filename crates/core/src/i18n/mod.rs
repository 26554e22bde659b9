//! The interface's words in the user's language: English, Russian and Kazakh.
//!
//! Every word the window, its messages, the exports and the command line show comes from the
//! Fluent message files under `assets/i18n/<language>/`, embedded in the binary. Project data
//! (titles, notes, evidence) is never translated. Numbers and dates are written the language's
//! way; plurals follow each language's rules.
//!
//! To add a language: add a variant to `Lang`, a folder `assets/i18n/<code>/` with the same
//! files as `en/` (the `messages` test lists what is missing), and its number and date rules
//! in `format.rs`.

mod bundle;
mod format;

use std::cell::Cell;

use serde::{Deserialize, Serialize};

pub use bundle::{Arg, message_files};
pub use format::{DateParts, date_long, month_year, number};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Kk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    /// The code used on the command line and in file names: `en`, `ru`, `kk`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// The language's own name for itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Kk => "Қазақша",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language a locale names ("ru_RU.UTF-8", "kk-KZ", "en_US"), if it is one of ours.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let code: String = locale
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        Lang::from_code(&code)
    }

    /// The language of the environment: `LC_ALL`, `LC_MESSAGES`, `LANG`, then the system's own
    /// setting; English when none of them is ours.
    pub fn from_environment() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .or_else(sys_locale::get_locale)
            .and_then(|l| Lang::from_locale(&l))
            .unwrap_or_default()
    }
}

thread_local! {
    /// The language of this thread's words: each window, each command-line run and each test
    /// has its own, and work sent to another thread takes it along (`carried`).
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Switches every word this thread shows from now on; the next frame is drawn in the new
/// language.
pub fn set_language(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

pub fn language() -> Lang {
    CURRENT.with(Cell::get)
}

/// Work for another thread, in this thread's language: its messages and outputs read as the
/// window or command that started it.
pub fn carried<R>(work: impl FnOnce() -> R + Send) -> impl FnOnce() -> R + Send {
    let lang = language();
    move || {
        set_language(lang);
        work()
    }
}

/// The message `key` in the current language.
pub fn tr(key: &str) -> String {
    bundle::format(language(), key, &[])
}

/// The message `key` in a given language, whatever the window shows (for reading words typed
/// in any of our languages, e.g. status names in an imported sheet).
pub fn tr_in(lang: Lang, key: &str) -> String {
    bundle::format(lang, key, &[])
}

/// The message `key` with its variables, e.g. `tr_args("links", &[("count", Arg::from(3))])`.
pub fn tr_args(key: &str, args: &[(&str, Arg)]) -> String {
    bundle::format(language(), key, args)
}

/// `t!("key")` or `t!("key", count = n, name = text)`: a message in the current language.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::tr($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

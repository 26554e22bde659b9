//! Labels that many callers hold as `&'static str` (status, kind, confidence, filter and
//! sort names), looked up in the current language.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::i18n::{self, Lang};

/// The message `key` in the current language, as static text. One copy per language and key
/// is kept — a few dozen short labels in all — so the labels keep their `&'static str` type
/// for every caller, and a language switch shows the new words on the next frame.
pub fn label(key: &'static str) -> &'static str {
    static KEPT: OnceLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> = OnceLock::new();
    let lang = i18n::language();
    let mut kept = KEPT
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    kept.entry((lang, key))
        .or_insert_with(|| Box::leak(i18n::tr(key).into_boxed_str()))
}

/// "yes" or "no", the value a message's `$partial` selector expects.
pub fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

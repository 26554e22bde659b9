//! Any bytes, as text, through the fast reader and through ron: where the fast reader answers
//! (whole, or cut into 2 to 4 pieces), ron must read the very same project.
#![no_main]

use reform_tracker_core::model::Project;
use reform_tracker_core::storage::fast;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let ron = || ron::from_str::<Project>(&text).ok();
    if let Some(p) = fast::read_whole(&text) {
        assert_eq!(Some(p), ron(), "whole reader");
    }
    for parts in 2..=4 {
        if let Some(p) = fast::read_split(&text, parts) {
            assert_eq!(Some(p), ron(), "split reader, {parts} pieces");
        }
    }
});

//! Any bytes, as text, through the project loader: it must answer, never panic or hang.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = reform_tracker_core::storage::parse_project(&text, "fuzz.ron") {
        // Formatting the error runs the position and path code too.
        let _ = e.to_string();
    }
});

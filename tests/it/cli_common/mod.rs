//! Running the program as a user runs it from a terminal.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::process::{Command, Output};

/// The command, in English whatever this machine's locale: the tests read its words.
pub fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_reform-tracker"));
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    command
}

/// Runs the command; a failure fails the test with what the command printed on stderr.
pub fn succeeds(command: &mut Command) -> Output {
    let output = command.output().expect("the program runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

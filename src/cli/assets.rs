//! The manual pages and the shell completions, written from the command line's own
//! definition so they never drift from it: `reform-tracker generate-assets DIR` (hidden from
//! the help) writes them for the package.

use std::path::Path;
use std::process::ExitCode;

use clap_complete::Shell;

/// The name the binary is installed and typed as.
pub const BIN: &str = "reform-tracker";

/// Writes `reform-tracker.1` and a page per command (`reform-tracker-export.1`…), and the
/// completions for bash (`reform-tracker.bash`), zsh (`_reform-tracker`) and fish
/// (`reform-tracker.fish`) into `dir`, which is made if missing.
pub fn write(mut command: clap::Command, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    clap_mangen::generate_to(command.clone(), dir)?;
    std::fs::write(dir.join("reform-tracker.bash"), bash(&mut command))?;
    for shell in [Shell::Zsh, Shell::Fish] {
        clap_complete::generate_to(shell, &mut command, BIN, dir)?;
    }
    Ok(())
}

/// clap_complete's bash script spells the state of a binary whose name has a hyphen two ways,
/// so no option of a command ever completes (clap-rs/clap#6421). Written for a name without
/// one, it is consistent; then only the name `complete` binds it to is ours.
fn bash(command: &mut clap::Command) -> String {
    const PLAIN: &str = "reform_tracker";
    let mut script = Vec::new();
    clap_complete::generate(Shell::Bash, command, PLAIN, &mut script);
    String::from_utf8_lossy(&script).replace(&format!(" {PLAIN}\n"), &format!(" {BIN}\n"))
}

pub fn run(command: clap::Command, dir: &Path) -> ExitCode {
    let folder = dir.display().to_string();
    match write(command, dir) {
        Ok(()) => {
            println!("{}", crate::t!("cli-assets-written", folder = folder));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "{}",
                crate::t!(
                    "cli-assets-not-written",
                    folder = folder,
                    error = e.to_string()
                )
            );
            ExitCode::FAILURE
        }
    }
}

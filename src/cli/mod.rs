//! The command line's own code: argument structs and what each command prints. The batch
//! commands (`validate`, `fmt`, `links`, `export`, `import`, `site`) and the subcommands for teams
//! keeping trackers in git: `merge` (a merge driver), `git-setup`, `diff` and `show` (a
//! textconv for `git diff`); and the manual pages and completions the package installs.

pub mod assets;
pub mod batch;
mod diff;
pub mod files;
mod git_labels;
mod git_setup;
pub mod import;
mod merge;
pub mod report;
pub mod site;

use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status of `merge` when an input cannot be merged; nothing was written.
pub const REFUSED: u8 = 2;

#[derive(clap::Subcommand)]
pub enum GitCommand {
    /// Three-way merge of project files; writes the result into OURS. Exit 0: clean; 1:
    /// conflicts recorded in the file for the window; 2: an input was refused, nothing written.
    Merge {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        /// The file's path in the repository (git's %P): names the branches in conflicts.
        path: Option<PathBuf>,
    },
    /// Make git merge and compare project files with this program, in one repository.
    GitSetup {
        /// The repository (default: the current folder).
        repo: Option<PathBuf>,
        /// Which files are project files.
        #[arg(long, default_value = "*.ron")]
        pattern: String,
    },
    /// List what changed between two versions of a project, per commitment.
    Diff {
        old: PathBuf,
        new: PathBuf,
        /// text, or markdown for a pull request.
        #[arg(long, default_value = "text", value_parser = ["text", "markdown"])]
        format: String,
    },
    /// Print a project as readable lines (git uses it to show diffs in words).
    Show { file: PathBuf },
}

pub fn run(command: GitCommand) -> ExitCode {
    match command {
        GitCommand::Merge {
            base,
            ours,
            theirs,
            path,
        } => merge::run(&base, &ours, &theirs, path.as_deref()),
        GitCommand::GitSetup { repo, pattern } => git_setup::run(repo.as_deref(), &pattern),
        GitCommand::Diff { old, new, format } => diff::run_diff(&old, &new, format == "markdown"),
        GitCommand::Show { file } => diff::run_show(&file),
    }
}

//! `reform-tracker git-setup [REPO]`: the `.gitattributes` line and the repository's
//! configuration that make git merge and compare project files with this program.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The driver's name in `.gitattributes` and the git configuration.
pub const DRIVER: &str = "reform-tracker";

pub fn run(repo: Option<&Path>, pattern: &str) -> ExitCode {
    match setup(repo.unwrap_or(Path::new(".")), pattern) {
        Ok(done) => {
            for line in done {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// What was done, one sentence a step.
fn setup(repo: &Path, pattern: &str) -> Result<Vec<String>, String> {
    let top = git(repo, &["rev-parse", "--show-toplevel"])
        .map(PathBuf::from)
        .map_err(|_| crate::t!("merge-setup-not-repo", path = repo.display().to_string()))?;
    let exe = std::env::current_exe()
        .map_err(|e| crate::t!("merge-setup-no-exe", error = e.to_string()))?;
    let exe = shell_quote(&exe.to_string_lossy());
    let mut done = Vec::new();

    let attributes = format!("{pattern} merge={DRIVER} diff={DRIVER}");
    done.push(add_line(&top.join(".gitattributes"), &attributes)?);
    // Every save leaves NAME.ron.bak beside the file: never something to commit.
    done.push(add_line(
        &top.join(".gitignore"),
        &format!("{pattern}.bak"),
    )?);

    let settings = [
        (
            format!("merge.{DRIVER}.name"),
            crate::t!("merge-setup-driver-name"),
        ),
        (
            format!("merge.{DRIVER}.driver"),
            format!("{exe} merge %O %A %B %P"),
        ),
        (format!("diff.{DRIVER}.textconv"), format!("{exe} show")),
    ];
    for (key, value) in settings {
        git(&top, &["config", "--local", &key, &value])
            .map_err(|e| crate::t!("merge-setup-failed", error = e))?;
        done.push(crate::t!(
            "merge-setup-configured",
            key = key.as_str(),
            value = value.as_str()
        ));
    }
    done.push(crate::t!("merge-setup-done"));
    Ok(done)
}

/// Appends `line` to `file` unless a line of it already reads so; says which.
fn add_line(file: &Path, line: &str) -> Result<String, String> {
    let existing = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(crate::t!("merge-setup-failed", error = e.to_string())),
    };
    let name = file.display().to_string();
    if existing.lines().any(|l| l.trim() == line) {
        return Ok(crate::t!(
            "merge-setup-attributes-present",
            line = line,
            file = name.as_str()
        ));
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    crate::storage::write_export(file, text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(crate::t!(
        "merge-setup-attributes-added",
        line = line,
        file = name.as_str()
    ))
}

/// Git runs the driver through the shell: a path with spaces must stay one word.
fn shell_quote(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
    }
}

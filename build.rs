//! Build script: names the commit the binary is built from, for `reform-tracker --version`.
//! Outside a git clone (a source tarball) the commit is "unknown".

use std::path::PathBuf;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let text = text.trim();
    (out.status.success() && !text.is_empty()).then(|| text.to_owned())
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let commit = git(&["rev-parse", "--short", "HEAD"]).unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=REFORM_TRACKER_COMMIT={commit}");

    // Run again only when HEAD moves: HEAD itself (a checkout), the branch it names (a
    // commit), and packed-refs. `--git-path` finds them in a linked worktree too, where
    // `.git` is a file. A branch with no file of its own (packed) gets one at its next
    // commit, which changes its folder.
    let Some(head) = git(&["rev-parse", "--git-path", "HEAD"]) else {
        return;
    };
    println!("cargo:rerun-if-changed={head}");
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"])
        && let Some(file) = git(&["rev-parse", "--git-path", &branch])
    {
        let file = PathBuf::from(file);
        match file.parent() {
            Some(folder) if !file.exists() => {
                println!("cargo:rerun-if-changed={}", folder.display())
            }
            _ => println!("cargo:rerun-if-changed={}", file.display()),
        }
    }
    if let Some(packed) = git(&["rev-parse", "--git-path", "packed-refs"])
        && PathBuf::from(&packed).exists()
    {
        println!("cargo:rerun-if-changed={packed}");
    }
}

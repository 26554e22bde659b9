//! What the package installs, checked from the sources: the window's icon, one application id
//! across the desktop entry, the metainfo and the icons, the version line, and the manual pages
//! and completions written from the command line. The package itself is built and checked by
//! `scripts/test-package.sh`, which `scripts/test.sh` runs after the tests.

use std::path::Path;

use reform_tracker::desktop::{APP_ID, VERSION, icon};

use crate::cli_common::{bin, succeeds};

const PACKAGING: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/packaging");

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_window_icon_decodes() {
    let icon = icon().expect("the embedded icon decodes");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    // Transparent corners, an opaque middle: a rounded square.
    assert_eq!(icon.rgba[3], 0);
    assert_eq!(icon.rgba[(128 * 256 + 128) * 4 + 3], 255);
}

#[test]
fn every_packaging_file_names_the_app_id() {
    let packaging = Path::new(PACKAGING);
    let desktop = read(&packaging.join(format!("{APP_ID}.desktop")));
    for line in [
        format!("Icon={APP_ID}"),
        format!("StartupWMClass={APP_ID}"),
        "Exec=reform-tracker %f".to_owned(),
    ] {
        assert!(
            desktop.lines().any(|l| l == line),
            "no {line:?} in the desktop entry"
        );
    }
    let metainfo = read(&packaging.join(format!("{APP_ID}.metainfo.xml")));
    assert!(metainfo.contains(&format!("<id>{APP_ID}</id>")));
    assert!(metainfo.contains(&format!(
        r#"<launchable type="desktop-id">{APP_ID}.desktop</launchable>"#
    )));
    assert!(metainfo.contains(&format!(
        r#"<release version="{}""#,
        env!("CARGO_PKG_VERSION")
    )));
    for size in [16, 32, 48, 64, 128, 256, 512] {
        let png = packaging.join(format!("icons/hicolor/{size}x{size}/apps/{APP_ID}.png"));
        let picture = image::open(&png).unwrap_or_else(|e| panic!("{}: {e}", png.display()));
        assert_eq!(
            (picture.width(), picture.height()),
            (size, size),
            "{}",
            png.display()
        );
    }
    assert!(
        packaging
            .join(format!("icons/hicolor/scalable/apps/{APP_ID}.svg"))
            .is_file()
    );
}

#[test]
fn version_names_the_release_and_the_commit() {
    let out = succeeds(bin().arg("--version"));
    let line = String::from_utf8(out.stdout).unwrap();
    assert_eq!(line.trim_end(), format!("reform-tracker {VERSION}"));
    let commit = VERSION
        .strip_prefix(concat!(env!("CARGO_PKG_VERSION"), " ("))
        .and_then(|rest| rest.strip_suffix(')'))
        .expect("VERSION is `release (commit)`");
    assert!(
        commit == "unknown" || (commit.len() >= 7 && commit.chars().all(|c| c.is_ascii_hexdigit())),
        "{commit:?}"
    );
}

#[test]
fn manual_pages_and_completions_come_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("generated");
    succeeds(bin().arg("generate-assets").arg(&out));

    let page = read(&out.join("reform-tracker.1"));
    assert!(
        page.starts_with(".ie"),
        "a roff page: {}",
        &page[..40.min(page.len())]
    );
    let commands = [
        "validate",
        "fmt",
        "export",
        "links",
        "import",
        "screenshot",
        "merge",
        "git-setup",
        "diff",
        "show",
    ];
    for command in commands {
        // roff writes a hyphen as `\-`.
        let reference = format!("reform-tracker-{command}(1)").replace('-', "\\-");
        assert!(page.contains(&reference), "{command}");
        assert!(
            out.join(format!("reform-tracker-{command}.1")).is_file(),
            "{command}"
        );
    }
    for name in [
        "reform-tracker.bash",
        "_reform-tracker",
        "reform-tracker.fish",
    ] {
        let text = read(&out.join(name));
        for command in commands {
            assert!(text.contains(command), "{name} offers no {command}");
        }
        // The packaging step's own command is for packagers, not offered to users.
        assert!(
            !text.contains("generate-assets"),
            "{name} offers generate-assets"
        );
    }
    assert!(
        !page.contains("generate"),
        "the manual names generate-assets"
    );
    let help = String::from_utf8(succeeds(bin().arg("--help")).stdout).unwrap();
    assert!(!help.contains("generate"), "{help}");
}

#[test]
fn generating_into_a_file_fails_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let out = bin().arg("generate-assets").arg(&file).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("Could not write the manual pages"), "{err}");
}

/// What bash offers after `words`, the last being the one typed, with the script sourced.
fn bash_completes(script: &Path, words: &[&str]) -> String {
    let line = format!(
        "source {script:?}; COMP_WORDS=({words}); COMP_CWORD={cword}; \
         _reform_tracker reform-tracker {cur:?} {prev:?}; echo \"${{COMPREPLY[@]}}\"",
        words = words
            .iter()
            .map(|w| format!("{w:?}"))
            .collect::<Vec<_>>()
            .join(" "),
        cword = words.len() - 1,
        cur = words[words.len() - 1],
        prev = words[words.len() - 2],
    );
    let out = succeeds(std::process::Command::new("bash").args(["-c", &line]));
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

#[test]
fn bash_completes_commands_and_their_options() {
    let dir = tempfile::tempdir().unwrap();
    succeeds(bin().arg("generate-assets").arg(dir.path()));
    let script = dir.path().join("reform-tracker.bash");
    assert_eq!(
        bash_completes(&script, &["reform-tracker", "exp"]),
        "export"
    );
    // The options of a command, which clap_complete's own script never offers for a name
    // with a hyphen.
    assert_eq!(
        bash_completes(&script, &["reform-tracker", "export", "--f"]),
        "--format --from"
    );
    assert_eq!(
        bash_completes(&script, &["reform-tracker", "git-setup", "--p"]),
        "--pattern"
    );
}

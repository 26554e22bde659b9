//! `reform-tracker [FILE]` opens the window; subcommands work without one.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory as _, Parser, Subcommand};

use reform_tracker::app::{App, Preload, ShotView, Startup};
use reform_tracker::cli::batch;
use reform_tracker::i18n::{self, Lang};
use reform_tracker::model::Date;
use reform_tracker::report::ExportFormat;
use reform_tracker::{headless, storage, t};

#[derive(Parser)]
#[command(
    name = "reform-tracker",
    version = reform_tracker::desktop::VERSION,
    about = "Track political reform commitments: status, evidence, history and notes",
    long_about = "Track political reform commitments as a checklist: each with its status, the \
        dated evidence behind it, a history of changes that only grows, and notes. A project is \
        one plain-text file that you own. Without FILE, the window opens on the shipped tracker \
        of Kazakhstan's 2022 reforms as an untitled copy; the commands work without a window."
)]
struct Cli {
    /// Interface language: en, ru or kk (default: the language chosen in the window before,
    /// else the environment's locale, else English).
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Project file to open; without one, the shipped Kazakhstan 2022 tracker opens as an untitled copy.
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Batch>,
}

#[derive(Subcommand)]
enum Batch {
    /// Check project files without opening a window: one line per file.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite project files in the canonical form (for teams keeping trackers in git).
    Fmt {
        /// Only report which files are not in canonical form; change nothing.
        #[arg(long)]
        check: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write a CSV, Markdown, HTML or Excel (xlsx) report of a project.
    Export {
        file: PathBuf,
        /// csv, markdown, html or xlsx.
        #[arg(long, value_parser = parse_format)]
        format: ExportFormat,
        /// Show the tracker as it stood on this date (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<Date>,
        /// Add "Changes in the period" from this date (with --to); CSV writes NAME-changes.csv.
        #[arg(long, value_parser = parse_date)]
        from: Option<Date>,
        /// The last day of the period (with --from).
        #[arg(long, value_parser = parse_date)]
        to: Option<Date>,
        /// Export a file that still holds undecided merge conflicts, marking those values.
        #[arg(long)]
        allow_conflicts: bool,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// List every evidence link: commitment, evidence date, whether it has an archived copy.
    Links { file: PathBuf },
    /// Write the tracker as a static website in English, Russian and Kazakh, leaving out what
    /// is marked internal (and saying what).
    Site {
        file: PathBuf,
        /// Show the tracker as it stood on this date (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<Date>,
        /// The folder: empty, new, or made by an earlier run.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Import a tracker from a spreadsheet (.csv, .xlsx, .xls, .ods) into a project file.
    Import(reform_tracker::cli::import::ImportArgs),
    /// Save a PNG of the window: the dashboard, the checklist, or one commitment by id.
    Screenshot {
        file: PathBuf,
        /// dashboard, checklist, changes, or a commitment id such as P12.
        #[arg(long, default_value = "dashboard")]
        view: String,
        #[arg(long, value_parser = parse_date)]
        as_of: Option<Date>,
        /// The period the changes view shows and the progress chart marks (with --to).
        #[arg(long, value_parser = parse_date)]
        from: Option<Date>,
        #[arg(long, value_parser = parse_date)]
        to: Option<Date>,
        /// Window size in points, WIDTHxHEIGHT.
        #[arg(long, default_value = "1600x1000", value_parser = parse_size)]
        size: (u32, u32),
        /// Pixels per point: 2 gives a print-quality image.
        #[arg(long, default_value_t = 2.0)]
        scale: f32,
        /// Draw a file that still holds undecided merge conflicts (the banner says so).
        #[arg(long)]
        allow_conflicts: bool,
        #[arg(short, long)]
        output: PathBuf,
    },
    #[command(flatten)]
    Git(reform_tracker::cli::GitCommand),
}

/// The packaging step's own command, parsed apart from [`Cli`]: a hidden subcommand of it
/// would still be offered by the shell completions it writes.
#[derive(Parser)]
#[command(name = "reform-tracker")]
enum Packaging {
    /// Write the manual pages and shell completions into a folder, for the package.
    GenerateAssets { dir: PathBuf },
}

fn parse_format(s: &str) -> Result<ExportFormat, String> {
    ExportFormat::from_name(s).ok_or_else(|| t!("cli-unknown-format", name = s))
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse()
        .map_err(|e: reform_tracker::model::DateError| e.to_string())
}

fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let err = || t!("cli-bad-size", text = s);
    let (w, h) = s.split_once('x').ok_or_else(err)?;
    let (w, h) = (
        w.parse::<u32>().map_err(|_| err())?,
        h.parse::<u32>().map_err(|_| err())?,
    );
    // The range is checked with the scale, in `headless::ShotRequest::check`.
    Ok((w, h))
}

fn main() -> ExitCode {
    reform_tracker::app::timings::mark_start();
    // The language is chosen before the arguments are checked, so that their errors read in it.
    let chosen = lang_in_args(std::env::args().skip(1)).unwrap_or_else(Lang::from_environment);
    i18n::set_language(chosen);
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == "generate-assets")
    {
        let Packaging::GenerateAssets { dir } = Packaging::parse();
        return reform_tracker::cli::assets::run(Cli::command(), &dir);
    }
    let cli = Cli::parse();
    i18n::set_language(cli.lang.unwrap_or(chosen));
    if matches!(cli.command, Some(Batch::Screenshot { .. }))
        && let Some(code) = rerun_with_private_runtime_dir()
    {
        return code;
    }
    match cli.command {
        Some(batch) => run_batch(batch),
        None => run_window(
            Startup {
                preload: cli.file.clone().map(Preload::start),
                file: cli.file,
                recovery_dir: storage::recovery::default_dir(),
                screenshot: None,
                document: None,
                lang: cli.lang,
            },
            (1280, 800),
        ),
    }
}

fn run_batch(batch: Batch) -> ExitCode {
    match batch {
        Batch::Git(command) => reform_tracker::cli::run(command),
        Batch::Validate { files } => batch::validate(&files),
        Batch::Fmt { check, files } => batch::fmt(&files, check),
        Batch::Links { file } => batch::links(&file),
        Batch::Site {
            file,
            as_of,
            output,
        } => reform_tracker::cli::site::run(&file, as_of, &output),
        Batch::Export {
            file,
            format,
            as_of,
            from,
            to,
            allow_conflicts,
            output,
        } => batch::export(&file, format, as_of, (from, to), &output, allow_conflicts),
        Batch::Import(args) => reform_tracker::cli::import::run(args),
        Batch::Screenshot {
            file,
            view,
            as_of,
            from,
            to,
            size,
            scale,
            allow_conflicts,
            output,
        } => batch::screenshot(
            &file,
            headless::ShotRequest {
                view: ShotView::parse(&view),
                as_of,
                period: None,
                size,
                scale,
                out: output,
                allow_conflicts,
            },
            (from, to),
        ),
    }
}

fn run_window(startup: Startup, size: (u32, u32)) -> ExitCode {
    let viewport = egui::ViewportBuilder::default()
        .with_title("Reform Tracker")
        .with_inner_size([size.0 as f32, size.1 as f32])
        .with_min_inner_size(reform_tracker::ui::theme::MIN_WINDOW)
        .with_drag_and_drop(true)
        // The window's class on X11 and its app id on Wayland: how the desktop matches the
        // window to the installed desktop entry and its icon.
        .with_app_id(reform_tracker::desktop::APP_ID);
    let viewport = match reform_tracker::desktop::icon() {
        Some(icon) => viewport.with_icon(icon),
        None => viewport,
    };
    let options = eframe::NativeOptions {
        viewport,
        // eframe keeps its state under the app id when one is set; this keeps the
        // preferences where versions without one saved them.
        persistence_path: eframe::storage_dir("Reform Tracker").map(|dir| dir.join("app.ron")),
        ..Default::default()
    };
    // Where the CPU paints the window, only what changed is painted again; this paints every
    // frame whole instead, should a driver copy a kept frame wrongly.
    if std::env::var_os("REFORM_TRACKER_FULL_REPAINT").is_some() {
        egui_wgpu::partial::set_enabled(false);
    }
    reform_tracker::app::timings::step("window opening");
    let result = eframe::run_native(
        "Reform Tracker",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(cc, startup)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", t!("cli-no-window", error = e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// Without `XDG_RUNTIME_DIR` (servers, CI, containers), Mesa's Vulkan device-select layer looks
/// for a Wayland display as the Vulkan instance starts, even for an offscreen picture, and
/// libwayland prints "error: XDG_RUNTIME_DIR is
/// invalid or not set" four times although the screenshot succeeds. Setting the variable in
/// this process would take `unsafe`; running the command again with a private, empty runtime
/// folder does not. Returns the exit status of that run, or `None` to carry on here.
#[cfg(unix)]
fn rerun_with_private_runtime_dir() -> Option<ExitCode> {
    use std::os::unix::fs::DirBuilderExt as _;
    let valid = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .is_some_and(|d| d.is_absolute() && d.is_dir());
    if valid {
        return None;
    }
    let dir = std::env::temp_dir().join(format!("reform-tracker-runtime-{}", std::process::id()));
    // Owner-only, as the specification of the runtime folder asks.
    std::fs::DirBuilder::new().mode(0o700).create(&dir).ok()?;
    let status = std::env::current_exe().and_then(|exe| {
        std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env("XDG_RUNTIME_DIR", &dir)
            .status()
    });
    let _ = std::fs::remove_dir_all(&dir);
    // Should the second run not start, this one goes on and takes the screenshot itself.
    let status = status.ok()?;
    Some(match status.code() {
        Some(0) => ExitCode::SUCCESS,
        Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        None => ExitCode::FAILURE,
    })
}

#[cfg(not(unix))]
fn rerun_with_private_runtime_dir() -> Option<ExitCode> {
    None
}

/// `--lang xx` or `--lang=xx` anywhere in the arguments, when `xx` is one of ours.
fn lang_in_args(args: impl Iterator<Item = String>) -> Option<Lang> {
    let mut args = args.take_while(|a| a != "--");
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(lang) = value.as_deref().and_then(Lang::from_code) {
            return Some(lang);
        }
    }
    None
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| t!("cli-bad-lang", code = s))
}

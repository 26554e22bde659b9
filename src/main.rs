//! `reform-tracker [FILE]` opens the window; subcommands work without one.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use reform_tracker::app::{App, Preload, ShotView, Startup};
use reform_tracker::i18n::{self, Lang};
use reform_tracker::model::Date;
use reform_tracker::report::{ExportFormat, export_with_period};
use reform_tracker::{headless, storage, t};

#[derive(Parser)]
#[command(
    name = "reform-tracker",
    version,
    about = "Track political reform commitments: status, evidence, history and notes"
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
        #[arg(short, long)]
        output: PathBuf,
    },
    /// List every evidence link: commitment, evidence date, whether it has an archived copy.
    Links { file: PathBuf },
    /// Import a tracker from a spreadsheet (.csv, .xlsx, .xls, .ods) into a project file.
    Import(storage::import::cli::ImportArgs),
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
        #[arg(short, long)]
        output: PathBuf,
    },
    #[command(flatten)]
    Git(reform_tracker::cli::GitCommand),
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
        Batch::Validate { files } => {
            let mut ok = true;
            for file in files {
                match storage::cli::validate_line(&file) {
                    Ok(line) => println!("{line}"),
                    Err(line) => {
                        ok = false;
                        println!("{line}");
                    }
                }
            }
            exit(ok)
        }
        Batch::Fmt { check, files } => {
            let mut ok = true;
            for file in files {
                match storage::cli::fmt_file(&file, check) {
                    Ok(true) if check => {
                        ok = false;
                        println!("{}", t!("cli-not-canonical", file = display(&file)));
                    }
                    Ok(true) => println!("{}", t!("cli-rewritten", file = display(&file))),
                    Ok(false) => {
                        println!("{}", t!("cli-already-canonical", file = display(&file)));
                    }
                    Err(e) => {
                        ok = false;
                        eprintln!("{e}");
                    }
                }
            }
            exit(ok)
        }
        Batch::Links { file } => match reform_tracker::report::cli::run_links(&file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        },
        Batch::Export {
            file,
            format,
            as_of,
            from,
            to,
            output,
        } => match (
            storage::load_file(&file),
            reform_tracker::report::cli::period_arg(from, to),
        ) {
            (_, Err(e)) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
            (Ok(loaded), Ok(period)) => {
                let beside = reform_tracker::report::period::changes_csv_path(&output);
                let made = export_with_period(&loaded.project, format, as_of, period);
                let (written, changes) = match made {
                    Ok((bytes, changes)) => (
                        storage::write_export(&output, &bytes)
                            .and_then(|()| match &changes {
                                Some(table) => storage::write_export(&beside, table.as_bytes()),
                                None => Ok(()),
                            })
                            .map_err(|e| e.to_string()),
                        changes,
                    ),
                    Err(e) => (Err(e), None),
                };
                match written {
                    Ok(()) => {
                        let mut written = vec![&output];
                        written.extend(changes.is_some().then_some(&beside));
                        for path in written {
                            let path = display(path);
                            println!(
                                "{}",
                                t!("cli-written", format = format.label(), path = path)
                            );
                        }
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("{e}");
                        ExitCode::FAILURE
                    }
                }
            }
            (Err(e), _) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        },
        Batch::Import(args) => storage::import::cli::run(args),
        Batch::Screenshot {
            file,
            view,
            as_of,
            from,
            to,
            size,
            scale,
            output,
        } => {
            let period = match reform_tracker::report::cli::period_arg(from, to) {
                Ok(period) => period,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::FAILURE;
                }
            };
            let request = headless::ShotRequest {
                view: ShotView::parse(&view),
                as_of,
                period,
                size,
                scale,
                out: output,
            };
            match headless::screenshot_file(&file, &request) {
                Ok(path) => {
                    println!("{}", t!("cli-screenshot-saved", path = display(&path)));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("{}", t!("cli-no-screenshot", error = e));
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn display(path: &std::path::Path) -> String {
    path.display().to_string()
}

fn exit(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn run_window(startup: Startup, size: (u32, u32)) -> ExitCode {
    let viewport = egui::ViewportBuilder::default()
        .with_title("Reform Tracker")
        .with_inner_size([size.0 as f32, size.1 as f32])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
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

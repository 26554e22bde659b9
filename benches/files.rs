//! Load and save time of big projects, through the same functions the app uses, side by side
//! with plain `ron` on the same file in the same run (the floor each path is measured against).

use std::io::Write;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use reform_tracker::model::Project;
use reform_tracker::model::synthetic::{synthetic_project, synthetic_with_recommendations};
use reform_tracker::storage;

/// The settings the app writes with, for the plain-serialization floor.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::default()
        .new_line("\n")
        .indentor("    ")
        .escape_strings(true)
}

fn files(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut group = c.benchmark_group("files");
    for n in [1_000usize, 10_000] {
        let project = synthetic_project(n, 5, 42);
        let path = dir.path().join(format!("p{n}.ron"));
        storage::save_file(&path, &project).expect("save");
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        eprintln!("{n} commitments: {:.1} MB on disk", size as f64 / 1e6);
        group.bench_with_input(BenchmarkId::new("load", n), &n, |b, _| {
            b.iter(|| storage::load_file(&path).expect("load"));
        });
        // The floor: read the same file and parse it with plain ron, nothing else.
        group.bench_with_input(BenchmarkId::new("plain-ron-load", n), &n, |b, _| {
            b.iter(|| {
                let text = std::fs::read_to_string(&path).expect("read");
                ron::from_str::<Project>(&text).expect("parse")
            });
        });
        group.bench_with_input(BenchmarkId::new("save", n), &n, |b, _| {
            b.iter(|| storage::save_file(&path, &project).expect("save"));
        });
        // The app's save after editing one commitment: only that one is read back.
        group.bench_with_input(BenchmarkId::new("save-one-edited", n), &n, |b, _| {
            b.iter(|| {
                storage::save_file_changed(&path, &project, Some(&[n / 2]), None).expect("save")
            });
        });
        // The floor: plain ron serialization, written to a file with one fsync.
        let plain = dir.path().join(format!("plain{n}.ron"));
        group.bench_with_input(BenchmarkId::new("plain-ron-save+fsync", n), &n, |b, _| {
            b.iter(|| {
                let text = ron::ser::to_string_pretty(&project, pretty()).expect("ser");
                let mut f = std::fs::File::create(&plain).expect("create");
                f.write_all(text.as_bytes()).expect("write");
                f.sync_all().expect("fsync");
            });
        });
        // Where a save's time goes: the text alone.
        group.bench_with_input(BenchmarkId::new("save-serialize-only", n), &n, |b, _| {
            b.iter(|| storage::to_ron_string(&project).expect("ser"));
        });
    }
    group.finish();
}

/// 10,000 commitments alone, then with 5,000 recommendations and 20,000 links to them: the
/// second loads within twice the time of the first.
fn recommendations(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut group = c.benchmark_group("recommendations");
    for (name, project) in [
        ("commitments-alone", synthetic_project(10_000, 5, 42)),
        (
            "with-5000-recommendations-20000-links",
            synthetic_with_recommendations(10_000, 5_000, 20_000, 42),
        ),
    ] {
        let path = dir.path().join(format!("{name}.ron"));
        storage::save_file(&path, &project).expect("save");
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        eprintln!("{name}: {:.1} MB on disk", size as f64 / 1e6);
        group.bench_function(BenchmarkId::new("load", name), |b| {
            b.iter(|| storage::load_file(&path).expect("load"));
        });
        group.bench_function(BenchmarkId::new("save", name), |b| {
            b.iter(|| storage::save_file(&path, &project).expect("save"));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = files, recommendations
}
criterion_main!(benches);

//! Load and save time of big projects, through the same functions the app uses.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use reform_tracker::model::synthetic::synthetic_project;
use reform_tracker::storage;

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
        group.bench_with_input(BenchmarkId::new("save", n), &n, |b, _| {
            b.iter(|| storage::save_file(&path, &project).expect("save"));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = files
}
criterion_main!(benches);

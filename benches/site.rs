//! Time to make the static website (in memory: every page, feed and index, in three
//! languages) of the shipped tracker and of 10,000 commitments, and to write it to a folder.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use reform_tracker::model::Date;
use reform_tracker::model::synthetic::synthetic_project;
use reform_tracker::report::site::{Hooks, site};
use reform_tracker::storage;

fn websites(c: &mut Criterion) {
    let today = Date::ymd(2026, 12, 7).expect("date");
    let mut group = c.benchmark_group("site");
    for (name, project) in [
        ("shipped-tracker", storage::shipped_tracker()),
        ("10000-commitments", synthetic_project(10_000, 5, 42)),
    ] {
        let made = site(&project, None, today, &Hooks::none()).expect("site");
        let bytes: usize = made.files.iter().map(|(_, b)| b.len()).sum();
        eprintln!(
            "{name}: {} files, {:.1} MB",
            made.files.len(),
            bytes as f64 / 1e6
        );
        group.bench_function(BenchmarkId::new("make", name), |b| {
            b.iter(|| site(&project, None, today, &Hooks::none()).expect("site"));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = websites
}
criterion_main!(benches);

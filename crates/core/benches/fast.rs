//! The fast reader on a big project: whole on one thread, against the split reader on every
//! core, with ron's own reader beside them for scale. Run:
//! `cargo bench -p reform-tracker-core --bench fast`.

use criterion::{Criterion, criterion_group, criterion_main};
use reform_tracker_core::model::Project;
use reform_tracker_core::model::synthetic::synthetic_project;
use reform_tracker_core::storage::{fast, to_ron_string};

fn readers(c: &mut Criterion) {
    let text = to_ron_string(&synthetic_project(10_000, 5, 1)).expect("a synthetic project writes");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut group = c.benchmark_group("fast");
    group.sample_size(20);
    group.bench_function("whole/10000", |b| b.iter(|| fast::read_whole(&text)));
    group.bench_function(format!("split-{cores}/10000"), |b| {
        b.iter(|| fast::read_split(&text, cores))
    });
    group.bench_function("ron/10000", |b| b.iter(|| ron::from_str::<Project>(&text)));
    group.finish();
}

criterion_group!(benches, readers);
criterion_main!(benches);

//! Import time: 10,000 rows from CSV and from our own Excel workbook, and the hostile cases
//! (each must end quickly with a bounded import or a clear error).

use std::io::Write as _;

use criterion::{Criterion, criterion_group, criterion_main};
use reform_tracker::model::import::propose;
use reform_tracker::model::synthetic::synthetic_project;
use reform_tracker::report::{ExportFormat, export};
use reform_tracker::storage::import::{self, Limits};

fn read_and_plan(path: &std::path::Path) -> usize {
    match import::read(path, None, &Limits::default(), &|_, _| true) {
        Ok(book) => {
            let targets = propose(&book.main.header);
            let today = reform_tracker::model::Date::today();
            import::plan_workbook(&book, &targets, None, "bench", today)
                .result
                .commitments
                .len()
        }
        Err(_) => 0,
    }
}

fn imports(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = synthetic_project(10_000, 5, 42);
    let mut group = c.benchmark_group("import");
    for format in [ExportFormat::Csv, ExportFormat::Xlsx] {
        let path = dir.path().join(format!("p10000.{}", format.extension()));
        let bytes = export(&project, format, None).expect("export");
        std::fs::write(&path, &bytes).expect("write");
        eprintln!("{}: {:.1} MB", path.display(), bytes.len() as f64 / 1e6);
        assert_eq!(read_and_plan(&path), 10_000);
        group.bench_function(format!("10000 rows {}", format.extension()), |b| {
            b.iter(|| read_and_plan(&path));
        });
    }

    // Hostile: 100,000 rows (read up to the limit), a 1 MB cell, a zip bomb, text named .xlsx.
    let big = dir.path().join("100k.csv");
    let mut text = String::from("id,title\n");
    for r in 0..100_000 {
        text.push_str(&format!("X{r},A commitment\n"));
    }
    std::fs::write(&big, text).expect("write");
    group.bench_function("hostile 100000-row csv", |b| b.iter(|| read_and_plan(&big)));

    let huge = dir.path().join("cell.csv");
    std::fs::write(
        &huge,
        format!("id,title,quote\nA,B,{}\n", "x".repeat(1_000_000)),
    )
    .expect("write");
    group.bench_function("hostile 1 MB cell", |b| b.iter(|| read_and_plan(&huge)));

    // 600 MB of spaces that deflate to well under a megabyte: refused from the sizes declared.
    let bomb = dir.path().join("bomb.xlsx");
    {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&bomb).expect("create"));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("xl/worksheets/sheet1.xml", options)
            .expect("entry");
        let spaces = vec![b' '; 1 << 20];
        for _ in 0..600 {
            zip.write_all(&spaces).expect("write");
        }
        zip.finish().expect("finish");
    }
    eprintln!(
        "zip bomb: {} bytes on disk",
        std::fs::metadata(&bomb).map(|m| m.len()).unwrap_or(0)
    );
    group.bench_function("hostile zip bomb", |b| b.iter(|| read_and_plan(&bomb)));

    let fake = dir.path().join("fake.xlsx");
    std::fs::write(&fake, "id,title\nA,B\n").expect("write");
    group.bench_function("hostile text named xlsx", |b| {
        b.iter(|| read_and_plan(&fake))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = imports
}
criterion_main!(benches);

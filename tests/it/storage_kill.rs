//! SIGKILL during saves, hundreds of times: the file always holds one whole version.
//!
//! The test re-runs its own binary as the child (`child_saver`, ignored otherwise), which
//! saves two versions of a large project in turn until it is killed. Two children run side by
//! side, one per core, each on its own file.
//!
//! In a debug build most of a save is turning the project into text and checking it reads
//! back; the disk writes are a short window at the end. A kill at a uniformly random time
//! would rarely hit that window, so the child announces each write and most kills are aimed
//! at the writes; the rest fall anywhere in the save.

use crate::storage_common as common;

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use reform_tracker::model::Project;
use reform_tracker::storage::{Writer, load_file, save_file, save_with, to_ron_string};

const PATH_VAR: &str = "REFORM_TRACKER_KILL_TEST_FILE";
const KILLS_PER_CHILD: usize = 100;
const CHILDREN: usize = 2;

/// About 1.5 MB of text: 600 commitments with five evidence links each. In a debug build a
/// save of 5 MB takes about a second, mostly in serializing and checking; this size keeps 200
/// kills within a minute.
fn version(v: &str) -> Project {
    common::big_project(600, 5, v)
}

/// Writes like the real writer, after telling the parent a write is starting.
struct Announce;

impl Writer for Announce {
    fn write(&self, target: &Path, out: &mut dyn Write, data: &mut dyn Read) -> io::Result<()> {
        println!("WRITE {}", target.display());
        io::stdout().flush()?;
        io::copy(data, out).map(|_| ())
    }
}

#[test]
#[ignore = "run by saves_survive_sigkill as its child process"]
fn child_saver() {
    let Some(path) = std::env::var_os(PATH_VAR) else {
        return;
    };
    let path = PathBuf::from(path);
    let (mut a, mut b) = (version("A"), version("B"));
    // Start with the version not on disk, so the first save already changes the file. The
    // title tells them apart without the cost of writing a version out.
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    if on_disk.contains("title: \"Load test B\"") {
        std::mem::swap(&mut a, &mut b);
    }
    println!("READY");
    io::stdout().flush().unwrap();
    loop {
        save_with(&path, &b, &Announce).unwrap();
        save_with(&path, &a, &Announce).unwrap();
    }
}

/// A child that is killed when dropped, so a failing test leaves no saver running.
struct Reaped(std::process::Child);

impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// xorshift64: enough randomness for kill delays without another crate.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn temp_files(dir: &Path) -> usize {
    common::names_in(dir)
        .iter()
        .filter(|n| n.starts_with('.'))
        .count()
}

#[derive(Default, Debug)]
struct Tally {
    kills: usize,
    aimed: usize,
    as_a: usize,
    as_b: usize,
    temp_left: usize,
    fully_parsed: usize,
}

/// One child's run of kills on its own file.
fn kill_loop(dir: &Path, seed: u64, expected: &[(Vec<u8>, Project); 2]) -> Tally {
    let path = dir.join("big.ron");
    let bak = dir.join("big.ron.bak");
    save_file(&path, &expected[0].1).unwrap();
    save_file(&path, &expected[1].1).unwrap();
    // Durations of one save and of its disk writes, to spread the kills over them.
    let writes_from = std::sync::Mutex::new(None);
    struct Clock<'a>(&'a std::sync::Mutex<Option<Instant>>);
    impl Writer for Clock<'_> {
        fn write(&self, _: &Path, out: &mut dyn Write, data: &mut dyn Read) -> io::Result<()> {
            self.0.lock().unwrap().get_or_insert_with(Instant::now);
            io::copy(data, out).map(|_| ())
        }
    }
    let t = Instant::now();
    save_with(&path, &expected[0].1, &Clock(&writes_from)).unwrap();
    let save_ms = t.elapsed().as_millis() as u64;
    let write_ms = writes_from.lock().unwrap().unwrap().elapsed().as_millis() as u64;

    let mut rng = Rng(seed | 1);
    let mut t = Tally::default();
    for i in 0..KILLS_PER_CHILD {
        let mut child = Reaped(
            Command::new(std::env::current_exe().unwrap())
                .args([
                    "--exact",
                    "storage_kill::child_saver",
                    "--nocapture",
                    "--ignored",
                ])
                .args(["--test-threads=1"])
                .env(PATH_VAR, &path)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
        );
        let mut lines = BufReader::new(child.0.stdout.take().unwrap()).lines();
        let aimed = rng.below(4) != 0;
        let (signal, range) = if aimed {
            ("WRITE", write_ms * 3 / 2)
        } else {
            ("READY", save_ms)
        };
        // libtest prints "test child_saver ... " before the child's first line.
        let seen = lines.any(|l| l.is_ok_and(|l| l.contains(signal)));
        assert!(seen, "the child stopped before {signal}");
        std::thread::sleep(Duration::from_millis(rng.below(range + 1)));
        child.0.kill().unwrap(); // SIGKILL on Unix
        child.0.wait().unwrap();

        t.kills += 1;
        t.aimed += usize::from(aimed);
        t.temp_left += usize::from(temp_files(dir) > 0);
        let bytes = std::fs::read(&path).unwrap();
        // Same bytes as a version's canonical text means the same project on load (the
        // round-trip tests prove that); a full parse every tenth kill checks it here too.
        let which = expected.iter().position(|(text, _)| *text == bytes);
        match which {
            Some(0) => t.as_a += 1,
            Some(_) => t.as_b += 1,
            None => panic!(
                "kill {i}: the file holds neither version ({} bytes)",
                bytes.len()
            ),
        }
        if i % 10 == 0 {
            let loaded = load_file(&path).unwrap_or_else(|e| panic!("corrupt after a kill: {e}"));
            assert!(expected.iter().any(|(_, p)| *p == loaded.project));
            t.fully_parsed += 1;
        }
        let bak_bytes = std::fs::read(&bak).unwrap();
        assert!(
            expected.iter().any(|(text, _)| *text == bak_bytes),
            "backup damaged"
        );
    }
    save_file(&path, &expected[0].1).unwrap();
    assert_eq!(temp_files(dir), 0, "{:?}", common::names_in(dir));
    assert_eq!(common::names_in(dir), ["big.ron", "big.ron.bak"]);
    t
}

#[test]
fn saves_survive_sigkill() {
    let started = Instant::now();
    let expected = ["A", "B"].map(|v| {
        let p = version(v);
        (to_ron_string(&p).unwrap().into_bytes(), p)
    });
    let size = expected[0].0.len();
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let dirs: Vec<_> = (0..CHILDREN)
        .map(|_| tempfile::tempdir().unwrap())
        .collect();
    let tallies: Vec<Tally> = std::thread::scope(|s| {
        let expected = &expected;
        let workers: Vec<_> = dirs
            .iter()
            .enumerate()
            .map(|(i, d)| {
                s.spawn(move || kill_loop(d.path(), seed.wrapping_add(i as u64 * 7919), expected))
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    let total = tallies.iter().fold(Tally::default(), |a, t| Tally {
        kills: a.kills + t.kills,
        aimed: a.aimed + t.aimed,
        as_a: a.as_a + t.as_a,
        as_b: a.as_b + t.as_b,
        temp_left: a.temp_left + t.temp_left,
        fully_parsed: a.fully_parsed + t.fully_parsed,
    });
    println!(
        "{} SIGKILLs ({} aimed at the disk writes) of save loops on a {size}-byte file: \
         loads as A {}, as B {}, corrupt 0; kills that left a temp file behind: {}; \
         fully parsed after {} kills; seed {seed}; {:.1} s",
        total.kills,
        total.aimed,
        total.as_a,
        total.as_b,
        total.temp_left,
        total.fully_parsed,
        started.elapsed().as_secs_f64()
    );
    assert_eq!(total.kills, KILLS_PER_CHILD * CHILDREN);
    assert!(
        total.as_a > 0 && total.as_b > 0,
        "kills must land before and after renames"
    );
}

//! `reform-tracker site FILE -o DIR [--as-of DATE]`: the tracker as a static website, and what
//! was left out of it.

use std::path::Path;
use std::process::ExitCode;

use crate::model::Date;
use crate::report::site::{Hooks, Site, site};
use crate::storage;

pub fn run(file: &Path, as_of: Option<Date>, output: &Path) -> ExitCode {
    let made = (|| {
        let loaded = storage::load_file(file).map_err(|e| e.to_string())?;
        // A site states facts to the public: our side of an unfinished merge is not one.
        super::batch::undecided_allowed(file, &loaded.project, false)?;
        let made = site(&loaded.project, as_of, Date::today(), &Hooks::none())
            .map_err(|e| e.to_string())?;
        storage::write_site(output, &made).map_err(|e| e.to_string())?;
        Ok::<Site, String>(made)
    })();
    match made {
        Ok(made) => {
            println!("{}", made.written_line(output));
            for line in made.left_out_lines() {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

//! A page per year with what changed in it, from the period report the exports add.

use std::collections::BTreeSet;

use crate::model::period::Period;
use crate::model::{Date, Project};

use super::Ctx;
use super::page::{item_href, shell};

/// Every year something dated happened in, up to the year of `until`, newest first.
pub(crate) fn years(project: &Project, until: Date) -> Vec<i32> {
    let mut years = BTreeSet::new();
    for c in &project.commitments {
        let dates = (c.history.iter().map(|h| Some(h.date)))
            .chain(c.evidence.iter().map(|e| e.date))
            .chain(c.notes.iter().map(|n| Some(n.date)))
            .chain([c.date_committed, c.replaced.as_ref().map(|r| r.date)]);
        years.extend(dates.flatten().map(Date::year));
    }
    years
        .into_iter()
        .rev()
        .filter(|y| *y <= until.year())
        .collect()
}

pub(crate) fn page(ctx: &Ctx<'_>, year: i32) -> String {
    let path = format!("years/{year}.html");
    let whole = Date::ymd(year, 1, 1).zip(Date::ymd(year, 12, 31));
    // The year the site is dated in ends on that date: later changes are not known yet.
    let period = whole.and_then(|(from, to)| {
        let to = if ctx.stated.year() == year {
            ctx.stated.first_day()
        } else {
            to
        };
        Period::new(from, to).ok()
    });
    let href = |c: &crate::model::Commitment| item_href(ctx, &path, &c.id).unwrap_or_default();
    let link = |e: &crate::model::Evidence| super::page::evidence_link(e).into_string();
    let heading = crate::t!("site-year", year = year.to_string());
    let main = maud::html! {
        h1 { (heading) } "\n"
        @if let Some(period) = period {
            (crate::report::period::html_section_linked(ctx.project, period, &href, &link))
        }
    };
    shell(ctx, &path, &heading, main, false)
}

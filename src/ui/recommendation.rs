//! The editor's parts for recommendations: a recommendation's own details, the links between
//! commitments and recommendations (seen from either side), and the vocabulary terms.

use egui::{ComboBox, Grid, RichText, Ui};

use super::{theme, widgets};
use crate::app::{Command, Edit, parse_tags};
use crate::model::recommendation::backlinks;
use crate::model::{
    AsOf, Commitment, Kind, Mechanism, Position, Project, RecLink, Recommendation, Relation,
    Response, Vocabulary,
};
use crate::t;

/// Mechanism, document paragraph, cycle, recommending states, language and the state's
/// response. Only for items of kind Recommendation.
pub fn details_section_ui(ui: &mut Ui, c: &Commitment, index: usize, out: &mut Vec<Command>) {
    let Some(r) = &c.recommendation else {
        return;
    };
    ui.heading(t!("rec-details-heading"));
    let mut changed = r.clone();
    Grid::new("recommendation")
        .num_columns(2)
        .spacing(theme::space::GRID)
        .show(ui, |ui| {
            let l = widgets::field_label(ui, &t!("rec-mechanism"));
            ComboBox::from_id_salt("mechanism")
                .selected_text(r.mechanism.label())
                .show_ui(ui, |ui| {
                    for m in Mechanism::ALL {
                        ui.selectable_value(&mut changed.mechanism, m, m.label());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            if let Some(v) = widgets::text_row(
                ui,
                &t!("rec-paragraph"),
                &r.paragraph,
                &t!("rec-paragraph-hint"),
            ) {
                changed.paragraph = v;
            }
            if let Some(v) =
                widgets::text_row(ui, &t!("rec-cycle"), &r.cycle, &t!("rec-cycle-hint"))
            {
                changed.cycle = v;
            }
            let recommending = r.recommending.join(", ");
            if let Some(v) = widgets::draft_text_row(
                ui,
                &t!("rec-recommending"),
                &recommending,
                &t!("rec-recommending-hint"),
                |text| parse_tags(text).join(", "),
            ) {
                changed.recommending = parse_tags(&v);
            }
            if let Some(v) = widgets::text_row(
                ui,
                &t!("rec-language"),
                &r.language,
                &t!("rec-language-hint"),
            ) {
                changed.language = v.trim().to_owned();
            }
            response_rows(ui, r, &mut changed);
        });
    ui.checkbox(&mut changed.summary, t!("rec-summary"));
    if changed != *r {
        out.push(Command::Edit(
            index,
            Edit::Recommendation(Box::new(changed)),
        ));
    }
}

fn response_rows(ui: &mut Ui, r: &Recommendation, changed: &mut Recommendation) {
    let l = widgets::field_label(ui, &t!("rec-response"));
    let position = r.response.as_ref().map(|x| x.position);
    let mut chosen = position;
    let label =
        |p: Option<Position>| p.map_or_else(|| t!("rec-response-none"), |p| p.label().into());
    ComboBox::from_id_salt("response")
        .selected_text(label(position))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, label(None));
            for p in Position::ALL {
                ui.selectable_value(&mut chosen, Some(p), p.label());
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
    if chosen != position {
        changed.response = chosen.map(|position| Response {
            position,
            ..r.response.clone().unwrap_or(Response {
                position,
                date: None,
                note: String::new(),
            })
        });
    }
    // The response's date and note only mean something once there is a response.
    if let (Some(old), Some(new)) = (&r.response, changed.response.as_mut()) {
        if let Some(d) = widgets::date_row(ui, &t!("rec-response-date"), old.date) {
            new.date = d;
        }
        if let Some(v) = widgets::text_row(
            ui,
            &t!("rec-response-note"),
            &old.note,
            &t!("rec-response-note-hint"),
        ) {
            new.note = v;
        }
    }
}

/// The links, from the side the item is on: a commitment lists what it answers or goes
/// against and can gain a link; a recommendation lists what answers it, or says that nothing
/// does yet.
pub fn links_section_ui(
    ui: &mut Ui,
    project: &Project,
    c: &Commitment,
    index: usize,
    at: Option<AsOf>,
    out: &mut Vec<Command>,
) {
    if c.is_recommendation() {
        backlinks_ui(ui, project, c, at, out);
    } else {
        own_links_ui(ui, project, c, index, out);
    }
}

fn item_button(ui: &mut Ui, project: &Project, id: &str, out: &mut Vec<Command>) {
    let found = project.commitments.iter().position(|o| o.id == id);
    let title = found.map_or_else(
        || t!("editor-not-in-project", id = id),
        |i| project.commitments[i].title.clone(),
    );
    let text = format!("{id}  {title}");
    let response = ui.link(text);
    if let (true, Some(i)) = (response.clicked(), found) {
        out.push(Command::Select(Some(i)));
    }
}

fn backlinks_ui(
    ui: &mut Ui,
    project: &Project,
    c: &Commitment,
    at: Option<AsOf>,
    out: &mut Vec<Command>,
) {
    let date = at.and_then(|at| at.date);
    let links = backlinks(&project.commitments, &c.id, date);
    ui.heading(t!("rec-answered-heading", count = links.len()));
    if !links.iter().any(|b| b.link.relation.answers()) {
        ui.label(RichText::new(t!("rec-nothing-answers")).color(theme::concern(ui)));
    }
    for relation in Relation::ALL {
        for b in links.iter().filter(|b| b.link.relation == relation) {
            ui.push_id(("backlink", &b.commitment.id), |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(widgets::muted(relation.reverse_label()));
                    item_button(ui, project, &b.commitment.id, out);
                });
                if !b.link.note.is_empty() {
                    ui.label(widgets::muted(link_note(b.link)));
                }
            });
        }
    }
}

fn link_note(link: &RecLink) -> String {
    match link.date {
        Some(d) => format!("{d}: {}", link.note),
        None => link.note.clone(),
    }
}

fn own_links_ui(
    ui: &mut Ui,
    project: &Project,
    c: &Commitment,
    index: usize,
    out: &mut Vec<Command>,
) {
    ui.heading(t!("rec-links-heading", count = c.links.len()));
    let mut links = c.links.clone();
    let mut remove = None;
    for (i, link) in c.links.iter().enumerate() {
        ui.push_id(("link", i), |ui| {
            ui.horizontal_wrapped(|ui| {
                let mut relation = link.relation;
                let l = ui.label(widgets::muted(t!("rec-link-relation")));
                ComboBox::from_id_salt("relation")
                    .selected_text(relation.label())
                    .show_ui(ui, |ui| {
                        for r in Relation::ALL {
                            ui.selectable_value(&mut relation, r, r.label());
                        }
                    })
                    .response
                    .labelled_by(l.id);
                links[i].relation = relation;
                item_button(ui, project, &link.recommendation, out);
                if widgets::named_button(
                    ui,
                    &t!("rec-link-remove"),
                    t!("rec-link-remove-named", id = link.recommendation.as_str()),
                )
                .clicked()
                {
                    remove = Some(i);
                }
            });
            Grid::new("link-fields")
                .num_columns(2)
                .spacing(theme::space::GRID)
                .show(ui, |ui| {
                    if let Some(d) = widgets::date_row(ui, &t!("rec-link-date"), link.date) {
                        links[i].date = d;
                    }
                    if let Some(v) = widgets::text_row(
                        ui,
                        &t!("rec-link-note"),
                        &link.note,
                        &t!("rec-link-note-hint"),
                    ) {
                        links[i].note = v;
                    }
                });
            if link.relation == Relation::GoesAgainst && link.note.trim().is_empty() {
                ui.label(RichText::new(t!("rec-link-needs-note")).color(theme::concern(ui)));
            }
        });
    }
    if let Some(i) = remove {
        links.remove(i);
    }
    if c.links.is_empty() {
        ui.label(widgets::muted(t!("rec-links-empty")));
    }
    add_link_ui(ui, project, c, &mut links);
    if links != c.links {
        out.push(Command::Edit(index, Edit::Links(links)));
    }
}

/// A recommendation to link, and how: added at once when chosen.
fn add_link_ui(ui: &mut Ui, project: &Project, c: &Commitment, links: &mut Vec<RecLink>) {
    let candidates: Vec<&Commitment> = project
        .commitments
        .iter()
        .filter(|o| o.kind == Kind::Recommendation)
        .filter(|o| !c.links.iter().any(|l| l.recommendation == o.id))
        .collect();
    if candidates.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t!("rec-link-add"));
        let mut chosen: Option<String> = None;
        ComboBox::from_id_salt("add-link")
            .selected_text(t!("rec-link-choose"))
            .width(ui.available_width().min(theme::FIELD_MAX_WIDTH))
            .truncate()
            .show_ui(ui, |ui| {
                for o in candidates {
                    ui.selectable_value(
                        &mut chosen,
                        Some(o.id.clone()),
                        format!("{}  {}", o.id, o.title),
                    );
                }
            })
            .response
            .labelled_by(l.id);
        if let Some(id) = chosen {
            links.push(RecLink::new(id, Relation::Answers));
        }
    });
}

/// One row per vocabulary in the fields' grid: the item's terms, each removable, and a choice
/// of the project's other terms to add.
pub fn terms_rows(ui: &mut Ui, project: &Project, c: &Commitment, edit: &mut impl FnMut(Edit)) {
    for vocabulary in Vocabulary::ALL {
        let terms: Vec<_> = project
            .terms
            .iter()
            .filter(|t| t.vocabulary == vocabulary)
            .collect();
        if terms.is_empty() {
            continue;
        }
        let l = widgets::field_label(ui, vocabulary.label());
        ui.horizontal_wrapped(|ui| {
            for t in terms.iter().filter(|t| c.terms.contains(&t.id)) {
                let name = t!("rec-term-remove-named", term = t.label());
                if widgets::named_button(ui, &format!("{} ×", t.label()), name).clicked() {
                    edit(Edit::Terms(
                        c.terms.iter().filter(|x| **x != t.id).cloned().collect(),
                    ));
                }
            }
            let mut chosen: Option<String> = None;
            ComboBox::from_id_salt(("add-term", vocabulary))
                .selected_text(t!("rec-term-add"))
                .show_ui(ui, |ui| {
                    for t in terms.iter().filter(|t| !c.terms.contains(&t.id)) {
                        ui.selectable_value(&mut chosen, Some(t.id.clone()), t.label());
                    }
                })
                .response
                .labelled_by(l.id);
            if let Some(id) = chosen {
                let mut all = c.terms.clone();
                all.push(id);
                edit(Edit::Terms(all));
            }
        });
        ui.end_row();
    }
}

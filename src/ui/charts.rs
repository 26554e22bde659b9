//! Bars and the progress chart, painted directly (a few rectangles each). Each chart tells a
//! screen reader what it shows, and can be shown as a plain table of the same numbers.

use egui::{Color32, CornerRadius, Grid, Rect, Sense, Stroke, Ui, pos2, vec2};

use super::{theme, widgets};
use crate::i18n;
use crate::model::Status;
use crate::model::dashboard::Timeline;
use crate::model::period::Period;
use crate::model::summary::Summary;
use crate::report::lowercase_first;

/// A horizontal bar split by status, in scale order; hovering names each part. A screen reader
/// hears `name` (a group's name, if any) and the counts in words.
pub fn stacked_bar(
    ui: &mut Ui,
    summary: &Summary,
    name: Option<&str>,
    items: Items,
    size: egui::Vec2,
) {
    let (width, height) = (size.x, size.y);
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let described = match name {
        Some(name) => crate::t!(
            "chart-group-summary",
            name = name,
            summary = summary_text(summary, items)
        ),
        None => summary_text(summary, items),
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &described));
    let total = summary.total().max(1) as f32;
    let mut x = rect.left();
    let painter = ui.painter();
    painter.rect_filled(rect, theme::shape::CORNER_BAR, ui.visuals().faint_bg_color);
    let mut hover = Vec::new();
    for status in Status::ALL {
        let n = summary.count(status);
        if n == 0 {
            continue;
        }
        let w = rect.width() * n as f32 / total;
        let part = Rect::from_min_size(pos2(x, rect.top()), vec2(w, rect.height()));
        painter.rect_filled(part, CornerRadius::ZERO, theme::status_color(status));
        if w > theme::chart::LABELLED_PART {
            painter.text(
                part.center(),
                egui::Align2::CENTER_CENTER,
                number(n),
                egui::FontId::proportional(theme::text_size::SMALL),
                theme::on_status_color(status),
            );
        }
        hover.push(format!("{}: {}", status.label(), number(n)));
        x += w;
    }
    response.on_hover_text(hover.join("\n"));
}

/// The counts in words, in scale order: "Status of 48 commitments: 3 not assessed, 20 fulfilled".
/// What a bar counts: the words that read it out name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Items {
    Commitments,
    Recommendations,
}

pub fn summary_text(summary: &Summary, items: Items) -> String {
    if summary.total() == 0 {
        return crate::t!("chart-summary-empty");
    }
    let key = match items {
        Items::Commitments => "chart-summary",
        Items::Recommendations => "chart-summary-recommendations",
    };
    crate::t!(
        key,
        count = summary.total(),
        parts = parts_text(&Status::ALL.map(|s| summary.count(s)))
    )
}

/// "3 not assessed, 20 fulfilled": the statuses that have any, in scale order.
fn parts_text(counts: &[usize; Status::ALL.len()]) -> String {
    Status::ALL
        .iter()
        .filter(|s| counts[s.index()] > 0)
        .map(|s| {
            crate::t!(
                "chart-summary-part",
                count = counts[s.index()],
                status = lowercase_first(s.label())
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn number(n: usize) -> String {
    i18n::number(i64::try_from(n).unwrap_or(i64::MAX))
}

/// The "Show as table" switch under a chart; `salt` tells the charts apart. Remembered for the
/// session, so the table stays while the user reads it. Report mode shows no controls, so the
/// switch is hidden there and the chart stays as the user left it.
pub fn show_as_table(ui: &mut Ui, salt: &str, report_mode: bool) -> bool {
    let id = ui.make_persistent_id(("show-as-table", salt));
    let mut on = ui.data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
    if !report_mode {
        ui.checkbox(&mut on, crate::t!("chart-show-table"))
            .on_hover_text(crate::t!("chart-show-table-hint"));
        ui.data_mut(|d| d.insert_temp(id, on));
    }
    on
}

/// A bar's numbers: each status, its count and its share of all commitments.
pub fn status_table(ui: &mut Ui, salt: &str, summary: &Summary) {
    let total = summary.total();
    Grid::new(("status-table", salt))
        .num_columns(3)
        .spacing(theme::space::GRID_TIGHT)
        .striped(true)
        .show(ui, |ui| {
            ui.strong(crate::t!("chart-table-status"));
            ui.strong(crate::t!("chart-table-count"));
            ui.strong(crate::t!("chart-table-share"));
            ui.end_row();
            for status in Status::ALL {
                let n = summary.count(status);
                ui.label(status.label());
                ui.label(number(n));
                let share = if total == 0 {
                    "–".to_owned()
                } else {
                    crate::t!(
                        "dashboard-percent",
                        percent = crate::report::percent(n as f64 / total as f64)
                    )
                };
                ui.label(share);
                ui.end_row();
            }
        });
}

/// Grouped bars' numbers: each group, its size and its counts by status.
pub fn groups_table(ui: &mut Ui, salt: &str, groups: &[(String, Summary)]) {
    // Long names and breakdowns wrap inside the column rather than spill over its neighbour.
    let col =
        ((ui.available_width() - theme::chart::COUNT_COLUMN) / 2.0).max(theme::FIELD_MIN_WIDTH);
    Grid::new(("groups-table", salt))
        .num_columns(3)
        .max_col_width(col)
        .spacing(theme::space::GRID_TIGHT)
        .striped(true)
        .show(ui, |ui| {
            ui.strong(crate::t!("chart-table-group"));
            ui.strong(crate::t!("chart-table-count"));
            ui.strong(crate::t!("chart-table-by-status"));
            ui.end_row();
            for (name, summary) in groups {
                ui.add(egui::Label::new(name).wrap());
                ui.label(number(summary.total()));
                let parts = parts_text(&Status::ALL.map(|s| summary.count(s)));
                ui.add(egui::Label::new(parts).wrap());
                ui.end_row();
            }
        });
}

/// The progress chart's numbers: at each change date, how many stood in each status.
pub fn timeline_table(ui: &mut Ui, timeline: &Timeline) {
    if timeline.dates.is_empty() {
        ui.label(widgets::muted(crate::t!("chart-timeline-empty")));
        return;
    }
    let col = (ui.available_width() - theme::DATE_WIDTH).max(theme::FIELD_MIN_WIDTH);
    Grid::new("timeline-table")
        .num_columns(2)
        .max_col_width(col)
        .spacing(theme::space::GRID_TIGHT)
        .striped(true)
        .show(ui, |ui| {
            ui.strong(crate::t!("chart-table-date"));
            ui.strong(crate::t!("chart-table-by-status"));
            ui.end_row();
            for (date, counts) in timeline.dates.iter().zip(&timeline.counts) {
                ui.label(egui::RichText::new(date.to_string()).monospace());
                let mut by_status = [0; Status::ALL.len()];
                for s in Status::ALL {
                    by_status[s.index()] = counts.get(s.index()).copied().unwrap_or(0);
                }
                ui.add(egui::Label::new(parts_text(&by_status)).wrap());
                ui.end_row();
            }
        });
}

/// How many commitments stood in each status over time: stacked steps, one per change date.
/// `period`, when given, is marked as a band over the steps.
pub fn timeline_chart(ui: &mut Ui, timeline: &Timeline, size: egui::Vec2, period: Option<Period>) {
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    // What the picture shows, for screen readers (and tests): the span it covers.
    let mut name = match (timeline.dates.first(), timeline.dates.last()) {
        (Some(first), Some(last)) => crate::t!(
            "chart-timeline-span",
            first = first.to_string(),
            last = last.to_string()
        ),
        _ => crate::t!("chart-timeline-none"),
    };
    if let Some(p) = period {
        name = crate::t!(
            "period-chart-marked",
            chart = name,
            from = p.from().to_string(),
            to = p.to().to_string()
        );
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
    let painter = ui.painter_at(rect);
    let axis = ui.visuals().weak_text_color();
    painter.rect_stroke(
        rect,
        0.0,
        Stroke::new(theme::shape::LINE, axis),
        egui::StrokeKind::Inside,
    );
    let (Some(first), Some(last)) = (timeline.dates.first(), timeline.dates.last()) else {
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            crate::t!("chart-timeline-empty"),
            egui::FontId::proportional(theme::text_size::CHART_NOTE),
            axis,
        );
        return;
    };
    let plot = rect.shrink2(theme::chart::TIMELINE_INSET.into());
    let start = first.day_number() as f32;
    // Extend a little past the last change so its step is visible.
    let span = ((last.day_number() as f32 - start) * 1.05).max(1.0);
    let x_of = |day: i64| plot.left() + plot.width() * (day as f32 - start) / span;
    // Commitments made later join the count: the scale is the most there ever were.
    let total = timeline.most();
    for (i, (date, counts)) in timeline.dates.iter().zip(&timeline.counts).enumerate() {
        let x0 = x_of(date.day_number());
        let x1 = timeline
            .dates
            .get(i + 1)
            .map_or(plot.right(), |d| x_of(d.day_number()));
        let mut y = plot.bottom();
        // Fulfilled at the bottom, Not assessed on top: progress grows upward.
        for status in Status::ALL.iter().rev() {
            let h = plot.height() * counts[status.index()] as f32 / total as f32;
            if h > 0.0 {
                let part = Rect::from_min_max(pos2(x0, y - h), pos2(x1.max(x0 + 1.0), y));
                painter.rect_filled(part, 0.0, theme::status_color(*status));
            }
            y -= h;
        }
    }
    if let Some(p) = period {
        period_band(&painter, plot, p, x_of, ui.visuals().text_color());
    }
    let label = |text: String, x: f32, align| {
        painter.text(
            pos2(x, rect.bottom() - theme::space::HAIR),
            align,
            text,
            egui::FontId::proportional(theme::text_size::SMALL),
            axis,
        );
    };
    label(first.to_string(), plot.left(), egui::Align2::LEFT_BOTTOM);
    label(
        last.to_string(),
        x_of(last.day_number()),
        egui::Align2::RIGHT_BOTTOM,
    );
    painter.text(
        pos2(
            rect.left() + theme::space::TIGHT,
            rect.top() + theme::space::HAIR,
        ),
        egui::Align2::LEFT_TOP,
        crate::t!("chart-commitments", count = total),
        egui::FontId::proportional(theme::text_size::SMALL),
        axis,
    );
}

/// The period as a translucent band with edges, clipped to the plot: it may start before the
/// first change or end after the last.
fn period_band(
    painter: &egui::Painter,
    plot: Rect,
    period: Period,
    x_of: impl Fn(i64) -> f32,
    ink: Color32,
) {
    // To is included: the band runs to the end of its day.
    let x0 = x_of(period.from().day_number()).max(plot.left());
    let x1 = x_of(period.to().day_number() + 1).min(plot.right());
    if x1 <= x0 {
        return;
    }
    let band = Rect::from_x_y_ranges(x0..=x1, plot.y_range());
    painter.rect_filled(band, 0.0, ink.gamma_multiply(0.12));
    let edge = Stroke::new(theme::shape::LINE_BOLD, ink.gamma_multiply(0.7));
    for x in [x0, x1] {
        painter.line_segment([pos2(x, plot.top()), pos2(x, plot.bottom())], edge);
    }
}

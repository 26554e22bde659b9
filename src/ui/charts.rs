//! Bars and the progress chart, painted directly (a few rectangles each).

use egui::{Color32, CornerRadius, Rect, Sense, Stroke, Ui, pos2, vec2};

use super::theme;
use crate::model::Status;
use crate::model::dashboard::Timeline;
use crate::model::summary::Summary;

/// A horizontal bar split by status, in scale order; hovering names each part.
pub fn stacked_bar(ui: &mut Ui, summary: &Summary, width: f32, height: f32) {
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let total = summary.total().max(1) as f32;
    let mut x = rect.left();
    let painter = ui.painter();
    painter.rect_filled(rect, 3.0, ui.visuals().faint_bg_color);
    let mut hover = Vec::new();
    for status in Status::ALL {
        let n = summary.count(status);
        if n == 0 {
            continue;
        }
        let w = rect.width() * n as f32 / total;
        let part = Rect::from_min_size(pos2(x, rect.top()), vec2(w, rect.height()));
        painter.rect_filled(part, CornerRadius::ZERO, theme::status_color(status));
        if w > 22.0 {
            painter.text(
                part.center(),
                egui::Align2::CENTER_CENTER,
                n.to_string(),
                egui::FontId::proportional(11.5),
                theme::on_status_color(status),
            );
        }
        hover.push(format!("{}: {n}", status.label()));
        x += w;
    }
    response.on_hover_text(hover.join("\n"));
}

/// How many commitments stood in each status over time: stacked steps, one per change date.
pub fn timeline_chart(ui: &mut Ui, timeline: &Timeline, size: egui::Vec2) {
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    // What the picture shows, for screen readers (and tests): the span it covers.
    let name = match (timeline.dates.first(), timeline.dates.last()) {
        (Some(first), Some(last)) => format!("Progress chart from {first} to {last}"),
        _ => "Progress chart: no status changes recorded yet".to_owned(),
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
    let painter = ui.painter_at(rect);
    let axis = ui.visuals().weak_text_color();
    painter.rect_stroke(rect, 0.0, Stroke::new(1.0, axis), egui::StrokeKind::Inside);
    let (Some(first), Some(last)) = (timeline.dates.first(), timeline.dates.last()) else {
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            "No status changes recorded yet",
            egui::FontId::proportional(13.0),
            axis,
        );
        return;
    };
    let plot = rect.shrink2(vec2(8.0, 18.0));
    let start = first.day_number() as f32;
    // Extend a little past the last change so its step is visible.
    let span = ((last.day_number() as f32 - start) * 1.05).max(1.0);
    let x_of = |day: i64| plot.left() + plot.width() * (day as f32 - start) / span;
    // Commitments made later join the count: the scale is the most there ever were.
    let total = timeline
        .counts
        .iter()
        .map(|c| c.iter().sum::<usize>())
        .max()
        .unwrap_or(1)
        .max(1) as f32;
    for (i, (date, counts)) in timeline.dates.iter().zip(&timeline.counts).enumerate() {
        let x0 = x_of(date.day_number());
        let x1 = timeline
            .dates
            .get(i + 1)
            .map_or(plot.right(), |d| x_of(d.day_number()));
        let mut y = plot.bottom();
        // Fulfilled at the bottom, Not assessed on top: progress grows upward.
        for status in Status::ALL.iter().rev() {
            let h = plot.height() * counts[status.index()] as f32 / total;
            if h > 0.0 {
                let part = Rect::from_min_max(pos2(x0, y - h), pos2(x1.max(x0 + 1.0), y));
                painter.rect_filled(part, 0.0, theme::status_color(*status));
            }
            y -= h;
        }
    }
    let label = |text: String, x: f32, align| {
        painter.text(
            pos2(x, rect.bottom() - 2.0),
            align,
            text,
            egui::FontId::proportional(11.0),
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
        pos2(rect.left() + 4.0, rect.top() + 2.0),
        egui::Align2::LEFT_TOP,
        crate::model::plural::count(total as usize, "commitment", "commitments"),
        egui::FontId::proportional(11.0),
        Color32::from_gray(90),
    );
}

//! Where the CPU paints the window, only the part of a frame that changed is painted again,
//! into a kept canvas (`egui_wgpu::partial`). What the window shows must still be, pixel for
//! pixel, the whole frame painted afresh: here both are painted, on Mesa's CPU driver as on
//! such machines, after every frame of random sequences of what a user does (moving the
//! pointer, clicking rows, keys, the wheel, typing new letters, resizing, changing the scale).

use egui::{Event, Key, Modifiers, PointerButton, Pos2, RawInput, ViewportId, pos2, vec2};
use egui_wgpu::partial::Canvas;
use proptest::prelude::*;
use reform_tracker::app::{App, Document, Startup};
use reform_tracker::headless::Offscreen;
use reform_tracker::i18n::Lang;

const SHIPPED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/saves/kazakhstan-reforms-2022.ron"
);

const SIZES: [[f32; 2]; 2] = [[1000.0, 700.0], [900.0, 640.0]];

/// The window and its two painters: afresh, and through the canvas.
struct Window {
    ctx: egui::Context,
    app: App,
    device: Offscreen,
    canvas: Canvas,
    size: [f32; 2],
    ppp: f32,
    time: f64,
    /// Pixels painted again, frame by frame, and the window's pixels at that frame.
    repainted: Vec<(u64, u64)>,
}

impl Window {
    fn open() -> Self {
        let loaded = reform_tracker::storage::load_file(std::path::Path::new(SHIPPED))
            .expect("the shipped tracker loads");
        let doc = Document::from_loaded(SHIPPED.into(), loaded, 1);
        let ctx = egui::Context::default();
        let app = App::without_window(
            &ctx,
            Startup {
                document: Some(doc),
                lang: Some(Lang::En),
                ..Default::default()
            },
        );
        reform_tracker::ui::theme::paint_on_cpu(&ctx);
        let mut window = Self {
            ctx,
            app,
            device: Offscreen::new().expect("a Vulkan or GL device (Mesa's lavapipe on CI)"),
            canvas: Canvas::new(),
            size: SIZES[0],
            ppp: 1.0,
            time: 0.0,
            repainted: Vec::new(),
        };
        for _ in 0..3 {
            window
                .frame(Vec::new())
                .expect("the first frames paint alike");
        }
        window
    }

    fn input(&self, events: Vec<Event>) -> RawInput {
        let screen = egui::Rect::from_min_size(Pos2::ZERO, self.size.into());
        let mut input = RawInput {
            screen_rect: Some(screen),
            max_texture_side: Some(8192),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            focused: true,
            events,
            ..Default::default()
        };
        if let Some(viewport) = input.viewports.get_mut(&ViewportId::ROOT) {
            viewport.native_pixels_per_point = Some(self.ppp);
            viewport.inner_rect = Some(screen);
            viewport.focused = Some(true);
        }
        input
    }

    /// One frame, painted both ways; an error says where the two pictures differ.
    fn frame(&mut self, events: Vec<Event>) -> Result<(), String> {
        self.time += 1.0 / 60.0;
        let output = self
            .ctx
            .run_ui(self.input(events), |ui| self.app.frame_ui(ui));
        let ppp = output.pixels_per_point;
        let pixels = [
            (self.size[0] * ppp).round() as u32,
            (self.size[1] * ppp).round() as u32,
        ];
        let primitives = self.ctx.tessellate(output.shapes, ppp);
        let mut delta = output.textures_delta;
        let changed = !delta.set.is_empty() || !delta.free.is_empty();
        self.device.set_textures(&delta);
        let clear = reform_tracker::ui::theme::clear_color(&self.ctx.global_style().visuals);
        let whole = self.device.paint(&primitives, ppp, pixels, clear);
        let kept =
            self.device
                .paint_kept(&mut self.canvas, &primitives, ppp, pixels, clear, changed);
        self.device.free_textures(&delta);
        delta.clear();
        let (whole, (kept, repainted)) = (whole?, kept?);
        self.repainted
            .push((repainted, u64::from(pixels[0]) * u64::from(pixels[1])));
        if whole.pixels != kept.pixels {
            let differ: Vec<usize> = (0..whole.pixels.len())
                .filter(|&i| whole.pixels[i] != kept.pixels[i])
                .collect();
            let first = differ[0];
            return Err(format!(
                "{} pixels differ from the frame painted afresh, the first at ({}, {})",
                differ.len(),
                first % pixels[0] as usize,
                first / pixels[0] as usize
            ));
        }
        Ok(())
    }

    /// A frame with no input a little later, and one more: what a pointer move or a tooltip's
    /// timer asks for.
    fn settle(&mut self) -> Result<(), String> {
        self.time += 0.6;
        self.frame(Vec::new())?;
        self.frame(Vec::new())
    }
}

#[derive(Clone, Debug)]
enum Step {
    Move(f32, f32),
    ClickRow(f32, f32),
    Key(Key, Modifiers),
    Wheel(f32),
    Type(String),
    Resize,
    Scale,
}

fn step() -> impl Strategy<Value = Step> {
    let key = prop_oneof![
        Just((Key::ArrowDown, Modifiers::NONE)),
        Just((Key::ArrowUp, Modifiers::NONE)),
        Just((Key::Escape, Modifiers::NONE)),
        Just((Key::Num1, Modifiers::COMMAND)),
        Just((Key::Num2, Modifiers::COMMAND)),
        Just((Key::Num3, Modifiers::COMMAND)),
    ];
    prop_oneof![
        6 => (0.0f32..1.0, 0.0f32..1.0).prop_map(|(x, y)| Step::Move(x, y)),
        3 => (0.0f32..1.0, 0.0f32..1.0).prop_map(|(x, y)| Step::ClickRow(x, y)),
        3 => key.prop_map(|(k, m)| Step::Key(k, m)),
        2 => (-300.0f32..300.0).prop_map(Step::Wheel),
        1 => "[a-zа-я ]{1,4}".prop_map(Step::Type),
        1 => Just(Step::Resize),
        1 => Just(Step::Scale),
    ]
}

fn key(key: Key, modifiers: Modifiers, pressed: bool) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers,
    }
}

fn click(at: Pos2) -> Vec<Event> {
    [true, false]
        .into_iter()
        .map(|pressed| Event::PointerButton {
            pos: at,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        })
        .collect()
}

impl Window {
    fn apply(&mut self, step: &Step) -> Result<(), String> {
        let [w, h] = self.size;
        match step {
            Step::Move(x, y) => self.frame(vec![Event::PointerMoved(pos2(x * w, y * h))])?,
            // The rows of the checklist, left of their evidence counts (which open nothing
            // here, but stay clear of anything that would open a browser).
            Step::ClickRow(x, y) => {
                let at = pos2(20.0 + x * 400.0, 330.0 + y * (h - 360.0));
                self.frame(vec![Event::PointerMoved(at)])?;
                self.frame(click(at))?;
            }
            Step::Key(k, m) => self.frame(vec![key(*k, *m, true), key(*k, *m, false)])?,
            Step::Wheel(dy) => self.frame(vec![
                Event::PointerMoved(pos2(250.0, h * 0.7)),
                Event::MouseWheel {
                    unit: egui::MouseWheelUnit::Point,
                    delta: vec2(0.0, *dy),
                    phase: egui::TouchPhase::Move,
                    source: egui::MouseWheelSource::Wheel,
                    modifiers: Modifiers::NONE,
                },
            ])?,
            Step::Type(text) => {
                self.frame(vec![
                    key(Key::F, Modifiers::COMMAND, true),
                    key(Key::F, Modifiers::COMMAND, false),
                ])?;
                self.frame(vec![Event::Text(text.clone())])?;
            }
            Step::Resize => {
                self.size = if self.size == SIZES[0] {
                    SIZES[1]
                } else {
                    SIZES[0]
                };
                self.frame(Vec::new())?;
            }
            Step::Scale => {
                self.ppp = if self.ppp == 1.0 { 1.5 } else { 1.0 };
                self.frame(Vec::new())?;
            }
        }
        self.settle()
    }
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn a_window_painted_in_part_shows_what_painting_it_whole_shows(
        steps in proptest::collection::vec(step(), 1..12)
    ) {
        let mut window = Window::open();
        for (n, step) in steps.iter().enumerate() {
            if let Err(why) = window.apply(step) {
                prop_assert!(false, "after step {} ({:?}): {}", n + 1, step, why);
            }
        }
    }
}

/// A pointer moved onto a row repaints a small part of the window (the row it highlights and
/// the scroll bar that shows while the pointer is over the list); the frame after it, which
/// shows the same, repaints nothing; both show what painting afresh shows.
#[test]
fn a_hover_repaints_a_small_part_and_a_frame_that_changes_nothing_repaints_none() {
    let mut window = Window::open();
    let start = window.repainted.len();
    window
        .frame(vec![Event::PointerMoved(pos2(300.0, 560.0))])
        .expect("the hover paints alike");
    window
        .frame(Vec::new())
        .expect("the next frame paints alike");
    let frames = &window.repainted[start..];
    let (hover, whole) = frames[0];
    assert!(
        hover > 0,
        "the hover changed the window and repainted nothing"
    );
    assert!(
        hover * 10 < whole,
        "the hover repainted {hover} of {whole} pixels"
    );
    assert_eq!(frames[1].0, 0, "a frame like the last one repainted pixels");
    // Opening the first frames painted the window whole.
    assert_eq!(window.repainted[0].0, window.repainted[0].1);
}

/// A frame of filled rectangles, each `(x, y, w, h, colour)`, drawn in order.
fn rects(list: &[(f32, f32, f32, f32, egui::Color32)]) -> Vec<egui_wgpu::partial::Triangle> {
    let mut mesh = egui::Mesh::default();
    for &(x, y, w, h, colour) in list {
        mesh.add_colored_rect(egui::Rect::from_min_size(pos2(x, y), vec2(w, h)), colour);
    }
    let frame = [egui::ClippedPrimitive {
        clip_rect: egui::Rect::EVERYTHING,
        primitive: egui::epaint::Primitive::Mesh(mesh),
    }];
    egui_wgpu::partial::triangles(&frame).expect("meshes only")
}

/// Two changes far apart repaint two small rectangles, not the stretch between them; the same
/// shapes drawn in another order repaint where they overlap, though no shape changed.
#[test]
fn damage_covers_each_change_and_a_change_of_order() {
    use egui::Color32;
    use egui_wgpu::partial::{PixelRect, damage};
    let size = [1000, 1000];
    let covers = |areas: &[PixelRect], x: u32, y: u32| {
        areas
            .iter()
            .any(|a| a.min[0] <= x && x < a.max[0] && a.min[1] <= y && y < a.max[1])
    };

    let rows: Vec<_> = (0..30)
        .map(|i| (10.0, 10.0 + 30.0 * i as f32, 500.0, 20.0, Color32::GRAY))
        .collect();
    let mut changed = rows.clone();
    changed[2].4 = Color32::RED;
    changed[27].4 = Color32::BLUE;
    let areas = damage(&rects(&rows), &rects(&changed), 1.0, size);
    let painted: u64 = areas.iter().map(PixelRect::area).sum();
    assert!(
        covers(&areas, 100, 80) && covers(&areas, 100, 820),
        "{areas:?}"
    );
    assert!(
        !covers(&areas, 100, 400),
        "an unchanged row is repainted: {areas:?}"
    );
    assert!(painted < 2 * 530 * 30, "{painted} pixels for two rows");

    let a = (100.0, 100.0, 200.0, 200.0, Color32::RED);
    let b = (200.0, 200.0, 200.0, 200.0, Color32::BLUE);
    let areas = damage(&rects(&[a, b]), &rects(&[b, a]), 1.0, size);
    assert!(
        covers(&areas, 250, 250),
        "the overlap changed colour: {areas:?}"
    );

    assert!(damage(&rects(&rows), &rects(&rows), 1.0, size).is_empty());
}

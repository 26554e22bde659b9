//! The window's entry points: eframe opens the app here and calls it every frame. The UI
//! depends on the app, never the reverse, so the app's state knows nothing of how it is drawn.

use crate::app::{App, PREFS_KEY, Startup, timings};

impl App {
    /// The app in a window, with the window's theme and its keystrokes-before-clicks order.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        timings::window_ready();
        super::theme::install(&cc.egui_ctx);
        let adapter = cc.wgpu_render_state.as_ref().map(|r| r.adapter.get_info());
        if adapter.is_some_and(|a| a.device_type == egui_wgpu::wgpu::DeviceType::Cpu) {
            super::theme::paint_on_cpu(&cc.egui_ctx);
        }
        super::typing::install(&cc.egui_ctx);
        let app = App::start(cc, startup);
        timings::app_ready();
        app
    }

    /// The app with the window's theme and input order but no window: the `screenshot`
    /// command draws it offscreen (`crate::headless`).
    pub fn without_window(ctx: &egui::Context, startup: Startup) -> Self {
        super::theme::install(ctx);
        super::typing::install(ctx);
        App::start_on(ctx, None, startup)
    }

    /// One frame of the whole window. eframe calls it through `App::ui`; benchmarks call it
    /// directly on a headless context.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.begin_frame(&ctx);
        let (doc, state, prefs, out) = self.window_parts();
        super::shortcuts::collect(&ctx, state, out);
        super::window_ui(ui, doc, state, prefs, out);
        super::shortcuts::remember_keyboard(&ctx);
        self.end_frame(&ctx);
    }
}

impl eframe::App for App {
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs_now());
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        super::theme::clear_color(visuals).to_normalized_gamma_f32()
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if super::theme::painted_on_cpu(ctx) {
            super::pointer::leave_out_idle_moves(ctx, raw_input);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        timings::frame_begins(frame.info().cpu_usage);
        self.frame_ui(ui);
        timings::frame_ends(ui.ctx());
    }
}

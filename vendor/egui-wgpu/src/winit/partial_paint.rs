//! Painting a window through its kept canvas (`crate::partial`): only what changed since the
//! last frame is repainted, then the whole canvas is copied onto the surface.
//!
//! Not in upstream egui-wgpu: see `PATCHED.md` beside this crate.

use std::sync::Arc;

use egui::ViewportId;

use super::{Painter, SurfaceErrorAction};
use crate::renderer;

impl Painter {
    /// [`Painter::paint_and_update_textures`] for a surface with a canvas and no screenshot
    /// asked for.
    pub(super) fn paint_partial(
        &mut self,
        viewport_id: ViewportId,
        pixels_per_point: f32,
        clear_color: [f32; 4],
        clipped_primitives: &[epaint::ClippedPrimitive],
        textures_delta: &mut epaint::textures::TexturesDelta,
        window: &Arc<winit::window::Window>,
    ) -> f32 {
        let mut vsync_sec = 0.0;
        let Some(render_state) = self.render_state.as_mut() else {
            return vsync_sec;
        };
        let Some(surface_state) = self.surfaces.get_mut(&viewport_id) else {
            return vsync_sec;
        };

        // Textures are uploaded whatever happens to the frame, as upstream does; pixels drawn
        // with a changed texture may change anywhere, so the canvas is painted whole.
        if !textures_delta.set.is_empty() || !textures_delta.free.is_empty() {
            if let Some(canvas) = surface_state.canvas.as_mut() {
                canvas.forget();
            }
        }
        {
            let mut renderer = render_state.renderer.write();
            #[expect(clippy::iter_over_hash_type)] // Order doesn't matter here
            for (id, image_deltas) in textures_delta.set.drain() {
                for image_delta in image_deltas {
                    renderer.update_texture(
                        &render_state.device,
                        &render_state.queue,
                        id,
                        &image_delta,
                    );
                }
            }
        }

        if surface_state.needs_reconfigure {
            Self::configure_surface(surface_state, render_state, &self.config.surface);
            surface_state.needs_reconfigure = false;
        }

        let start = web_time::Instant::now();
        let output_frame = surface_state.surface.get_current_texture();
        vsync_sec += start.elapsed().as_secs_f32();
        let output_frame = match output_frame {
            wgpu::CurrentSurfaceTexture::Success(frame) => frame,
            wgpu::CurrentSurfaceTexture::Suboptimal(frame) => {
                surface_state.needs_reconfigure = true;
                frame
            }
            other => {
                match (*self.config.on_surface_status)(&other) {
                    SurfaceErrorAction::Reconfigure => {
                        Self::configure_surface(surface_state, render_state, &self.config.surface);
                        self.context.request_repaint_of(viewport_id);
                    }
                    SurfaceErrorAction::RecreateSurface => {
                        surface_state.needs_recreate = true;
                        self.context.request_repaint_of(viewport_id);
                    }
                    SurfaceErrorAction::SkipFrame => {}
                }
                // Buffers written for the uploads above still go out.
                render_state.queue.submit([]);
                return vsync_sec;
            }
        };
        let Some(canvas) = surface_state.canvas.as_mut() else {
            render_state.queue.submit([]);
            return vsync_sec;
        };

        let screen = renderer::ScreenDescriptor {
            size_in_pixels: [output_frame.texture.width(), output_frame.texture.height()],
            pixels_per_point,
        };
        let mut encoder = render_state
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("encoder"),
            });
        let (user_cmd_bufs, _) = {
            let mut renderer = render_state.renderer.write();
            canvas.encode(
                &render_state.device,
                &render_state.queue,
                &mut renderer,
                &mut encoder,
                clipped_primitives,
                &screen,
                clear_color,
                render_state.target_format,
            )
        };
        canvas.copy_to(&mut encoder, &output_frame.texture);

        let start = web_time::Instant::now();
        render_state
            .queue
            .submit(core::iter::chain(user_cmd_bufs, [encoder.finish()]));
        vsync_sec += start.elapsed().as_secs_f32();

        {
            let mut renderer = render_state.renderer.write();
            #[expect(clippy::iter_over_hash_type)] // Order doesn't matter here
            for id in textures_delta.free.drain() {
                renderer.free_texture(&id);
            }
        }

        window.pre_present_notify();
        let start = web_time::Instant::now();
        render_state.queue.present(output_frame);
        vsync_sec += start.elapsed().as_secs_f32();
        vsync_sec
    }
}

//! Paints egui's output into a texture with egui-wgpu, the renderer eframe paints the window
//! with, and reads the pixels back: no window, no display server. On a machine without a GPU,
//! Mesa's Vulkan driver (lavapipe) paints on the CPU.

use std::sync::Arc;
use std::time::Duration;

use egui::{Color32, ColorImage};
use egui_wgpu::{RenderState, RendererOptions, ScreenDescriptor, WgpuSetup, wgpu};

/// A stuck driver must end in an error, not a command that never returns.
const WAIT: Duration = Duration::from_secs(60);

/// Rows copied back per pass, so the read-back buffer stays small at any image size.
const BAND_BYTES: u64 = 64 << 20;

pub struct Offscreen {
    state: RenderState,
}

impl Offscreen {
    /// Opens a GPU device (or Mesa's CPU one). Vulkan, Metal or DirectX first; OpenGL only
    /// when none of them has an adapter, so a normal start does not probe both.
    pub fn new() -> Result<Self, String> {
        match create(wgpu::Backends::PRIMARY) {
            Ok(state) => Ok(Self { state }),
            Err(first) => create(wgpu::Backends::GL)
                .map(|state| Self { state })
                .map_err(|_| first),
        }
    }

    /// The longest side, in pixels, of an image this device can paint in one piece.
    pub fn max_side(&self) -> u32 {
        self.state.device.limits().max_texture_dimension_2d
    }

    /// Uploads and frees the textures (fonts, images) a frame changed; every frame's changes
    /// must arrive, in order, for the next painted frame to be right.
    pub fn set_textures(&self, delta: &egui::TexturesDelta) {
        let mut renderer = self.state.renderer.write();
        for (id, images) in &delta.set {
            for image in images {
                renderer.update_texture(&self.state.device, &self.state.queue, *id, image);
            }
        }
    }

    pub fn free_textures(&self, delta: &egui::TexturesDelta) {
        let mut renderer = self.state.renderer.write();
        for id in &delta.free {
            renderer.free_texture(id);
        }
    }

    /// Paints tessellated shapes on an image of `size` pixels, as the window's painter would.
    pub fn paint(
        &self,
        primitives: &[egui::ClippedPrimitive],
        pixels_per_point: f32,
        size: [u32; 2],
        clear: Color32,
    ) -> Result<ColorImage, String> {
        let max = self.max_side();
        if size[0] > max || size[1] > max {
            return Err(crate::t!(
                "shots-too-large",
                width = size[0],
                height = size[1],
                max = max
            ));
        }
        let device = &self.state.device;
        let screen = ScreenDescriptor {
            size_in_pixels: size,
            pixels_per_point,
        };
        let texture = device.create_texture(&wgpu::TextureDescriptor {
            label: Some("screenshot"),
            size: wgpu::Extent3d {
                width: size[0],
                height: size[1],
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: self.state.target_format,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        let mut encoder = device.create_command_encoder(&Default::default());
        let mut renderer = self.state.renderer.write();
        let buffers =
            renderer.update_buffers(device, &self.state.queue, &mut encoder, primitives, &screen);
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("screenshot"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(as_wgpu(clear)),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            renderer.render(&mut pass, primitives, &screen);
        }
        drop(renderer);
        self.state
            .queue
            .submit(buffers.into_iter().chain(Some(encoder.finish())));
        self.read_back(&texture)
    }

    /// Paints as the window does where the CPU paints it: into `canvas`, which keeps the last
    /// frame and repaints only where this one differs (`egui_wgpu::partial`). Returns the
    /// canvas's pixels and how many of them were painted again. `textures_changed` says
    /// whether `set_textures` or `free_textures` changed anything since the last frame.
    pub fn paint_kept(
        &self,
        canvas: &mut egui_wgpu::partial::Canvas,
        primitives: &[egui::ClippedPrimitive],
        pixels_per_point: f32,
        size: [u32; 2],
        clear: Color32,
        textures_changed: bool,
    ) -> Result<(ColorImage, u64), String> {
        if textures_changed {
            canvas.forget();
        }
        let device = &self.state.device;
        let screen = ScreenDescriptor {
            size_in_pixels: size,
            pixels_per_point,
        };
        let mut encoder = device.create_command_encoder(&Default::default());
        let (buffers, painted) = canvas.encode(
            device,
            &self.state.queue,
            &mut self.state.renderer.write(),
            &mut encoder,
            primitives,
            &screen,
            clear.to_normalized_gamma_f32(),
            self.state.target_format,
        );
        self.state
            .queue
            .submit(buffers.into_iter().chain(Some(encoder.finish())));
        // A canvas of no size paints nothing and holds no texture: an image of no pixels.
        match canvas.texture() {
            Some(texture) => Ok((self.read_back(texture)?, painted)),
            None => Ok((ColorImage::new([0, 0], Vec::new()), painted)),
        }
    }

    /// The texture's pixels, copied back in bands of rows.
    fn read_back(&self, texture: &wgpu::Texture) -> Result<ColorImage, String> {
        let (width, height) = (texture.width(), texture.height());
        let row = u64::from(width) * 4;
        let align = u64::from(wgpu::COPY_BYTES_PER_ROW_ALIGNMENT);
        let padded = row.div_ceil(align) * align;
        let band_rows = (BAND_BYTES / padded).clamp(1, u64::from(height)) as u32;
        let device = &self.state.device;
        let buffer = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("screenshot read-back"),
            size: padded * u64::from(band_rows),
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        let swizzle = match texture.format() {
            wgpu::TextureFormat::Bgra8Unorm => [2, 1, 0, 3],
            _ => [0, 1, 2, 3],
        };
        let mut pixels = Vec::with_capacity(width as usize * height as usize);
        let mut top = 0;
        while top < height {
            let rows = band_rows.min(height - top);
            let mut encoder = device.create_command_encoder(&Default::default());
            encoder.copy_texture_to_buffer(
                wgpu::TexelCopyTextureInfo {
                    texture,
                    mip_level: 0,
                    origin: wgpu::Origin3d { x: 0, y: top, z: 0 },
                    aspect: wgpu::TextureAspect::All,
                },
                wgpu::TexelCopyBufferInfo {
                    buffer: &buffer,
                    layout: wgpu::TexelCopyBufferLayout {
                        offset: 0,
                        bytes_per_row: Some(padded as u32),
                        rows_per_image: None,
                    },
                },
                wgpu::Extent3d {
                    width,
                    height: rows,
                    depth_or_array_layers: 1,
                },
            );
            let submitted = self.state.queue.submit(Some(encoder.finish()));
            let slice = buffer.slice(..padded * u64::from(rows));
            let (tx, rx) = std::sync::mpsc::channel();
            slice.map_async(wgpu::MapMode::Read, move |r| drop(tx.send(r)));
            device
                .poll(wgpu::PollType::Wait {
                    submission_index: Some(submitted),
                    timeout: Some(WAIT),
                })
                .map_err(|e| e.to_string())?;
            rx.recv_timeout(WAIT)
                .map_err(|e| e.to_string())?
                .map_err(|e| e.to_string())?;
            {
                let data = slice.get_mapped_range().map_err(|e| e.to_string())?;
                for line in data.chunks_exact(padded as usize) {
                    pixels.extend(line[..row as usize].chunks_exact(4).map(|p| {
                        Color32::from_rgba_premultiplied(
                            p[swizzle[0]],
                            p[swizzle[1]],
                            p[swizzle[2]],
                            p[swizzle[3]],
                        )
                    }));
                }
            }
            buffer.unmap();
            top += rows;
        }
        Ok(ColorImage::new([width as usize, height as usize], pixels))
    }
}

/// The colour as eframe hands it to wgpu for the window (gamma-space, premultiplied).
fn as_wgpu(color: Color32) -> wgpu::Color {
    let [r, g, b, a] = color.to_normalized_gamma_f32();
    wgpu::Color {
        r: r.into(),
        g: g.into(),
        b: b.into(),
        a: a.into(),
    }
}

fn create(backends: wgpu::Backends) -> Result<RenderState, String> {
    let mut setup = egui_wgpu::WgpuSetupCreateNew::without_display_handle();
    // `WGPU_BACKEND` still decides when it is set.
    setup.instance_descriptor.backends = wgpu::Backends::from_env().unwrap_or(backends);
    // The largest image the adapter can paint; egui-wgpu asks for 8192 pixels, enough for a
    // screen but not for a print-size report at scale 4.
    setup.device_descriptor = Arc::new(|adapter| wgpu::DeviceDescriptor {
        label: Some("reform-tracker screenshot"),
        required_limits: wgpu::Limits {
            max_texture_dimension_2d: adapter.limits().max_texture_dimension_2d,
            ..if adapter.get_info().backend == wgpu::Backend::Gl {
                wgpu::Limits::downlevel_webgl2_defaults()
            } else {
                wgpu::Limits::default()
            }
        },
        ..Default::default()
    });
    let setup = WgpuSetup::CreateNew(setup);
    let instance = pollster::block_on(setup.new_instance());
    let config = egui_wgpu::WgpuConfiguration {
        wgpu_setup: setup,
        ..Default::default()
    };
    // The window's painter options (eframe's defaults, dithering on), for the window's pixels.
    pollster::block_on(RenderState::create(
        &config,
        &instance,
        None,
        RendererOptions::default(),
    ))
    .map_err(|e| crate::t!("shots-no-renderer", error = e.to_string()))
}

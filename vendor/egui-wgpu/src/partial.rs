//! Repainting only what changed, for windows painted on the CPU.
//!
//! Where no GPU paints the window (Mesa's lavapipe or llvmpipe: virtual machines, remote
//! desktops), every pixel a shape covers costs tens of nanoseconds to shade, so a whole window
//! costs tens of milliseconds a frame even when the frame is the last one with one row
//! highlighted. A [`Canvas`] keeps the last frame in a texture and repaints only a few
//! rectangles around the triangles this frame and the last one do not share ([`damage`]); the
//! window's surface then gets a copy of the whole canvas. What the canvas holds is, pixel for
//! pixel, what painting the whole frame would give: outside the rectangles the same triangles
//! cover every pixel in the same order, and inside them everything is painted again from the
//! clear colour up.
//!
//! Not in upstream egui-wgpu: see `PATCHED.md` beside this crate.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use epaint::{ClippedPrimitive, Color32, Mesh, Primitive, Rect, TextureId, Vertex, pos2};

use crate::{Renderer, ScreenDescriptor};

static ENABLED: AtomicBool = AtomicBool::new(true);
static FRAMES: AtomicU64 = AtomicU64::new(0);
static REPAINTED_FRAMES: AtomicU64 = AtomicU64::new(0);
static REPAINTED_PIXELS: AtomicU64 = AtomicU64::new(0);

/// Turns partial repainting on or off for surfaces configured from now on (on by default).
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

/// Whether a window painted by `adapter` keeps a canvas: only where the CPU paints it, where a
/// shaded pixel is dear and a copy is cheap.
pub fn wanted(adapter: &wgpu::Adapter, format: wgpu::TextureFormat) -> bool {
    ENABLED.load(Ordering::Relaxed)
        && adapter.get_info().device_type == wgpu::DeviceType::Cpu
        && !format.is_srgb()
}

/// What canvases have painted since the process started.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Frames handed to a canvas.
    pub frames: u64,
    /// Of those, the frames that shaded any pixel.
    pub repainted_frames: u64,
    /// Pixels shaded again, over all frames.
    pub repainted_pixels: u64,
}

pub fn stats() -> Stats {
    Stats {
        frames: FRAMES.load(Ordering::Relaxed),
        repainted_frames: REPAINTED_FRAMES.load(Ordering::Relaxed),
        repainted_pixels: REPAINTED_PIXELS.load(Ordering::Relaxed),
    }
}

/// A rectangle of whole pixels, `min` included and `max` excluded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PixelRect {
    pub min: [u32; 2],
    pub max: [u32; 2],
}

impl PixelRect {
    pub const EMPTY: Self = Self {
        min: [u32::MAX; 2],
        max: [0; 2],
    };

    pub fn whole(size: [u32; 2]) -> Self {
        Self {
            min: [0, 0],
            max: size,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.min[0] >= self.max[0] || self.min[1] >= self.max[1]
    }

    pub fn area(&self) -> u64 {
        if self.is_empty() {
            0
        } else {
            u64::from(self.max[0] - self.min[0]) * u64::from(self.max[1] - self.min[1])
        }
    }

    pub fn union(self, other: Self) -> Self {
        if self.is_empty() {
            return other;
        }
        if other.is_empty() {
            return self;
        }
        Self {
            min: [self.min[0].min(other.min[0]), self.min[1].min(other.min[1])],
            max: [self.max[0].max(other.max[0]), self.max[1].max(other.max[1])],
        }
    }

    pub fn intersect(self, other: Self) -> Self {
        let out = Self {
            min: [self.min[0].max(other.min[0]), self.min[1].max(other.min[1])],
            max: [self.max[0].min(other.max[0]), self.max[1].min(other.max[1])],
        };
        if out.is_empty() { Self::EMPTY } else { out }
    }

    /// The same rectangle in points, whose scissor at `ppp` is this rectangle again.
    fn to_points(self, ppp: f32) -> Rect {
        Rect::from_min_max(
            pos2(self.min[0] as f32 / ppp, self.min[1] as f32 / ppp),
            pos2(self.max[0] as f32 / ppp, self.max[1] as f32 / ppp),
        )
    }
}

/// The pixels the renderer lets a primitive clipped to `clip` touch: its scissor rectangle,
/// rounded exactly as [`Renderer::render`] rounds it.
pub fn scissor(clip: Rect, ppp: f32, size: [u32; 2]) -> PixelRect {
    let round = |v: f32| (v * ppp).round() as u32;
    let min_x = round(clip.min.x).clamp(0, size[0]);
    let min_y = round(clip.min.y).clamp(0, size[1]);
    let max_x = round(clip.max.x).clamp(min_x, size[0]);
    let max_y = round(clip.max.y).clamp(min_y, size[1]);
    let out = PixelRect {
        min: [min_x, min_y],
        max: [max_x, max_y],
    };
    if out.is_empty() { PixelRect::EMPTY } else { out }
}

/// One triangle as drawn: its clip, its texture and its three corners.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Triangle {
    clip: Rect,
    texture: TextureId,
    vertices: [Vertex; 3],
}

impl Triangle {
    fn key(&self) -> Key {
        let (kind, id) = match self.texture {
            TextureId::Managed(id) => (0, id),
            TextureId::User(id) => (1, id),
        };
        let mut key = [0; 22];
        key[..4].copy_from_slice(&[
            self.clip.min.x.to_bits(),
            self.clip.min.y.to_bits(),
            self.clip.max.x.to_bits(),
            self.clip.max.y.to_bits(),
        ]);
        key[4..7].copy_from_slice(&[kind, id as u32, (id >> 32) as u32]);
        for (n, v) in self.vertices.iter().enumerate() {
            key[7 + n * 5..12 + n * 5].copy_from_slice(&[
                v.pos.x.to_bits(),
                v.pos.y.to_bits(),
                v.uv.x.to_bits(),
                v.uv.y.to_bits(),
                u32::from_le_bytes(v.color.to_array()),
            ]);
        }
        key
    }

    /// The pixels this triangle can touch: its bounds, a pixel wider on each side, within its
    /// scissor.
    fn pixels(&self, ppp: f32, size: [u32; 2]) -> PixelRect {
        let mut lo = [f32::INFINITY; 2];
        let mut hi = [f32::NEG_INFINITY; 2];
        for v in &self.vertices {
            lo = [lo[0].min(v.pos.x), lo[1].min(v.pos.y)];
            hi = [hi[0].max(v.pos.x), hi[1].max(v.pos.y)];
        }
        if !(lo[0].is_finite() && lo[1].is_finite() && hi[0].is_finite() && hi[1].is_finite()) {
            return scissor(self.clip, ppp, size);
        }
        let down = |v: f32| ((v * ppp).floor() - 1.0).max(0.0) as u32;
        let up = |v: f32| ((v * ppp).ceil() + 1.0).max(0.0) as u32;
        let bounds = PixelRect {
            min: [down(lo[0]), down(lo[1])],
            max: [up(hi[0]), up(hi[1])],
        };
        bounds.intersect(scissor(self.clip, ppp, size))
    }
}

/// The triangles a frame draws, in drawing order; `None` when the frame holds a paint callback,
/// whose pixels cannot be compared, or a mesh with an index out of range.
pub fn triangles(primitives: &[ClippedPrimitive]) -> Option<Vec<Triangle>> {
    let mut out = Vec::new();
    for primitive in primitives {
        let Primitive::Mesh(mesh) = &primitive.primitive else {
            return None;
        };
        for triangle in mesh_triangles(primitive.clip_rect, mesh) {
            out.push(triangle?);
        }
    }
    Some(out)
}

/// One clipped mesh's triangles, in drawing order; `None` for one with an index out of range.
fn mesh_triangles(clip: Rect, mesh: &Mesh) -> impl Iterator<Item = Option<Triangle>> + '_ {
    mesh.indices.chunks_exact(3).map(move |corners| {
        let vertex = |i: u32| mesh.vertices.get(i as usize).copied();
        Some(Triangle {
            clip,
            texture: mesh.texture_id,
            vertices: [vertex(corners[0])?, vertex(corners[1])?, vertex(corners[2])?],
        })
    })
}

/// A triangle's bits: equal keys draw equal pixels.
type Key = [u32; 22];

/// Most rectangles a frame repaints; beyond, the two that merge with least waste are merged.
const MAX_AREAS: usize = 8;

/// Pixels a rectangle may take in beyond what it is merged with, rather than stand alone.
const SLACK: u64 = 4096;

/// The rectangles where a frame drawing `new` can differ from one drawing `old`, both the same
/// size, scale and textures. The frames share a run of triangles at the start and one at the
/// end; between them, a triangle drawn by one frame alone marks its pixels. Every pixel outside
/// the rectangles is then covered by triangles both frames draw, in the same order in both
/// (when the shared triangles between the runs are not in the same order, every triangle
/// between the runs marks its pixels).
pub fn damage(old: &[Triangle], new: &[Triangle], ppp: f32, size: [u32; 2]) -> Vec<PixelRect> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    let old = &old[prefix..old.len() - suffix];
    let new = &new[prefix..new.len() - suffix];
    let old_keys: Vec<Key> = old.iter().map(Triangle::key).collect();
    let new_keys: Vec<Key> = new.iter().map(Triangle::key).collect();
    let old_shared = shared(&old_keys, &new_keys);
    let new_shared = shared(&new_keys, &old_keys);
    let kept = |keys: &[Key], shared: &[bool]| {
        keys.iter()
            .zip(shared)
            .filter(|(_, s)| **s)
            .map(|(k, _)| *k)
            .collect::<Vec<_>>()
    };
    let same_order = kept(&old_keys, &old_shared) == kept(&new_keys, &new_shared);
    let marks = old
        .iter()
        .zip(&old_shared)
        .chain(new.iter().zip(&new_shared))
        .filter(|(_, s)| !same_order || !**s)
        .map(|(t, _)| t.pixels(ppp, size));
    gather(marks)
}

/// Which of `keys` the other frame draws too, counting each of `other`'s triangles once.
fn shared(keys: &[Key], other: &[Key]) -> Vec<bool> {
    let mut left: ahash::HashMap<Key, u32> = ahash::HashMap::default();
    for key in other {
        *left.entry(*key).or_default() += 1;
    }
    keys.iter()
        .map(|key| match left.get_mut(key) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        })
        .collect()
}

/// A few rectangles covering every marked rectangle: each joins the rectangle it grows least
/// when that takes in little more than itself.
fn gather(marks: impl Iterator<Item = PixelRect>) -> Vec<PixelRect> {
    let mut areas: Vec<PixelRect> = Vec::new();
    for mark in marks.filter(|m| !m.is_empty()) {
        let best = areas
            .iter()
            .enumerate()
            .map(|(i, a)| (i, a.union(mark).area() - a.area()))
            .min_by_key(|(_, growth)| *growth);
        match best {
            Some((i, growth)) if growth <= mark.area() + SLACK => areas[i] = areas[i].union(mark),
            _ => areas.push(mark),
        }
        if areas.len() > MAX_AREAS {
            let mut pair = (0, 1, u64::MAX);
            for i in 0..areas.len() {
                for j in i + 1..areas.len() {
                    let waste = areas[i]
                        .union(areas[j])
                        .area()
                        .saturating_sub(areas[i].area() + areas[j].area());
                    if waste < pair.2 {
                        pair = (i, j, waste);
                    }
                }
            }
            let (i, j, _) = pair;
            areas[i] = areas[i].union(areas[j]);
            areas.swap_remove(j);
        }
    }
    areas
}

/// The primitives that repaint `areas` alone: for each, a rectangle of the clear colour, then
/// every triangle that can touch it, clipped to it as well as to its own clip. Where areas
/// overlap, the later one paints the shared pixels again, whole.
pub fn repaint_of(
    primitives: &[ClippedPrimitive],
    areas: &[PixelRect],
    ppp: f32,
    size: [u32; 2],
    clear: [f32; 4],
) -> Vec<ClippedPrimitive> {
    let channel = |c: f32| (c * 255.0).round().clamp(0.0, 255.0) as u8;
    let colour = Color32::from_rgba_premultiplied(
        channel(clear[0]),
        channel(clear[1]),
        channel(clear[2]),
        channel(clear[3]),
    );
    let mut jobs = Vec::new();
    for &area in areas {
        let area_points = area.to_points(ppp);
        let mut fill = Mesh::default();
        fill.add_colored_rect(area_points, colour);
        jobs.push(ClippedPrimitive {
            clip_rect: area_points,
            primitive: Primitive::Mesh(fill),
        });
        for primitive in primitives {
            let clip_rect = primitive.clip_rect.intersect(area_points);
            if scissor(clip_rect, ppp, size).is_empty() {
                continue;
            }
            let Primitive::Mesh(mesh) = &primitive.primitive else {
                jobs.push(ClippedPrimitive {
                    clip_rect,
                    primitive: primitive.primitive.clone(),
                });
                continue;
            };
            let mut part = Mesh::with_texture(mesh.texture_id);
            for triangle in mesh_triangles(primitive.clip_rect, mesh).flatten() {
                if triangle.pixels(ppp, size).intersect(area).is_empty() {
                    continue;
                }
                let first = part.vertices.len() as u32;
                part.vertices.extend_from_slice(&triangle.vertices);
                part.indices.extend([first, first + 1, first + 2]);
            }
            if !part.indices.is_empty() {
                jobs.push(ClippedPrimitive {
                    clip_rect,
                    primitive: Primitive::Mesh(part),
                });
            }
        }
    }
    jobs
}

struct Last {
    triangles: Vec<Triangle>,
    ppp: f32,
    size: [u32; 2],
    clear: [f32; 4],
}

/// The last painted frame, kept in a texture, and what it was painted from.
#[derive(Default)]
pub struct Canvas {
    texture: Option<wgpu::Texture>,
    last: Option<Last>,
}

impl Canvas {
    pub fn new() -> Self {
        Self::default()
    }

    /// Forgets what the canvas holds, so the next frame is painted whole: a texture changed,
    /// or the canvas missed a frame.
    pub fn forget(&mut self) {
        self.last = None;
    }

    /// The texture holding the last painted frame.
    pub fn texture(&self) -> Option<&wgpu::Texture> {
        self.texture.as_ref()
    }

    /// Encodes the painting of `primitives` into the canvas: the part that differs from the last
    /// frame, or all of it. Returns the command buffers of the primitives' callbacks (to submit
    /// before `encoder`) and how many pixels were painted again.
    #[expect(clippy::too_many_arguments)]
    pub fn encode(
        &mut self,
        device: &wgpu::Device,
        queue: &wgpu::Queue,
        renderer: &mut Renderer,
        encoder: &mut wgpu::CommandEncoder,
        primitives: &[ClippedPrimitive],
        screen: &ScreenDescriptor,
        clear: [f32; 4],
        format: wgpu::TextureFormat,
    ) -> (Vec<wgpu::CommandBuffer>, u64) {
        let size = screen.size_in_pixels;
        let ppp = screen.pixels_per_point;
        if size[0] == 0 || size[1] == 0 {
            return (Vec::new(), 0);
        }
        let texture = self.texture_for(device, size, format);
        let whole = PixelRect::whole(size);
        let triangles = triangles(primitives);
        let areas = match (&self.last, &triangles) {
            (Some(last), Some(new))
                if last.size == size && last.ppp == ppp && last.clear == clear =>
            {
                damage(&last.triangles, new, ppp, size)
            }
            _ => vec![whole],
        };
        let painted: u64 = areas.iter().map(PixelRect::area).sum();
        // Three quarters of the window or more: painting it whole costs no more.
        let all = painted * 4 >= whole.area() * 3;
        let painted = if all { whole.area() } else { painted };
        FRAMES.fetch_add(1, Ordering::Relaxed);
        let mut commands = Vec::new();
        if painted > 0 {
            REPAINTED_FRAMES.fetch_add(1, Ordering::Relaxed);
            REPAINTED_PIXELS.fetch_add(painted, Ordering::Relaxed);
            let part;
            let (jobs, load) = if all {
                let colour = wgpu::Color {
                    r: f64::from(clear[0]),
                    g: f64::from(clear[1]),
                    b: f64::from(clear[2]),
                    a: f64::from(clear[3]),
                };
                (primitives, wgpu::LoadOp::Clear(colour))
            } else {
                part = repaint_of(primitives, &areas, ppp, size, clear);
                (part.as_slice(), wgpu::LoadOp::Load)
            };
            commands = renderer.update_buffers(device, queue, encoder, jobs, screen);
            let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("egui_canvas"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load,
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            renderer.render(&mut pass, jobs, screen);
        }
        self.last = triangles.map(|triangles| Last {
            triangles,
            ppp,
            size,
            clear,
        });
        (commands, painted)
    }

    /// Copies the whole canvas onto `target`, a texture of the same size and format.
    pub fn copy_to(&self, encoder: &mut wgpu::CommandEncoder, target: &wgpu::Texture) {
        let Some(texture) = &self.texture else { return };
        encoder.copy_texture_to_texture(
            texture.as_image_copy(),
            target.as_image_copy(),
            wgpu::Extent3d {
                width: texture.width().min(target.width()),
                height: texture.height().min(target.height()),
                depth_or_array_layers: 1,
            },
        );
    }

    fn texture_for(
        &mut self,
        device: &wgpu::Device,
        size: [u32; 2],
        format: wgpu::TextureFormat,
    ) -> wgpu::Texture {
        if let Some(texture) = &self.texture
            && [texture.width(), texture.height()] == size
            && texture.format() == format
        {
            return texture.clone();
        }
        self.last = None;
        let texture = device.create_texture(&wgpu::TextureDescriptor {
            label: Some("egui_canvas"),
            size: wgpu::Extent3d {
                width: size[0],
                height: size[1],
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        self.texture = Some(texture.clone());
        texture
    }
}

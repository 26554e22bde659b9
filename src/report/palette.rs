//! Status colours shared by the window and the exports.

use crate::model::Status;

pub fn status_rgb(status: Status) -> [u8; 3] {
    match status {
        Status::NotAssessed => [0x9e, 0x9e, 0x9e],
        Status::NoAction => [0x6d, 0x5d, 0x4b],
        Status::InProgress => [0x1f, 0x6f, 0xb4],
        Status::Stalled => [0xe0, 0x8a, 0x00],
        Status::PartiallyFulfilled => [0x7c, 0xb3, 0x42],
        Status::Fulfilled => [0x2e, 0x7d, 0x32],
        Status::NotFulfilled => [0xc6, 0x28, 0x28],
    }
}

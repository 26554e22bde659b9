//! Atomic writes of exported files (reports, screenshots): all or nothing, never half a file.

use std::io::Write as _;
use std::path::Path;

/// Writes `bytes` to `path` through a temp file in the same folder, fsynced and renamed over
/// the target, so a crash or a full disk never leaves a truncated file behind.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if path.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "that path is a folder, not a file",
        ));
    }
    let mut file = atomic_write_file::AtomicWriteFile::options().open(path)?;
    file.write_all(bytes)?;
    file.commit()
}

/// Plain words for an I/O error, with what the user can do about it.
pub fn describe_io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::PermissionDenied | K::ReadOnlyFilesystem => {
            "you may not write there (the folder or file is read-only). Choose another folder."
                .to_owned()
        }
        K::StorageFull => "the disk is full. Free some space or choose another disk.".to_owned(),
        K::NotFound => "the folder does not exist. Choose an existing folder.".to_owned(),
        K::IsADirectory => "that path is a folder. Type a file name.".to_owned(),
        _ => format!("{e}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_refuses_folders() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_atomic(&path, b"a,b\r\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"a,b\r\n");
        let err = write_atomic(dir.path(), b"x").unwrap_err();
        assert!(describe_io_error(&err).contains("folder"));
        let missing = dir.path().join("no/such/dir/out.csv");
        assert!(write_atomic(&missing, b"x").is_err());
    }
}

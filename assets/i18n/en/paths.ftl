# Progress of opening and saving big files.
# Glossary (keep these terms the same everywhere in this file and the others):
#   open (a file), save, cancel, project, megabyte (MB).

## The status bar while a big file is read or written: bytes done of bytes in all.
paths-progress-bytes = { $done } of { $total } MB
## The button that stops opening a big file; the project on screen stays as it was.
paths-cancel-open = Cancel
## Said in the status bar once an open was cancelled.
paths-open-cancelled-toast = Opening cancelled; nothing changed
## Why an open stopped (the user cancelled it).
paths-open-cancelled = opening was cancelled

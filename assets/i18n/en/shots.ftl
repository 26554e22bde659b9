# Screenshots drawn without a window (`reform-tracker screenshot`).
# Glossary (keep these terms the same everywhere in this file and the others):
#   screenshot, commitment, renderer (what paints the picture: a GPU or Mesa on the CPU),
#   pixel, point (a size in the window before scaling), scale (pixels per point).

shots-size-range = --size { $size } is out of range: each side must be between 200 and 8000 points
shots-too-large = an image of { $width } × { $height } pixels is larger than this machine's renderer can paint ({ $max } pixels a side at most): use a smaller --size or --scale
shots-no-renderer = no renderer could be started ({ $error }): install a Vulkan driver (on Debian, mesa-vulkan-drivers paints on the CPU)
shots-wrong-size = the picture came out { $width } × { $height } pixels, not the size asked for; nothing was written
shots-never-taken = the picture was never taken; nothing was written
shots-no-such-commitment = no commitment has the id "{ $id }"

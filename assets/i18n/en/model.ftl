# Words of the domain: statuses, kinds, confidence marks, and counted things.
# Glossary (keep these terms the same everywhere in this file and the others):
#   commitment, status, evidence link, history, note, source document, replaced, in force,
#   Not assessed, No action, In progress, Stalled, Partially fulfilled, Fulfilled, Not fulfilled.


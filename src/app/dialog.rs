//! The one form or dialog open over the window, and those waiting for it to close.
//!
//! One at a time: a dialog that arrives while another is open (the conflicts a merge brought
//! while the properties are being typed, a comparison read in the background while the palette
//! is open) waits and opens when that one closes, so it never takes away what the user typed.

use std::collections::VecDeque;
use std::mem::discriminant;

use super::{Comparison, ImportForm, PaletteState, ProjectForm, SourcesForm, VocabularyForm};

#[derive(Clone, Debug)]
pub enum Dialog {
    /// The command palette.
    Palette(PaletteState),
    /// File → Project properties…
    Project(ProjectForm),
    /// File → Source documents…
    Sources(SourcesForm),
    Vocabularies(VocabularyForm),
    /// File → Import…: reading, the column mapping, or the summary before applying.
    Import(Box<ImportForm>),
    /// The merge conflicts left to decide.
    Conflicts,
    /// File → Compare with…: what changed from another version.
    Comparison(Box<Comparison>),
}

impl Dialog {
    /// Something the user typed or chose lives only in it until they confirm.
    fn holds_typing(&self) -> bool {
        match self {
            Dialog::Palette(p) => !p.query.is_empty(),
            Dialog::Project(_)
            | Dialog::Sources(_)
            | Dialog::Vocabularies(_)
            | Dialog::Import(_) => true,
            Dialog::Conflicts | Dialog::Comparison(_) => false,
        }
    }

    fn same_kind(&self, other: &Dialog) -> bool {
        discriminant(self) == discriminant(other)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Dialogs {
    shown: Option<Dialog>,
    /// Never holds anything while nothing is shown.
    waiting: VecDeque<Dialog>,
}

impl Dialogs {
    /// Shows `dialog`, or lets it wait when another is open. The same kind already open stays
    /// when it holds typing and is replaced when it does not (a newer comparison); a newer one
    /// of a kind already waiting takes that one's place.
    pub fn open(&mut self, dialog: Dialog) {
        match &self.shown {
            None => self.shown = Some(dialog),
            Some(shown) if shown.same_kind(&dialog) => {
                if !shown.holds_typing() {
                    self.shown = Some(dialog);
                }
            }
            Some(_) => {
                self.waiting.retain(|w| !w.same_kind(&dialog));
                self.waiting.push_back(dialog);
            }
        }
    }

    /// Closes the dialog shown; the next waiting one opens.
    pub fn close(&mut self) {
        self.shown = self.waiting.pop_front();
    }

    /// Closes every dialog, shown or waiting, that `which` picks.
    pub fn close_where(&mut self, which: impl Fn(&Dialog) -> bool) {
        self.waiting.retain(|w| !which(w));
        if self.shown.as_ref().is_some_and(&which) {
            self.close();
        }
    }

    pub fn shown(&self) -> Option<&Dialog> {
        self.shown.as_ref()
    }

    pub fn shown_mut(&mut self) -> Option<&mut Dialog> {
        self.shown.as_mut()
    }

    pub fn is_open(&self) -> bool {
        self.shown.is_some()
    }

    /// How many wait for the one shown to close.
    pub fn waiting(&self) -> usize {
        self.waiting.len()
    }

    /// The first dialog, shown or waiting, that `pick` takes apart.
    fn find<'a, T: ?Sized>(&'a self, pick: impl Fn(&'a Dialog) -> Option<&'a T>) -> Option<&'a T> {
        self.shown.iter().chain(&self.waiting).find_map(pick)
    }

    fn find_mut<'a, T: ?Sized>(
        &'a mut self,
        pick: impl Fn(&'a mut Dialog) -> Option<&'a mut T>,
    ) -> Option<&'a mut T> {
        self.shown
            .iter_mut()
            .chain(self.waiting.iter_mut())
            .find_map(pick)
    }

    /// The import under way, shown or waiting: its worker reports to it either way.
    pub fn import(&self) -> Option<&ImportForm> {
        self.find(|d| match d {
            Dialog::Import(form) => Some(&**form),
            _ => None,
        })
    }

    pub fn import_mut(&mut self) -> Option<&mut ImportForm> {
        self.find_mut(|d| match d {
            Dialog::Import(form) => Some(&mut **form),
            _ => None,
        })
    }

    /// Closes the import and gives back what it held.
    pub fn take_import(&mut self) -> Option<ImportForm> {
        match self.take_where(|d| matches!(d, Dialog::Import(_)))? {
            Dialog::Import(form) => Some(*form),
            _ => None,
        }
    }

    /// Removes the first dialog `which` picks, shown or waiting.
    fn take_where(&mut self, which: impl Fn(&Dialog) -> bool) -> Option<Dialog> {
        if self.shown.as_ref().is_some_and(&which) {
            let taken = self.shown.take();
            self.close();
            return taken;
        }
        let at = self.waiting.iter().position(which)?;
        self.waiting.remove(at)
    }

    pub fn sources(&self) -> Option<&SourcesForm> {
        self.find(|d| match d {
            Dialog::Sources(form) => Some(form),
            _ => None,
        })
    }

    pub fn sources_mut(&mut self) -> Option<&mut SourcesForm> {
        self.find_mut(|d| match d {
            Dialog::Sources(form) => Some(form),
            _ => None,
        })
    }

    pub fn comparison(&self) -> Option<&Comparison> {
        self.find(|d| match d {
            Dialog::Comparison(c) => Some(&**c),
            _ => None,
        })
    }

    pub fn palette(&self) -> Option<&PaletteState> {
        match &self.shown {
            Some(Dialog::Palette(p)) => Some(p),
            _ => None,
        }
    }

    /// The conflicts list is the dialog shown.
    pub fn conflicts_shown(&self) -> bool {
        matches!(self.shown, Some(Dialog::Conflicts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed_palette() -> Dialog {
        Dialog::Palette(PaletteState {
            query: "sav".into(),
            ..PaletteState::default()
        })
    }

    #[test]
    fn a_dialog_arriving_over_another_waits_for_it_to_close() {
        let mut d = Dialogs::default();
        d.open(typed_palette());
        d.open(Dialog::Conflicts);
        assert!(matches!(d.shown(), Some(Dialog::Palette(p)) if p.query == "sav"));
        assert_eq!(d.waiting(), 1);
        d.close();
        assert!(d.conflicts_shown());
        d.close();
        assert!(!d.is_open());
    }

    #[test]
    fn the_same_kind_keeps_typing_and_replaces_what_holds_none() {
        let mut d = Dialogs::default();
        d.open(typed_palette());
        d.open(Dialog::Palette(PaletteState::default()));
        assert_eq!(d.palette().map(|p| p.query.as_str()), Some("sav"));
        d.close();
        d.open(Dialog::Palette(PaletteState::default()));
        d.open(typed_palette());
        assert_eq!(d.palette().map(|p| p.query.as_str()), Some("sav"));
    }

    #[test]
    fn a_newer_waiting_dialog_of_a_kind_takes_the_older_ones_place() {
        let mut d = Dialogs::default();
        d.open(typed_palette());
        d.open(Dialog::Conflicts);
        d.open(Dialog::Sources(SourcesForm::default()));
        d.open(Dialog::Conflicts);
        assert_eq!(d.waiting(), 2);
        d.close();
        assert!(matches!(d.shown(), Some(Dialog::Sources(_))));
        d.close();
        assert!(d.conflicts_shown());
    }

    #[test]
    fn closing_the_shown_one_by_kind_opens_the_next() {
        let mut d = Dialogs::default();
        d.open(Dialog::Conflicts);
        d.open(typed_palette());
        d.close_where(|x| matches!(x, Dialog::Conflicts));
        assert_eq!(d.palette().map(|p| p.query.as_str()), Some("sav"));
        d.close_where(|x| matches!(x, Dialog::Conflicts));
        assert!(d.palette().is_some());
    }
}

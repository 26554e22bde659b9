//! Every action a user can take from the menus and the keyboard, in one table: its label, its
//! shortcut, its menu and the command it sends. The menu bar, the shortcut handling and the
//! reachability test all read this table, so a label and its key can never drift apart.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::app::{Command, View};
use crate::i18n::Lang;
use crate::model::Kind;
use crate::report::ExportFormat;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    File,
    Edit,
    View,
}

impl Menu {
    pub const ALL: [Menu; 3] = [Menu::File, Menu::Edit, Menu::View];

    pub fn label(self) -> String {
        match self {
            Menu::File => crate::t!("menu-file"),
            Menu::Edit => crate::t!("menu-edit"),
            Menu::View => crate::t!("menu-view"),
        }
    }
}

/// Every action: a variant here, and its arm in each `match self` below (none has a catch-all
/// arm, so the compiler asks for each one), and in `Action::all`. The menus, the keyboard, the
/// toolbar and the command palette read nothing else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::IntoStaticStr, strum::VariantNames)]
pub enum Action {
    CommandPalette,
    New,
    Open,
    Save,
    SaveAs,
    ProjectProperties,
    Sources,
    Vocabularies,
    CompareWith,
    Import,
    Export(ExportFormat),
    PublishSite,
    Quit,
    Undo,
    Redo,
    Add(Kind),
    CopyCitation,
    DeleteCommitment,
    Find,
    Show(View),
    ReportMode,
    SaveScreenshot,
    CopyScreenshot,
    DarkTheme,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    Language(Lang),
    // Moving through the checklist: keys without a menu item.
    NextCommitment,
    PreviousCommitment,
    PageDown,
    PageUp,
    FirstCommitment,
    LastCommitment,
    EditTitle,
    ClearSelection,
    /// Picks every row the filter shows, for a batch edit.
    SelectAllShown,
}

/// What the action needs to know about the window to build its command.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    pub selected: Option<usize>,
    pub report_mode: bool,
    pub dark: bool,
    /// A step to undo, and one to redo.
    pub undoable: (bool, bool),
    /// How many rows the checklist shows.
    pub shown: usize,
    /// Rows picked for a batch edit (0 when one row alone is selected).
    pub picked: usize,
}

impl Context {
    /// The window as it is now.
    pub fn of(ctx: &egui::Context, state: &crate::app::UiState) -> Self {
        Self {
            selected: state.selected,
            report_mode: state.report_mode,
            dark: ctx.theme() == egui::Theme::Dark,
            undoable: state.undoable,
            shown: state.cache.as_ref().map_or(0, |c| c.order.len()),
            picked: state.multi.ids.len(),
        }
    }
}

/// When a shortcut of the action is taken from the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeysWhen {
    /// Whatever has the keyboard (combinations with Ctrl or Alt, and the F keys).
    Always,
    /// Only when no text field has the keyboard: there plain keys edit the text.
    NotTyping,
    /// As `Always`, except while a note or link draft is being typed: that draft undoes its own
    /// typing, and Ctrl+Z there must not undo the note added before it.
    NotInDraft,
    /// As `NotTyping`, and not while a drop-down is open (Escape only closes it) nor when the
    /// same Escape has just taken the keyboard from a text field.
    NotClosing,
}

/// Where the action sits in the toolbar, if it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToolbarGroup {
    /// The view switch, at the start of the row.
    Views,
    /// The frequent report actions, beside the view they picture.
    Report,
}

/// A line of a menu: an action, a line between groups, or one of the lists built from data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Action(Action),
    Separator,
    /// "Open Recent", from the preferences.
    Recent,
    /// "Export", one item per format.
    ExportMenu,
    /// "Language", one item per interface language.
    LanguageMenu,
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const NONE: Modifiers = Modifiers::NONE;

/// How far Page Up and Page Down move the selection.
const PAGE: i32 = 20;

impl Action {
    /// Every action, in menu order, then the keys that move through the checklist; the menus,
    /// the palette and the reachability tests walk this list (a test checks that every variant
    /// is in it).
    pub fn all() -> Vec<Action> {
        let mut all = vec![
            Action::New,
            Action::Open,
            Action::Save,
            Action::SaveAs,
            Action::ProjectProperties,
            Action::Sources,
            Action::Vocabularies,
            Action::CompareWith,
            Action::Import,
        ];
        all.extend(ExportFormat::ALL.map(Action::Export));
        all.extend([
            Action::PublishSite,
            Action::Quit,
            Action::Undo,
            Action::Redo,
        ]);
        all.extend(Kind::ALL.map(Action::Add));
        all.extend([
            Action::CopyCitation,
            Action::DeleteCommitment,
            Action::Find,
            Action::SelectAllShown,
            Action::CommandPalette,
            Action::Show(View::Checklist),
            Action::Show(View::Dashboard),
            Action::Show(View::Changes),
            Action::ReportMode,
            Action::SaveScreenshot,
            Action::CopyScreenshot,
            Action::DarkTheme,
            Action::ZoomIn,
            Action::ZoomOut,
            Action::ZoomReset,
        ]);
        all.extend(Lang::ALL.map(Action::Language));
        all.extend([
            Action::NextCommitment,
            Action::PreviousCommitment,
            Action::PageDown,
            Action::PageUp,
            Action::FirstCommitment,
            Action::LastCommitment,
            Action::EditTitle,
            Action::ClearSelection,
        ]);
        all
    }

    /// The variant's name, e.g. "Export", without its data.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// Its label in the window's language.
    pub fn label(self) -> String {
        self.label_in(crate::i18n::language())
    }

    /// Its label in a given language: the palette finds an action by any of its names.
    pub fn label_in(self, lang: Lang) -> String {
        let tr = |key: &str| crate::i18n::tr_in(lang, key);
        match self {
            Action::CommandPalette => tr("action-command-palette"),
            Action::New => tr("action-new"),
            Action::Open => tr("action-open"),
            Action::Save => tr("action-save"),
            Action::SaveAs => tr("action-save-as"),
            Action::ProjectProperties => tr("action-project-properties"),
            Action::Sources => tr("action-sources"),
            Action::Vocabularies => tr("action-vocabularies"),
            Action::CompareWith => tr("merge-action-compare"),
            Action::Import => tr("action-import"),
            Action::Export(format) => format!("{}…", format.label_in(lang)),
            Action::PublishSite => tr("action-publish-site"),
            Action::Quit => tr("action-quit"),
            Action::Undo => tr("action-undo"),
            Action::Redo => tr("action-redo"),
            // Each kind its own message: other languages decline the noun after the verb.
            Action::Add(Kind::Reform) => tr("action-add-reform"),
            Action::Add(Kind::PartnershipOffer) => tr("action-add-partnership-offer"),
            Action::Add(Kind::Recommendation) => tr("action-add-recommendation"),
            Action::CopyCitation => tr("action-copy-citation"),
            Action::DeleteCommitment => tr("action-delete-commitment"),
            Action::Find => tr("action-find"),
            Action::Show(View::Checklist) => tr("action-checklist"),
            Action::Show(View::Dashboard) => tr("action-dashboard"),
            Action::Show(View::Changes) => tr("period-view-changes"),
            Action::ReportMode => tr("action-report-mode"),
            Action::SaveScreenshot => tr("action-save-screenshot"),
            Action::CopyScreenshot => tr("action-copy-screenshot"),
            Action::DarkTheme => tr("action-dark-theme"),
            Action::ZoomIn => tr("action-zoom-in"),
            Action::ZoomOut => tr("action-zoom-out"),
            Action::ZoomReset => tr("action-zoom-reset"),
            // Each language by its own name, so anyone can find their way back.
            Action::Language(other) => other.native_name().into(),
            Action::NextCommitment => tr("action-next-commitment"),
            Action::PreviousCommitment => tr("action-previous-commitment"),
            Action::PageDown => tr("action-page-down"),
            Action::PageUp => tr("action-page-up"),
            Action::FirstCommitment => tr("action-first-commitment"),
            Action::LastCommitment => tr("action-last-commitment"),
            Action::EditTitle => tr("action-edit-title"),
            Action::ClearSelection => tr("action-clear-selection"),
            Action::SelectAllShown => tr("action-select-all-shown"),
        }
    }

    /// Its name in the palette, in a given language: an item of a submenu says which
    /// ("Export: HTML page…"), as the item alone would not.
    pub fn palette_label_in(self, lang: Lang) -> String {
        let label = self.label_in(lang);
        match self.submenu_key() {
            Some(key) => format!("{}: {label}", crate::i18n::tr_in(lang, key)),
            None => label,
        }
    }

    /// Its name in the palette, in the window's language.
    pub fn palette_label(self) -> String {
        self.palette_label_in(crate::i18n::language())
    }

    /// The shortcuts that run it; the first is the one the menu shows.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NONE_SET: &[KeyboardShortcut] = &[];
        const PALETTE: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::P), key(CTRL, Key::K)];
        const NEW: &[KeyboardShortcut] = &[key(CTRL, Key::N)];
        const OPEN: &[KeyboardShortcut] = &[key(CTRL, Key::O)];
        const SAVE: &[KeyboardShortcut] = &[key(CTRL, Key::S)];
        const SAVE_AS: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::S)];
        const QUIT: &[KeyboardShortcut] = &[key(CTRL, Key::Q)];
        const UNDO: &[KeyboardShortcut] = &[key(CTRL, Key::Z)];
        const REDO: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::Z), key(CTRL, Key::Y)];
        const DELETE: &[KeyboardShortcut] = &[key(NONE, Key::Delete)];
        const FIND: &[KeyboardShortcut] = &[key(CTRL, Key::F)];
        const REPORT: &[KeyboardShortcut] = &[key(NONE, Key::F11)];
        const SHOT: &[KeyboardShortcut] = &[key(NONE, Key::F12)];
        const COPY_SHOT: &[KeyboardShortcut] = &[key(Modifiers::SHIFT, Key::F12)];
        const ZOOM_IN: &[KeyboardShortcut] = &[key(CTRL, Key::Plus), key(CTRL, Key::Equals)];
        const ZOOM_OUT: &[KeyboardShortcut] = &[key(CTRL, Key::Minus)];
        const ZOOM_RESET: &[KeyboardShortcut] = &[key(CTRL, Key::Num0)];
        const PROPERTIES: &[KeyboardShortcut] = &[key(Modifiers::ALT, Key::Enter)];
        const IMPORT: &[KeyboardShortcut] = &[key(CTRL, Key::I)];
        const ADD_REFORM: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::N)];
        const ADD_OFFER: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::M)];
        const ADD_RECOMMENDATION: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::R)];
        const CITATION: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::C)];
        const CHECKLIST: &[KeyboardShortcut] = &[key(CTRL, Key::Num1)];
        const DASHBOARD: &[KeyboardShortcut] = &[key(CTRL, Key::Num2)];
        const CHANGES: &[KeyboardShortcut] = &[key(CTRL, Key::Num3)];
        const NEXT: &[KeyboardShortcut] = &[key(NONE, Key::ArrowDown)];
        const PREVIOUS: &[KeyboardShortcut] = &[key(NONE, Key::ArrowUp)];
        const PAGE_DOWN: &[KeyboardShortcut] = &[key(NONE, Key::PageDown)];
        const PAGE_UP: &[KeyboardShortcut] = &[key(NONE, Key::PageUp)];
        const FIRST: &[KeyboardShortcut] = &[key(NONE, Key::Home)];
        const LAST: &[KeyboardShortcut] = &[key(NONE, Key::End)];
        const EDIT_TITLE: &[KeyboardShortcut] = &[key(NONE, Key::Enter)];
        const CLEAR: &[KeyboardShortcut] = &[key(NONE, Key::Escape)];
        const SELECT_ALL: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::A)];
        match self {
            Action::CommandPalette => PALETTE,
            Action::New => NEW,
            Action::Open => OPEN,
            Action::Save => SAVE,
            Action::SaveAs => SAVE_AS,
            Action::Quit => QUIT,
            Action::Undo => UNDO,
            Action::Redo => REDO,
            Action::DeleteCommitment => DELETE,
            Action::Find => FIND,
            Action::ReportMode => REPORT,
            Action::SaveScreenshot => SHOT,
            Action::CopyScreenshot => COPY_SHOT,
            Action::ZoomIn => ZOOM_IN,
            Action::ZoomOut => ZOOM_OUT,
            Action::ZoomReset => ZOOM_RESET,
            Action::ProjectProperties => PROPERTIES,
            Action::Import => IMPORT,
            Action::Add(Kind::Reform) => ADD_REFORM,
            Action::Add(Kind::PartnershipOffer) => ADD_OFFER,
            Action::Add(Kind::Recommendation) => ADD_RECOMMENDATION,
            Action::CopyCitation => CITATION,
            Action::Show(View::Checklist) => CHECKLIST,
            Action::Show(View::Dashboard) => DASHBOARD,
            Action::Show(View::Changes) => CHANGES,
            Action::NextCommitment => NEXT,
            Action::PreviousCommitment => PREVIOUS,
            Action::PageDown => PAGE_DOWN,
            Action::PageUp => PAGE_UP,
            Action::FirstCommitment => FIRST,
            Action::LastCommitment => LAST,
            Action::EditTitle => EDIT_TITLE,
            Action::ClearSelection => CLEAR,
            Action::SelectAllShown => SELECT_ALL,
            Action::Sources
            | Action::Vocabularies
            | Action::CompareWith
            | Action::Export(_)
            | Action::PublishSite
            | Action::DarkTheme
            | Action::Language(_) => NONE_SET,
        }
    }

    /// When its keys are taken from the keyboard.
    pub fn keys_when(self) -> KeysWhen {
        match self {
            Action::Undo | Action::Redo => KeysWhen::NotInDraft,
            // Plain keys: in a text field they move the cursor or delete text.
            Action::DeleteCommitment
            | Action::NextCommitment
            | Action::PreviousCommitment
            | Action::PageDown
            | Action::PageUp
            | Action::FirstCommitment
            | Action::LastCommitment
            | Action::EditTitle => KeysWhen::NotTyping,
            Action::ClearSelection => KeysWhen::NotClosing,
            Action::CommandPalette
            | Action::New
            | Action::Open
            | Action::Save
            | Action::SaveAs
            | Action::ProjectProperties
            | Action::Sources
            | Action::Vocabularies
            | Action::CompareWith
            | Action::Import
            | Action::Export(_)
            | Action::PublishSite
            | Action::Quit
            | Action::Add(_)
            | Action::CopyCitation
            | Action::Find
            | Action::SelectAllShown
            | Action::Show(_)
            | Action::ReportMode
            | Action::SaveScreenshot
            | Action::CopyScreenshot
            | Action::DarkTheme
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::ZoomReset
            | Action::Language(_) => KeysWhen::Always,
        }
    }

    /// The command it sends, or `None` when it does not apply now (greyed out in the menu and
    /// the palette, which say why: `why_not`).
    pub fn command(self, cx: Context) -> Option<Command> {
        Some(match self {
            Action::CommandPalette => Command::OpenPalette,
            Action::New => Command::New,
            Action::Open => Command::Open,
            Action::Save => Command::Save,
            Action::SaveAs => Command::SaveAs,
            Action::ProjectProperties => Command::OpenProjectProperties,
            Action::Sources => Command::OpenSources,
            Action::Vocabularies => Command::OpenVocabularies,
            Action::CompareWith => Command::CompareWith,
            Action::Import => Command::Import,
            Action::Export(format) => Command::Export(format),
            Action::PublishSite => Command::PublishSite,
            Action::Quit => Command::Quit,
            Action::Undo => cx.undoable.0.then_some(Command::Undo)?,
            Action::Redo => cx.undoable.1.then_some(Command::Redo)?,
            Action::Add(kind) => Command::AddCommitment(kind),
            Action::CopyCitation => Command::CopyCitation(cx.selected?),
            Action::DeleteCommitment => Command::RequestDelete(cx.selected?),
            Action::Find => Command::FocusSearch,
            Action::Show(view) => Command::SetView(view),
            Action::ReportMode => Command::SetReportMode(!cx.report_mode),
            Action::SaveScreenshot => Command::SaveScreenshot,
            Action::CopyScreenshot => Command::CopyScreenshot,
            Action::DarkTheme => Command::SetDark(!cx.dark),
            Action::ZoomIn => Command::Zoom(0.1),
            Action::ZoomOut => Command::Zoom(-0.1),
            Action::ZoomReset => Command::ResetZoom,
            Action::Language(lang) => Command::SetLanguage(lang),
            // With nothing selected, moving down starts at the first row, up at the last.
            Action::NextCommitment => Command::MoveSelection(1),
            Action::PreviousCommitment => Command::MoveSelection(-1),
            Action::PageDown => Command::MoveSelection(PAGE),
            Action::PageUp => Command::MoveSelection(-PAGE),
            Action::FirstCommitment => Command::MoveSelection(i32::MIN),
            Action::LastCommitment => Command::MoveSelection(i32::MAX),
            Action::EditTitle => {
                cx.selected?;
                Command::EditTitle
            }
            // Report mode hides every control: Escape first brings them back (the hint in the
            // corner says so), and nothing can be deselected there.
            Action::ClearSelection if cx.report_mode => Command::SetReportMode(false),
            // Rows picked for a batch edit go back to the one selected; the next Escape
            // clears that one.
            Action::ClearSelection if cx.picked >= 2 => Command::Select(cx.selected),
            Action::ClearSelection => {
                cx.selected?;
                Command::Select(None)
            }
            Action::SelectAllShown => {
                (cx.shown > 0 && !cx.report_mode).then_some(Command::SelectAllShown)?
            }
        })
    }

    /// Why the action is greyed out now, in a few words; `None` when it is available.
    pub fn why_not(self, cx: Context) -> Option<String> {
        if self.command(cx).is_some() {
            return None;
        }
        Some(match self {
            Action::CopyCitation | Action::DeleteCommitment | Action::EditTitle => {
                crate::t!("palette-needs-selection")
            }
            Action::ClearSelection => crate::t!("palette-nothing-selected"),
            Action::SelectAllShown => crate::t!("palette-nothing-shown"),
            Action::Undo => crate::t!("palette-nothing-to-undo"),
            Action::Redo => crate::t!("palette-nothing-to-redo"),
            Action::CommandPalette
            | Action::New
            | Action::Open
            | Action::Save
            | Action::SaveAs
            | Action::ProjectProperties
            | Action::Sources
            | Action::Vocabularies
            | Action::CompareWith
            | Action::Import
            | Action::Export(_)
            | Action::PublishSite
            | Action::Quit
            | Action::Add(_)
            | Action::Find
            | Action::Show(_)
            | Action::ReportMode
            | Action::SaveScreenshot
            | Action::CopyScreenshot
            | Action::DarkTheme
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::ZoomReset
            | Action::Language(_)
            | Action::NextCommitment
            | Action::PreviousCommitment
            | Action::PageDown
            | Action::PageUp
            | Action::FirstCommitment
            | Action::LastCommitment => crate::t!("palette-not-available"),
        })
    }

    /// Shown with a tick when on.
    pub fn checked(self, cx: Context, view: View) -> Option<bool> {
        match self {
            Action::Show(v) => Some(v == view),
            Action::ReportMode => Some(cx.report_mode),
            Action::DarkTheme => Some(cx.dark),
            Action::Language(lang) => Some(lang == crate::i18n::language()),
            Action::CommandPalette
            | Action::New
            | Action::Open
            | Action::Save
            | Action::SaveAs
            | Action::ProjectProperties
            | Action::Sources
            | Action::Vocabularies
            | Action::CompareWith
            | Action::Import
            | Action::Export(_)
            | Action::PublishSite
            | Action::Quit
            | Action::Undo
            | Action::Redo
            | Action::Add(_)
            | Action::CopyCitation
            | Action::DeleteCommitment
            | Action::Find
            | Action::SaveScreenshot
            | Action::CopyScreenshot
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::ZoomReset
            | Action::NextCommitment
            | Action::PreviousCommitment
            | Action::PageDown
            | Action::PageUp
            | Action::FirstCommitment
            | Action::LastCommitment
            | Action::EditTitle
            | Action::ClearSelection
            | Action::SelectAllShown => None,
        }
    }

    pub fn hint(self) -> Option<String> {
        match self {
            Action::ReportMode => Some(crate::t!("action-report-mode-hint")),
            Action::SaveScreenshot => Some(crate::t!("action-save-screenshot-hint")),
            Action::CopyScreenshot => Some(crate::t!("action-copy-screenshot-hint")),
            Action::ProjectProperties => Some(crate::t!("action-project-properties-hint")),
            Action::Sources => Some(crate::t!("action-sources-hint")),
            Action::Vocabularies => Some(crate::t!("action-vocabularies-hint")),
            Action::CompareWith => Some(crate::t!("merge-action-compare-hint")),
            Action::Show(View::Changes) => Some(crate::t!("period-view-changes-hint")),
            Action::Import => Some(crate::t!("action-import-hint")),
            Action::PublishSite => Some(crate::t!("action-publish-site-hint")),
            Action::CommandPalette => Some(crate::t!("action-command-palette-hint")),
            Action::New
            | Action::Open
            | Action::Save
            | Action::SaveAs
            | Action::Export(_)
            | Action::Quit
            | Action::Undo
            | Action::Redo
            | Action::Add(_)
            | Action::CopyCitation
            | Action::DeleteCommitment
            | Action::Find
            | Action::Show(View::Checklist | View::Dashboard)
            | Action::DarkTheme
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::ZoomReset
            | Action::Language(_)
            | Action::NextCommitment
            | Action::PreviousCommitment
            | Action::PageDown
            | Action::PageUp
            | Action::FirstCommitment
            | Action::LastCommitment
            | Action::EditTitle
            | Action::ClearSelection
            | Action::SelectAllShown => None,
        }
    }

    /// Where it shows in the toolbar, if it does.
    pub fn toolbar(self) -> Option<ToolbarGroup> {
        match self {
            Action::Show(_) => Some(ToolbarGroup::Views),
            Action::ReportMode | Action::SaveScreenshot => Some(ToolbarGroup::Report),
            Action::CommandPalette
            | Action::New
            | Action::Open
            | Action::Save
            | Action::SaveAs
            | Action::ProjectProperties
            | Action::Sources
            | Action::Vocabularies
            | Action::CompareWith
            | Action::Import
            | Action::Export(_)
            | Action::PublishSite
            | Action::Quit
            | Action::Undo
            | Action::Redo
            | Action::Add(_)
            | Action::CopyCitation
            | Action::DeleteCommitment
            | Action::Find
            | Action::CopyScreenshot
            | Action::DarkTheme
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::ZoomReset
            | Action::Language(_)
            | Action::NextCommitment
            | Action::PreviousCommitment
            | Action::PageDown
            | Action::PageUp
            | Action::FirstCommitment
            | Action::LastCommitment
            | Action::EditTitle
            | Action::ClearSelection
            | Action::SelectAllShown => None,
        }
    }

    /// The message naming the submenu it is an item of, if it is in one.
    fn submenu_key(self) -> Option<&'static str> {
        match self {
            Action::Export(_) => Some("menu-export"),
            Action::Language(_) => Some("menu-language"),
            Action::PublishSite
            | Action::CommandPalette
            | Action::New
            | Action::Open
            | Action::Save
            | Action::SaveAs
            | Action::ProjectProperties
            | Action::Sources
            | Action::Vocabularies
            | Action::CompareWith
            | Action::Import
            | Action::Quit
            | Action::Undo
            | Action::Redo
            | Action::Add(_)
            | Action::CopyCitation
            | Action::DeleteCommitment
            | Action::Find
            | Action::Show(_)
            | Action::ReportMode
            | Action::SaveScreenshot
            | Action::CopyScreenshot
            | Action::DarkTheme
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::ZoomReset
            | Action::NextCommitment
            | Action::PreviousCommitment
            | Action::PageDown
            | Action::PageUp
            | Action::FirstCommitment
            | Action::LastCommitment
            | Action::EditTitle
            | Action::ClearSelection
            | Action::SelectAllShown => None,
        }
    }

    /// The text of its first shortcut, as the menu and the palette show it ("Ctrl+S").
    pub fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        self.shortcuts().first().map(|s| ctx.format_shortcut(s))
    }
}

/// What each menu holds, top to bottom.
pub fn menu_entries(menu: Menu) -> Vec<Entry> {
    use Action as A;
    use Entry::{Action as Do, Separator};
    match menu {
        Menu::File => vec![
            Do(A::New),
            Do(A::Open),
            Entry::Recent,
            Separator,
            Do(A::Save),
            Do(A::SaveAs),
            Separator,
            Do(A::ProjectProperties),
            Do(A::Sources),
            Do(A::Vocabularies),
            Do(A::CompareWith),
            Separator,
            Do(A::Import),
            Entry::ExportMenu,
            Do(A::PublishSite),
            Separator,
            Do(A::Quit),
        ],
        Menu::Edit => {
            let mut v = vec![Do(A::Undo), Do(A::Redo), Separator];
            v.extend(Kind::ALL.map(|k| Do(A::Add(k))));
            v.extend([
                Separator,
                Do(A::CopyCitation),
                Do(A::DeleteCommitment),
                Separator,
                Do(A::Find),
                Do(A::SelectAllShown),
            ]);
            v
        }
        Menu::View => vec![
            Do(A::CommandPalette),
            Separator,
            Do(A::Show(View::Checklist)),
            Do(A::Show(View::Dashboard)),
            Do(A::Show(View::Changes)),
            Separator,
            Do(A::ReportMode),
            Do(A::SaveScreenshot),
            Do(A::CopyScreenshot),
            Separator,
            Do(A::DarkTheme),
            Do(A::ZoomIn),
            Do(A::ZoomOut),
            Do(A::ZoomReset),
            Separator,
            Entry::LanguageMenu,
        ],
    }
}

/// Where the action sits in the menus: the menu, and the submenu label when it is nested.
pub fn place(action: Action) -> Option<(Menu, Option<String>)> {
    if let Action::Export(_) = action {
        return Some((Menu::File, Some(export_menu())));
    }
    if let Action::Language(_) = action {
        return Some((Menu::View, Some(language_menu())));
    }
    Menu::ALL
        .into_iter()
        .find(|m| menu_entries(*m).contains(&Entry::Action(action)))
        .map(|m| (m, None))
}

/// The submenu of export formats.
pub fn export_menu() -> String {
    crate::t!("menu-export")
}

/// The submenu of recently opened files.
pub fn recent_menu() -> String {
    crate::t!("menu-open-recent")
}

/// The submenu of interface languages.
pub fn language_menu() -> String {
    crate::t!("menu-language")
}

#[cfg(test)]
mod shortcut_tests {
    use super::*;

    /// Every key of the table, the keys of the checklist and of the palette among them.
    #[test]
    fn no_two_actions_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, Action)> = Vec::new();
        for action in Action::all() {
            for s in action.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(t, _)| t == s) {
                    panic!("{action:?} and {other:?} share {s:?}");
                }
                seen.push((*s, action));
            }
        }
        for s in [
            key(CTRL_SHIFT, Key::P),
            key(CTRL, Key::K),
            key(NONE, Key::ArrowDown),
            key(NONE, Key::Escape),
            key(NONE, Key::Enter),
        ] {
            assert!(seen.iter().any(|(t, _)| *t == s), "{s:?} is in the table");
        }
        assert!(seen.len() > 30, "the table gives most actions a key");
    }

    /// A new variant left out of `Action::all` would be in no menu, no palette and no test.
    #[test]
    fn every_variant_is_listed() {
        use strum::VariantNames as _;
        let all = Action::all();
        for name in Action::VARIANTS {
            assert!(
                all.iter().any(|a| a.name() == *name),
                "Action::{name} is missing from Action::all()"
            );
        }
        for (i, a) in all.iter().enumerate() {
            assert!(!all[..i].contains(a), "{a:?} is listed twice");
        }
    }

    /// Each action is reached from a menu or by a key (the palette lists them all).
    #[test]
    fn every_action_has_a_menu_item_or_a_key() {
        for action in Action::all() {
            assert!(
                place(action).is_some() || !action.shortcuts().is_empty(),
                "{action:?} has neither a menu item nor a key"
            );
        }
    }

    /// Plain keys would type into a text field: the table keeps them for when none has the
    /// keyboard.
    #[test]
    fn plain_keys_wait_for_a_free_keyboard() {
        for action in Action::all() {
            let plain = action
                .shortcuts()
                .iter()
                .any(|s| s.modifiers.is_none() && !matches!(s.logical_key, Key::F11 | Key::F12));
            if plain {
                assert!(
                    matches!(
                        action.keys_when(),
                        KeysWhen::NotTyping | KeysWhen::NotClosing
                    ),
                    "{action:?}"
                );
            }
        }
    }

    /// Greyed-out actions say why; available ones say nothing.
    #[test]
    fn unavailable_actions_say_why() {
        let none = Context::default();
        let some = Context {
            selected: Some(0),
            undoable: (true, true),
            shown: 1,
            ..Context::default()
        };
        for action in Action::all() {
            assert_eq!(
                action.why_not(none).is_some(),
                action.command(none).is_none(),
                "{action:?}"
            );
            assert_eq!(action.why_not(some), None, "{action:?}");
        }
        assert_eq!(
            Action::DeleteCommitment.why_not(none),
            Some(crate::t!("palette-needs-selection"))
        );
        assert_eq!(
            Action::Undo.why_not(none),
            Some(crate::t!("palette-nothing-to-undo"))
        );
    }
}

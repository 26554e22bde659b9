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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    New,
    Open,
    Save,
    SaveAs,
    ProjectProperties,
    Sources,
    CompareWith,
    Import,
    Export(ExportFormat),
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
}

/// What the action needs to know about the window to build its command.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    pub selected: Option<usize>,
    pub report_mode: bool,
    pub dark: bool,
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

impl Action {
    /// Every action, in menu order; the menus and the reachability test walk this list.
    pub fn all() -> Vec<Action> {
        let mut all = vec![
            Action::New,
            Action::Open,
            Action::Save,
            Action::SaveAs,
            Action::ProjectProperties,
            Action::Sources,
            Action::CompareWith,
            Action::Import,
        ];
        all.extend(ExportFormat::ALL.map(Action::Export));
        all.extend([Action::Quit, Action::Undo, Action::Redo]);
        all.extend(Kind::ALL.map(Action::Add));
        all.extend([
            Action::CopyCitation,
            Action::DeleteCommitment,
            Action::Find,
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
        all
    }

    pub fn label(self) -> String {
        match self {
            Action::New => crate::t!("action-new"),
            Action::Open => crate::t!("action-open"),
            Action::Save => crate::t!("action-save"),
            Action::SaveAs => crate::t!("action-save-as"),
            Action::ProjectProperties => crate::t!("action-project-properties"),
            Action::Sources => crate::t!("action-sources"),
            Action::CompareWith => crate::t!("merge-action-compare"),
            Action::Import => crate::t!("action-import"),
            Action::Export(format) => format!("{}…", format.label()),
            Action::Quit => crate::t!("action-quit"),
            Action::Undo => crate::t!("action-undo"),
            Action::Redo => crate::t!("action-redo"),
            // Each kind its own message: other languages decline the noun after the verb.
            Action::Add(Kind::Reform) => crate::t!("action-add-reform"),
            Action::Add(Kind::PartnershipOffer) => crate::t!("action-add-partnership-offer"),
            Action::CopyCitation => crate::t!("action-copy-citation"),
            Action::DeleteCommitment => crate::t!("action-delete-commitment"),
            Action::Find => crate::t!("action-find"),
            Action::Show(View::Checklist) => crate::t!("action-checklist"),
            Action::Show(View::Dashboard) => crate::t!("action-dashboard"),
            Action::Show(View::Changes) => crate::t!("period-view-changes"),
            Action::ReportMode => crate::t!("action-report-mode"),
            Action::SaveScreenshot => crate::t!("action-save-screenshot"),
            Action::CopyScreenshot => crate::t!("action-copy-screenshot"),
            Action::DarkTheme => crate::t!("action-dark-theme"),
            Action::ZoomIn => crate::t!("action-zoom-in"),
            Action::ZoomOut => crate::t!("action-zoom-out"),
            Action::ZoomReset => crate::t!("action-zoom-reset"),
            // Each language by its own name, so anyone can find their way back.
            Action::Language(lang) => lang.native_name().into(),
        }
    }

    /// The shortcuts that run it; the first is the one the menu shows.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: &[KeyboardShortcut] = &[key(CTRL, Key::N)];
        const OPEN: &[KeyboardShortcut] = &[key(CTRL, Key::O)];
        const SAVE: &[KeyboardShortcut] = &[key(CTRL, Key::S)];
        const SAVE_AS: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::S)];
        const QUIT: &[KeyboardShortcut] = &[key(CTRL, Key::Q)];
        const UNDO: &[KeyboardShortcut] = &[key(CTRL, Key::Z)];
        const REDO: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::Z), key(CTRL, Key::Y)];
        const DELETE: &[KeyboardShortcut] = &[key(Modifiers::NONE, Key::Delete)];
        const FIND: &[KeyboardShortcut] = &[key(CTRL, Key::F)];
        const REPORT: &[KeyboardShortcut] = &[key(Modifiers::NONE, Key::F11)];
        const SHOT: &[KeyboardShortcut] = &[key(Modifiers::NONE, Key::F12)];
        const COPY_SHOT: &[KeyboardShortcut] = &[key(Modifiers::SHIFT, Key::F12)];
        const ZOOM_IN: &[KeyboardShortcut] = &[key(CTRL, Key::Plus), key(CTRL, Key::Equals)];
        const ZOOM_OUT: &[KeyboardShortcut] = &[key(CTRL, Key::Minus)];
        const ZOOM_RESET: &[KeyboardShortcut] = &[key(CTRL, Key::Num0)];
        const PROPERTIES: &[KeyboardShortcut] = &[key(Modifiers::ALT, Key::Enter)];
        const IMPORT: &[KeyboardShortcut] = &[key(CTRL, Key::I)];
        const ADD_REFORM: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::N)];
        const ADD_OFFER: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::M)];
        const CITATION: &[KeyboardShortcut] = &[key(CTRL_SHIFT, Key::C)];
        const CHECKLIST: &[KeyboardShortcut] = &[key(CTRL, Key::Num1)];
        const DASHBOARD: &[KeyboardShortcut] = &[key(CTRL, Key::Num2)];
        const CHANGES: &[KeyboardShortcut] = &[key(CTRL, Key::Num3)];
        match self {
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
            Action::CopyCitation => CITATION,
            Action::Show(View::Checklist) => CHECKLIST,
            Action::Show(View::Dashboard) => DASHBOARD,
            Action::Show(View::Changes) => CHANGES,
            _ => &[],
        }
    }

    /// Plain keys (Delete) act only when no text field has the keyboard: there they edit text.
    pub fn needs_free_keyboard(self) -> bool {
        self.shortcuts()
            .first()
            .is_some_and(|s| s.modifiers.is_none() && !matches!(s.logical_key, Key::F11 | Key::F12))
    }

    /// The command it sends, or `None` when it does not apply now (greyed out in the menu).
    pub fn command(self, cx: Context) -> Option<Command> {
        Some(match self {
            Action::New => Command::New,
            Action::Open => Command::Open,
            Action::Save => Command::Save,
            Action::SaveAs => Command::SaveAs,
            Action::ProjectProperties => Command::OpenProjectProperties,
            Action::Sources => Command::OpenSources,
            Action::CompareWith => Command::CompareWith,
            Action::Import => Command::Import,
            Action::Export(format) => Command::Export(format),
            Action::Quit => Command::Quit,
            Action::Undo => Command::Undo,
            Action::Redo => Command::Redo,
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
        })
    }

    /// Shown with a tick when on.
    pub fn checked(self, cx: Context, view: View) -> Option<bool> {
        match self {
            Action::Show(v) => Some(v == view),
            Action::ReportMode => Some(cx.report_mode),
            Action::DarkTheme => Some(cx.dark),
            Action::Language(lang) => Some(lang == crate::i18n::language()),
            _ => None,
        }
    }

    pub fn hint(self) -> Option<String> {
        match self {
            Action::ReportMode => Some(crate::t!("action-report-mode-hint")),
            Action::SaveScreenshot => Some(crate::t!("action-save-screenshot-hint")),
            Action::CopyScreenshot => Some(crate::t!("action-copy-screenshot-hint")),
            Action::ProjectProperties => Some(crate::t!("action-project-properties-hint")),
            Action::Sources => Some(crate::t!("action-sources-hint")),
            Action::CompareWith => Some(crate::t!("merge-action-compare-hint")),
            Action::Show(View::Changes) => Some(crate::t!("period-view-changes-hint")),
            Action::Import => Some(crate::t!("action-import-hint")),
            _ => None,
        }
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
            Do(A::CompareWith),
            Separator,
            Do(A::Import),
            Entry::ExportMenu,
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
            ]);
            v
        }
        Menu::View => vec![
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
        assert!(seen.len() > 20, "the table gives most actions a key");
    }
}

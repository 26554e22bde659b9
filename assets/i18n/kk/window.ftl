# Терезе: мәзірлер, құралдар тақтасы, сұрақтар, диалогтар, күй жолағы, іздеу мен сүзгілер,
# бағдарлама хабарлары және солар арқылы пайдаланушыға жететін файл қателері.
# Глоссарий (терминдер барлық файлда бірдей):
#   project — жоба; tracker — трекер; commitment — міндеттеме; source document — дереккөз;
#   evidence link — дәлел (сілтеме); status — мәртебе; as of — (күнгі) күйі бойынша;
#   report mode — есеп режимі; screenshot — экран суреті; read-only — тек оқу үшін;
#   unsaved changes — сақталмаған өзгерістер; recovery copy — қалпына келтіру көшірмесі;
#   Save As — Басқаша сақтау; export — экспорт; checklist — тізім; dashboard — шолу;
#   citation — дәйексөз; folder — қалта.

## Мәзірлер

menu-file = Файл
menu-edit = Түзету
menu-view = Көрініс
menu-export = Экспорт
menu-open-recent = Соңғы файлдар
menu-language = Тіл
menu-no-recent-files = Соңғы файлдар жоқ

## Мәзір пункттері және олардың кеңестері

action-new = Жаңа
action-open = Ашу…
action-save = Сақтау
action-save-as = Басқаша сақтау…
action-project-properties = Жоба қасиеттері…
action-sources = Дереккөздер…
action-vocabularies = Сөздіктер…
action-quit = Шығу
action-undo = Болдырмау
action-redo = Қайталау
action-add-reform = Реформа қосу
action-add-partnership-offer = Серіктестік ұсынысын қосу
action-add-recommendation = Ұсыным қосу
action-copy-citation = Дәйексөзді көшіру
action-delete-commitment = Міндеттемені жою…
action-find = Іздеу
action-checklist = Тізім
action-dashboard = Тақта
action-report-mode = Есеп режимі
action-save-screenshot = Экран суретін сақтау…
action-copy-screenshot = Экран суретін көшіру
action-dark-theme = Қараңғы тақырып
action-zoom-in = Үлкейту
action-zoom-out = Кішірейту
action-zoom-reset = Нақты өлшем
action-report-mode-hint = Таза экран суреті үшін өңдеу элементтерін жасыру
action-save-screenshot-hint = Терезені пиксель тығыздығын екі есе арттырып, PNG ретінде жазу
action-copy-screenshot-hint = Терезенің суретін алмасу буферіне салу
action-project-properties-hint = Атауы, сипаттамасы және бағалаулар өзекті болатын күн
action-sources-hint = Міндеттемелер алынған сөйлеулер, заңдар мен мәлімдемелер
action-vocabularies-hint = Жазбаларды белгілейтін тақырыптар, қамтылған топтар, ТДМ міндеттері және жауапты органдар
action-command-palette = Пәрмендер палитрасы…
action-command-palette-hint = Кез келген әрекетті атауының бірнеше әрпін теріп табыңыз
action-next-commitment = Келесі міндеттеме
action-previous-commitment = Алдыңғы міндеттеме
action-page-down = Тізім бойынша бір бет төмен
action-page-up = Тізім бойынша бір бет жоғары
action-first-commitment = Бірінші міндеттеме
action-last-commitment = Соңғы міндеттеме
action-edit-title = Атауын өзгерту
action-clear-selection = Таңдауды алып тастау
action-select-all-shown = Көрсетілгеннің бәрін таңдау

## Пәрмендер палитрасы

palette-title = Әрекетті табу
palette-hint = Атауының бірнеше әрпі, кез келген тілде
palette-keys = ↑ ↓ таңдау · Enter орындайды · Esc жабады
palette-nothing-found = Атауында мұндай әріптер бар әрекет жоқ
palette-needs-selection = Алдымен міндеттемені таңдаңыз
palette-nothing-selected = Ештеңе таңдалмаған
palette-nothing-shown = Бірде-бір жол көрсетілмеген
palette-nothing-to-undo = Болдырмайтын ештеңе жоқ
palette-nothing-to-redo = Қайталайтын ештеңе жоқ
palette-not-available = Қазір қолжетімсіз

## Құралдар тақтасы

toolbar-as-of = Күні
toolbar-as-of-hint = бүгін
toolbar-as-of-tooltip = Бүкіл трекерді осы күнгі күйінде көрсету (ЖЖЖЖ-АА-КК)
toolbar-back-to-today = Бүгін
toolbar-back-to-today-hint = Бүгінге оралу: трекер қазіргі күйінде
toolbar-showing-as-of = Трекер { $date } күнгі күйінде көрсетілген: мәртебелер, көрсеткіштер мен экспорт осы күнге сәйкес.
toolbar-report-mode-hint = Есеп режимі: басқару элементтерін қайта көрсету үшін Esc (немесе F11) пернесін басыңыз

## Терезе

window-as-of = Трекердің { $date } күнгі күйі
window-date-hint = ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ
window-untitled = Атаусыз
window-title = { $name } — Reform Tracker
window-opening = { $path } ашылуда…
window-saving = { $path } сақталуда…
window-new-commitment = Жаңа міндеттеме
window-new-recommendation = Жаңа ұсыным
window-time-at = { $date }, сағат { $time }

## Бірдеңе жоғалуы мүмкін болғанда қойылатын сұрақтар

prompt-unsaved-before-new = Жаңа жоба бастамас бұрын { $name } өзгерістерін сақтау керек пе?
prompt-unsaved-before-open = Басқа жобаны ашпас бұрын { $name } өзгерістерін сақтау керек пе?
prompt-unsaved-before-close = Жаппас бұрын { $name } өзгерістерін сақтау керек пе?
prompt-unsaved-body = Сақтамасаңыз, өзгерістеріңіз жоғалады.
prompt-unsaved-notes = Терілген, бірақ әлі қосылмаған жазбалар: «Сақтау» алдымен оларды өз міндеттемелеріне қосады.
prompt-save = Сақтау
prompt-dont-save = Сақтамау
prompt-cancel = Бас тарту
prompt-changed-on-disk-title = { $name } файлын басқа бағдарлама өзгертті
prompt-changed-on-disk-body = Дискідегі файл сіз ашқан немесе соңғы рет сақтаған файл емес. Оны өз нұсқаңызбен қайта жазыңыз, дискіден қайта жүктеңіз (сақталмаған өзгерістер жойылады) немесе өз нұсқаңызды басқа атпен сақтаңыз.
watch-what-changed = Басқа бағдарлама не өзгертті:
watch-more = { $count ->
   *[other] және тағы { $count } өзгеріс
}
watch-merge = Олардың өзгерістерін біріктіру
watch-merge-hint = Сақталмаған жұмысыңызды сақтап, оған басқа бағдарламаның өзгерістерін қосу — git тармақтарды біріктіргендей; екі жақ бір нәрсені өзгерткен жерде қақтығыстар тізімінде шешесіз.
watch-side-ours = осы терезедегі сақталмаған жұмысыңыз
watch-side-theirs = басқа бағдарлама қалдырған { $name }
watch-reloaded = { $name } басқа бағдарламамен өзгертілді және қайта жүктелді (сақталмаған өзгерістер болған жоқ).
watch-merged = { $count ->
    [0] Олардың өзгерістері жұмысыңызбен қақтығыссыз біріктірілді. Сақтап қойыңыз.
   *[other] Олардың өзгерістері жұмысыңызбен біріктірілді; шешілетін { $count } қақтығыс қалды.
}
prompt-overwrite = Қайта жазу
prompt-reload = Дискіден қайта жүктеу
prompt-save-elsewhere = Басқа жерге сақтау…
prompt-comments-title = { $name } файлында түсініктемелер бар
prompt-comments-body = Біреу бұл файлға түсініктемелер (// … немесе /* … */) жазған. Reform Tracker сақтаған кезде жобаны жаңадан жазады, сондықтан файлдың үстіне сақтау барлық түсініктемені жояды. Бұл файлды өзгеріссіз қалдыру үшін жұмысыңызды жаңа файл ретінде сақтаңыз немесе бәрібір сақтаңыз.
prompt-save-as-new-file = Жаңа файл ретінде сақтау…
prompt-save-anyway = Түсініктемелерді жойып, бәрібір сақтау
prompt-recovery-title = Сақталмаған жұмысты қалпына келтіру керек пе?
prompt-recovery-body = Reform Tracker бұл жұмыс сақталмай тұрып жабылып қалды:
prompt-recovery-draft = { $id } үшін жазылып жатқан жазба: «{ $note }»
prompt-recovery-copy = «{ $title }» — { $count ->
        [one] { $count } міндеттеме
       *[other] { $count } міндеттеме
    }, { $from } файлынан, көшірме { $when } жасалған.
prompt-recovery-copy-untitled = «{ $title }» — { $count ->
        [one] { $count } міндеттеме
       *[other] { $count } міндеттеме
    }, атаусыз жобадан, көшірме { $when } жасалған.
prompt-recovery-recommendations = Онда сондай-ақ ұсынымдар бар: { $count }.
prompt-recovery-more = { $count ->
        [one] Келесі кезекте тағы { $count } көшірме ұсынылады.
       *[other] Келесі кезекте тағы { $count } көшірме ұсынылады.
    }
prompt-restore = Қалпына келтіру
prompt-discard = Тастау
prompt-read-only-banner = Тек оқу үшін ашылды: { $reason }. Көшірмесін жаңа атпен сақтау үшін Файл > Басқаша сақтау… пәрменін қолданыңыз.
prompt-delete-title = Бұл міндеттемені жою керек пе?
prompt-delete-body = Оның тарихы, дәлелдері мен жазбалары бірге жойылады. Түзету > Болдырмау оны қайтарады.
prompt-delete = Жою

## Хабарлар және файл жолын енгізу

dialog-ok = ОК
dialog-file-path = Файл жолы
dialog-save = Сақтау
dialog-open = Ашу

## Жоба қасиеттері

project-properties-title = Жоба қасиеттері
project-title = Жоба атауы
project-title-hint = мысалы, Қазақстан: 2022 жылғы наурыз реформалары
project-description = Сипаттама
project-description-hint = Трекер нені қадағалайды және қалай бағалайды
project-as-of = Бағалаулар өзекті болатын күн
project-needs-title = Жобаның атауы болуы керек.
project-title-tooltip = Атауын, сипаттамасын және күнін өзгерту үшін басыңыз (Файл → Жоба қасиеттері…)

## Дереккөздер

sources-title = Дереккөздер
sources-intro = Міндеттемелер алынған құжаттар. Міндеттеме өз дереккөзін идентификаторы арқылы көрсетеді.
sources-add = Дереккөз қосу…
sources-close = Жабу
sources-none = Әзірге дереккөз жоқ. Міндеттемелер алынған сөйлеуді немесе заңды қосыңыз.
sources-edit = Өзгерту
sources-edit-name = { $id } дереккөзін өзгерту
sources-remove = Жою
sources-remove-name = { $id } дереккөзін жою
sources-link-refused = Сілтеме ашылмады: { $reason }
sources-cited-by-none = Ешбір міндеттеме сілтеме жасамайды
sources-cited-by-one = { $id } сілтеме жасайды
sources-cited-by = { $count ->
        [one] { $count } міндеттеме сілтеме жасайды: { $ids }
       *[other] { $count } міндеттеме сілтеме жасайды: { $ids }
    }
sources-remove-title = «{ $title }» жойылсын ба?
sources-remove-body = { $count ->
        [one] Оған { $count } міндеттеме сілтеме жасайды
       *[other] Оған міндеттемелер сілтеме жасайды
    }: { $ids }. Олар «{ $id }» идентификаторын сақтайды, бірақ ол енді ешбір құжатты көрсетпейді.
sources-remove-anyway = Бәрібір жою
sources-keep = Қалдыру
sources-edit-title = Дереккөзді өзгерту
sources-new-title = Жаңа дереккөз
sources-id = Дереккөз идентификаторы
sources-id-hint = қысқа кілт, мысалы address-2022-03-16
sources-id-fixed = Міндеттемелер сілтеме жасайды, сондықтан идентификатор өзгермейді
sources-field-title = Дереккөз атауы
sources-field-title-hint = мысалы, Мемлекет басшысының Қазақстан халқына Жолдауы
sources-field-publisher = Жариялаушы
sources-field-publisher-hint = мысалы, Ақорда
sources-field-date = Дереккөз күні
sources-field-url = Мекенжай (URL)
sources-field-url-hint = https://… (белгісіз болса, бос қалдырыңыз)
sources-field-note = Дереккөз туралы жазба
sources-field-note-hint = мысалы, ресми ағылшынша мәтін
sources-save = Дереккөзді сақтау
sources-problem-no-id = Дереккөзге қысқа идентификатор беріңіз.
sources-problem-duplicate-id = «{ $id }» идентификаторы басқа дереккөзде бар.
sources-problem-no-title = Дереккөзге атау беріңіз.
sources-problem-date = Күні: { $error }
sources-problem-url = Бұл мекенжайды пайдалану мүмкін емес: { $reason }.

## Күй жолағы және жиынтық жолы

statusbar-untitled = Атаусыз — әлі файлға сақталмаған
statusbar-read-only = Тек оқу үшін: { $reason }
statusbar-unsaved = Сақталмаған өзгерістер бар
statusbar-saved = Барлық өзгерістер сақталды
summary-not-assessed-left-out = («Бағаланбаған» есепке алынбаған)
summary-evidence-links = { $count ->
        [one] { $count } дәлел
       *[other] { $count } дәлел
    }

## Іздеу және сүзгілер

search-label = Іздеу
search-hint = атаулар, дәйексөздер, жазбалар, дәлелдер (Ctrl+F)
search-clear = Тазарту
search-status = Мәртебе
search-any = Барлығы
search-statuses = { $count ->
        [one] { $count } мәртебе
       *[other] { $count } мәртебе
    }
search-kind = Түрі
search-show = Көрсету
search-term = Терминмен
search-actor = Орындаушы
search-category = Санат
search-tag = Тег
search-concern = Алаңдаушылық белгіленген
search-overdue = Мерзімі өткен
search-no-evidence = Әзірге дәлелсіз
search-standing = Күйі
search-standing-tooltip = Көрсетілген күні күшінде немесе кейінгі міндеттемемен ауыстырылған; ішінара ауыстырылғаны екеуіне де жатады
search-sort = Сұрыптау
overdue-by = { $count ->
        [one] Мерзімі { $count } күнге өтті
       *[other] Мерзімі { $count } күнге өтті
    }
overdue-tooltip = Көрсетілген күнгі жағдай бойынша мерзімі өтіп кеткен және орындалмаған

## Файл таңдау терезелері

file-dialog-open = Жобаны ашу
file-dialog-save-as = Жобаны басқаша сақтау
file-dialog-export-csv = CSV ретінде экспорттау
file-dialog-export-markdown = Markdown ретінде экспорттау
file-dialog-export-html = HTML ретінде экспорттау
file-dialog-screenshot = Экран суретін сақтау
file-dialog-filter-project = Reform Tracker жобасы
file-dialog-filter-csv = CSV кестесі
file-dialog-filter-markdown = Markdown
file-dialog-filter-html = Веб-бет
file-dialog-filter-png = PNG суреті
file-dialog-filter-all = Барлық файлдар

## Хабарлар

msg-open-failed-title = { $name } ашылмады
msg-open-failed-body = Ештеңе өзгерген жоқ: файл сол күйінде қалды, ал ашық тұрған жобаңыз әлі ашық.
msg-kept-file-title = { $name } үстіне сақталмады
msg-kept-file-body = { $name } сол күйінде қалдырылды: { $reason }.

    Басқа ат таңдаңыз, мысалы «{ $copy }». Өзгерістеріңіз осында, бірақ сақталмаған.
msg-kept-read-only = ол тек оқу үшін ашылған ({ $reason })
msg-kept-changed-on-disk = оны басқа бағдарлама өзгертті және сол бағдарламаның нұсқасы сақталды
msg-kept-comments = онда сақтаған кезде жойылатын түсініктемелер бар. Бәрібір ауыстыру үшін Файл > Сақтау пәрменін таңдап, «Бәрібір сақтау» түймесін басыңыз
msg-still-saving-title = Сақтау әлі жүріп жатыр
msg-still-saving-body = Алдыңғы сақтау әлі аяқталған жоқ; сәлден соң қайталап көріңіз.
msg-save-failed-title = Жоба сақталмады
msg-save-failed-body = Өзгерістеріңіз осында, бірақ сақталмаған.
msg-no-dialog-started = Файл таңдау терезесін ашу мүмкін болмады.
msg-no-dialog-available = Бұл жүйеде файл таңдау терезесін көрсету мүмкін емес (жұмыс үстелі порталы да, zenity де табылмады).
msg-type-path-instead = { $reason } Файл жолын қолмен енгізіңіз.
msg-recovery-failed-title = Қалпына келтірілген жұмысты оқу мүмкін болмады
msg-recovery-failed-body = Қалпына келтіру көшірмесі мына жерде сақталды: { $path }.
msg-export-saved-title = Экспорт сақталды
msg-export-saved-body = { $format } файлы жазылды: { $path }.
msg-export-failed-title = Экспорт сақталмады
msg-screenshot-copied-title = Экран суреті көшірілді
msg-screenshot-copied-body = Оны есебіңізге қойыңыз.
msg-screenshot-saved-title = Экран суреті сақталды
msg-screenshot-saved-body = Сақталған орны: { $path }.
msg-screenshot-failed-title = Экран суреті сақталмады
msg-citation-copied = Дәйексөз көшірілді
msg-link-refused-title = Бұл сілтеме ашылмады
msg-png-encode-failed = PNG кодтау мүмкін болмады: { $error }

## Файл қателері (жобаны оқу және сақтау), жоғарыдағы хабарларда көрсетіледі

storage-at-line = , { $line }-жол
storage-at-column = , { $column }-баған
storage-at-field = , { $path } өрісінде
storage-could-not-save = { $file } сақталмады: { $happened }. { $todo }
storage-disk-full = диск толып қалды
storage-quota = диск квотаңыз таусылды
storage-read-only-disk = { $folder } орналасқан диск тек оқу үшін
storage-no-permission = қалта тек оқу үшін ({ $folder } ішіне жазуға рұқсат жоқ)
storage-name-is-folder = бұл ат — файл емес, қалта
storage-path-part-is-file = { $folder } жолының бір бөлігі — қалта емес, файл
storage-no-folder = { $folder } қалтасы жоқ
storage-write-refused = жүйе жазудан бас тартты ({ $error })
storage-todo-try-again = Қайталап көріңіз немесе Файл → Басқаша сақтау… арқылы басқа жерге сақтаңыз
storage-todo-free-space = Орын босатып, қайта сақтаңыз немесе Файл → Басқаша сақтау… арқылы басқа дискіге сақтаңыз
storage-todo-choose-name = Файл → Басқаша сақтау… арқылы файл атын таңдаңыз
storage-todo-save-elsewhere = Файл → Басқаша сақтау… арқылы басқа жерге сақтаңыз
storage-current-folder = «.» (ағымдағы қалта)
storage-ron-eof = файл тым ерте аяқталады; ол қиылып қалған болуы мүмкін
storage-ron-too-deep = деректер жоба файлы үшін тым терең ұяланған
storage-ron-not-utf8 = файл UTF-8 мәтіні емес
storage-ron-trailing = жобаның соңынан кейін күтпеген мәтін бар
storage-ron-unknown-variant = белгісіз { $what } мәні "{ $found }"; күтілгені: { $expected }
storage-ron-missing-field = "{ $field }" өрісі жоқ
storage-ron-duplicate-field = "{ $field }" өрісі бірнеше рет кездеседі
storage-ron-invalid-value = { $expected } күтілді, бірақ { $found } табылды
storage-ron-expected-named-struct = { $name } жазбасын бастайтын `(` күтілді
storage-ron-different-name = мұнда { $name } жазбасы күтілді, бірақ файлда ол «{ $found }» деп аталған
storage-ron-a-record = жақшадағы { $name } жазбасы
storage-ron-a-choice = { $name } атауларының бірі
storage-ron-expected-struct = жазбаны бастайтын `(` күтілді
storage-ron-expected-struct-end = жазбаны аяқтайтын `)` күтілді
storage-ron-expected-list = тізімді бастайтын `[` күтілді
storage-ron-expected-list-end = тізімді аяқтайтын `]` күтілді
storage-ron-expected-integer = бүтін сан күтілді
storage-ron-integer-bounds = бұл жердегі сан тым үлкен немесе тым кіші
storage-ron-expected-string = қос тырнақшадағы мәтін күтілді
storage-ron-expected-string-end = мәтіннің жабатын тырнақшасы жоқ
storage-ron-expected-boolean = true немесе false күтілді
storage-ron-expected-option = Some(…) немесе None күтілді
storage-ron-expected-comma = үтір күтілді
storage-ron-expected-colon = қос нүкте күтілді
storage-ron-unexpected-char = күтілмеген таңба { $char }
storage-file-empty = файл бос
storage-conflict-markers = файлда git қайшылық белгілері бар (<<<<<<<): бұл клонда Reform Tracker біріктіру драйвері бапталмағандықтан, git оны қарапайым мәтін ретінде біріктірді. Репозиторийде «reform-tracker git-setup» іске қосыңыз, содан кейін файлды драйвермен қайта біріктіру үшін «git checkout -m { $file }» орындаңыз (сонда қайшылықтар файлға жазылады және терезеде шешіледі).
storage-is-folder = бұл — жоба файлы емес, қалта
storage-too-large = файл { $mib } МиБ-тан үлкен, жоба файлы үшін тым үлкен
storage-not-found = файл жоқ (ол жылжытылған немесе жойылған болуы мүмкін)
storage-no-read-permission = бұл файлды оқуға рұқсатыңыз жоқ
storage-read-failed = файлды оқу мүмкін болмады ({ $error })
storage-not-utf8 = файл UTF-8 мәтіні емес (ол екілік файл немесе басқа кодтаудағы мәтін болуы мүмкін)
storage-cut-off = файл тым ерте аяқталады; ол қиылып қалған болуы мүмкін ({ $message })
storage-read-back-differs = сақталған мәтін қайта оқылғанда дәл сол жоба болып шықпайды (Reform Tracker ақауы)
storage-todo-report-fault = Файлыңыз өзгертілген жоқ. Reform Tracker-ді жаппай, бұл мәселе туралы хабарлаңыз
storage-file-read-only = файл тек оқу үшін деп белгіленген
storage-todo-writable = Оны Файл → Басқаша сақтау… арқылы басқа атпен сақтаңыз немесе файлға жазуға рұқсат беріңіз
storage-special-file = бұл ат — жоба файлы емес, құрылғы немесе басқа арнайы файл
storage-link-loop = бұл ат — өзіне қайта оралатын сілтеме
storage-backup-failed = алдыңғы нұсқаны сақтық көшірме ретінде қалдыру үшін оқу мүмкін болмады ({ $error })
storage-recovery-copy-failed = қалпына келтіру көшірмесін жасау мүмкін болмады ({ $error })
storage-todo-save = Жұмысыңызды Файл → Сақтау арқылы сақтаңыз
storage-to-text-failed = жобаны мәтінге айналдыру мүмкін болмады ({ $error })
storage-todo-report = Файлыңыз өзгертілген жоқ. Бұл мәселе туралы хабарлаңыз
storage-newer-format = Reform Tracker-дің жаңарақ нұсқасында жасалған (файл форматы { $version }; бұл нұсқа { $current } және одан ескі форматтарды оқиды). Оны Reform Tracker-дің жаңарақ нұсқасымен ашыңыз
storage-unknown-format = { $version } файл форматын Reform Tracker ешқашан жасамаған
storage-newer-version = Reform Tracker-дің жаңарақ нұсқасында ({ $version }) жасалған
storage-unknown-fields = бұл нұсқа білмейтін өрістер: { $fields }
storage-unknown-fields-more = бұл нұсқа білмейтін өрістер: { $fields } және тағы { $count }

## Жоба файлын командалық жолдан тексеру және пішімдеу

storage-cli-summary = { $path }: { $count ->
        [one] { $count } міндеттеме
       *[other] { $count } міндеттеме
    } ({ $kinds }); { $statuses }; { $links ->
        [one] { $links } дәлел
       *[other] { $links } дәлел
    }
storage-cli-reforms = { $count ->
        [one] { $count } реформа
       *[other] { $count } реформа
    }
storage-cli-recommendations = ; сондай-ақ ұсынымдар: { $count } ({ $statuses })
storage-cli-partnership-offers = { $count ->
        [one] { $count } серіктестік ұсынысы
       *[other] { $count } серіктестік ұсынысы
    }
storage-cli-no-statuses = мәртебелер жоқ
storage-cli-read-only = ; тек оқу үшін ашылады: { $reason }
storage-cli-conflicts = { $count ->
    [one] ; { $count } біріктіру қайшылығы шешілмеген (оны терезеде шешіңіз):
   *[other] ; { $count } біріктіру қайшылығы шешілмеген (оларды терезеде шешіңіз):
}
storage-cli-would-lose-data = { $origin }: қайта жазылмады, әйтпесе деректер жоғалар еді: { $reason }
storage-cli-would-lose-comments = { $origin }: қайта жазылмады, әйтпесе түсініктемелер (// немесе /* */) жоғалар еді; файлды пішімдеу үшін алдымен оларды жойыңыз

summary-filtered-recommendations = Сүзгі қосулы: көрсеткіштер { $total } ұсынымның көрсетілген { $shown } ұсынымы бойынша
summary-filtered = Сүзгі қосулы: көрсеткіштер { $total } міндеттеменің көрсетілген { $shown } міндеттемесі бойынша

## A file git left conflict markers in.
markers-resolve = Терезеде шешу
markers-side-ours = сіздің тармағыңыз (HEAD)
markers-side-theirs = біріктірілетін тармақ
markers-unreadable-title = { $name } ішіндегі екі нұсқаны оқу мүмкін болмады
markers-unreadable-body = Git файлда екі нұсқаны да қалдырды, бірақ олардың бірі толық жоба емес. Файлды қайта біріктіру үшін reform-tracker git-setup, содан кейін файлға git checkout -m орындаңыз.
markers-resolved = { $count ->
    [0] Екі нұсқа қақтығыссыз біріктірілді. Файлды маркерсіз жазу үшін сақтаңыз.
   *[other] Екі нұсқа біріктірілді; шешілетін { $count } қақтығыс қалды. Сақтағанда файл маркерсіз жазылады.
}

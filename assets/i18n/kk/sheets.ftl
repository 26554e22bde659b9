# Кестелер: трекерді CSV, Excel немесе LibreOffice-тен импорттау және Excel-ге экспорттау.
# Глоссарий (бүкіл файлда бір сөздер):
#   импорт, парақ, баған, жол, тақырып жолы, сәйкестендіру (әр баған қай өрісті толтырады),
#   өріс, қабылданбаған жол (себебімен қалдырылған жол), формула, кітап, жиынтық,
#   міндеттеме, мәртебе, дәлел сілтемесі, тарих, ескертпе.

## Бағанның толтыра алатын өрістері, сәйкестендіру терезесінде.
import-target-ignore = Импорттамау
import-target-id = Идентификатор
import-target-kind = Түрі
import-target-actor = Кім уәде берді
import-target-parent = Кеңірек міндеттеме (идентификатор)
import-target-title = Атауы
import-target-quote = Дәйексөз
import-target-source = Дереккөз құжат (идентификатор)
import-target-date-committed = Міндеттеме күні
import-target-category = Санат
import-target-responsible = Жауапты орган
import-target-deadline = Мерзім
import-target-status = Мәртебе
import-target-status-date = Мәртебе күні
import-target-importance = Маңыздылығы
import-target-concern = Алаңдаушылық белгісі
import-target-tags = Белгілер
import-target-evidence-url = Дәлел сілтемесі
import-target-note = Ескертпе
import-target-replaced-on = Ауыстырылған күні
import-target-replaced-by = Немен ауыстырылды (идентификаторлар)
import-target-replaced-partly = Ішінара ауыстырылды
import-target-replaced-note = Ауыстыру түсіндірмесі
import-target-replaced-evidence = Ауыстыру дәлелдері (идентификаторлар)
import-target-next-evidence-id = Келесі дәлел нөмірі
import-target-uhri-id = UHRI идентификаторы (UHRI-… ретінде сақталады)
import-target-recommendation-text = Ұсыным мәтіні (алдымен тармақ нөмірі)
import-target-mechanism = Механизм (ұсыным берген орган)
import-target-cycle = Шолу циклі немесе сессиясы
import-target-recommending = Ұсыным берген мемлекеттер
import-target-position = Мемлекеттің ұстанымы
import-target-themes = Тақырыптар
import-target-affected-groups = Қамтылған топтар
import-target-sdgs = ТДМ міндеттері

## Жолдың неге қабылданбағаны.
import-refused-row = { $row }-жол: { $reason }
import-refused-no-id-title = идентификатор да, атау да жоқ
import-refused-no-title = { $id } — атауы жоқ жаңа міндеттеме
import-refused-bad-date = { $column } бағанындағы «{ $text }» күн емес (2024-03-16, 16.03.2024, 2024-03 немесе 2024 деп жазыңыз)
import-refused-unknown-status = белгісіз мәртебе «{ $word }» (оның неге сәйкес келетінін сақталған сәйкестендіруде көрсетіңіз: терезеде «Сәйкестендіруді сақтау…», содан кейін --map)
import-refused-duplicate-id = { $id } идентификаторы { $row }-жолда бар
import-refused-formula = { $column } бағанында мән емес, формула тұр (мән ретінде қойыңыз)
import-refused-cell-too-large = { $column } бағанында { $count ->
        [one] { $count } таңба
       *[other] { $count } таңба
    } бар — ұяшыққа рұқсат етілгеннен көп
import-refused-bad-value = «{ $text }» { $column } бағанына сәйкес келмейді
import-refused-before-history = { $date } мәртебе күні соңғы жазылған өзгерістен ({ $last }) ерте; тарих ешқашан қайта жазылмайды
import-refused-unsafe-link = { $url } сілтемесі қалдырылды: { $reason }
import-refused-status-left-out = «{ $word }» мәртебесі бар жолдарды импорттамау таңдалды
import-refused-unknown-position = { $column } бағанындағы «{ $text }» қолданбаға белгілі ұстаным емес (Supported, Supported/Noted, Noted)
import-warning-unknown-source = «{ $id }» дереккөз идентификаторы жобаның ешбір дереккөз құжатын атамайды (жол импортталды; дереккөзді қосыңыз немесе идентификаторды түзетіңіз)

## Импортталған мәртебе өзгерісі алатын тарих жазбасы.
import-history-note = { $file } файлынан импортталды

## Ештеңе өзгермей тұрып көрсетілетін жиынтық.
import-summary = жаңа: { $new }, жаңартылған: { $updated }, { $changes ->
        [one] { $changes } мәртебе өзгерісі
       *[other] { $changes } мәртебе өзгерісі
    }, { $refused ->
        [one] { $refused } жол қабылданбады
       *[other] { $refused } жол қабылданбады
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } ескерту
       *[other] , { $warnings } ескерту
    }
import-note-rows-cut = Тек алғашқы { $read } жол оқылды; парақта { $total } жол бар. Қалғанын импорттау үшін парақты бөліңіз.
import-note-rows-cut-unknown = Тек алғашқы { $read } жол оқылды; парақта одан көп. Қалғанын импорттау үшін парақты бөліңіз.
import-note-columns-cut = Тек алғашқы { $kept } баған оқылды.
import-note-only-commitments = Осы трекерге біріктіргенде тек Commitments парағы қолданылады: кітаптағы дәлелдер, тарих, жазбалар, ұсынымдар, байланыстар мен терминдер біріктірілмейді. Бүкіл кітапты алу үшін оны жаңа жоба ретінде импорттаңыз.
import-note-recommendations-as-of = Кітаптың Recommendations және Links парақтары { $date } күнгі күйді көрсетеді: осы күннен кейін күні қойылған жауаптар мен байланыстар онда жоқ, сондықтан импортталмайды. Бүкіл трекерді алу үшін оны күнсіз экспорттаңыз.
import-note-recommendation-columns = Осы трекерге біріктіргенде файлдың ұсыным бағандары (mechanism, paragraph, recommending, response, terms, links) оқылмайды. Оларды алу үшін файлды жаңа жоба ретінде импорттаңыз.
import-note-merged = { $count ->
        [one] { $count } біріктірілген ауқым: оның мәні
       *[other] { $count } біріктірілген ауқым: әрқайсысының мәні
    } өзі қамтитын әр ұяшыққа көшірілді.
import-no-id-or-title = Идентификаторға да, атауға да бірде-бір баған сәйкестендірілмеген: олар қай бағанда екенін таңдаңыз.

## Файлды оқу қателері.
import-error-io = Файлды оқу мүмкін болмады: { $error }
import-error-type = «.{ $extension }» деп аяқталатын файлдарды импорттауға болмайды. Импорт .csv, .xlsx, .xls және .ods файлдарын оқиды.
import-error-too-large = Файл { $limit } МБ-тан үлкен — импорт оқитыннан көп.
import-error-zip-bomb = Кітап ашылғанда { $limit } МБ-тан асар еді: ол ықтимал zip-бомба ретінде қабылданбады.
import-error-not-workbook = Файл кітап деп аталған, бірақ кітап емес: бәлкім, атауы өзгертілген мәтін файлы. Егер бұл CSV болса, оған .csv жалғауын беріңіз.
import-error-not-text = Файлда мәтін емес, екілік деректер бар: бұл CSV файлы емес.
import-error-unreadable = Кітапты оқу мүмкін болмады: { $error }
import-error-csv = CSV файлын оқу мүмкін болмады: { $error }
import-error-no-sheet = Кітапта «{ $name }» деген парақ жоқ. Оның парақтары: { $sheets }.
import-error-empty = Парақ бос: импорттайтын тақырып жолы жоқ.
import-error-cancelled = Импорт тоқтатылды; ештеңе өзгерген жоқ.

## Пәрмен жолы.
import-cli-same-file = Шығыс файл — импортталатын файлдың өзі: басқа атау таңдаңыз, бастапқы файл ешқашан қайта жазылмайды.
import-cli-map-unreadable = { $path } сәйкестендіру файлын оқу мүмкін болмады: { $error }
import-cli-dry-run = Сынақ іске қосу: ештеңе жазылған жоқ.
import-cli-written = Жоба { $path } файлына жазылды

## Excel-ге экспорт.
export-format-xlsx = Excel кітабы
file-dialog-export-xlsx = Excel кітабы ретінде экспорттау
file-dialog-filter-xlsx = Excel кітабы
xlsx-export-failed = Excel кітабын жасау мүмкін болмады: { $error }

## Импорт терезесі (Файл → Импорт…).
action-import = Импорт…
action-import-hint = Міндеттемелерді CSV, Excel немесе LibreOffice кестесінен әкелу: жаңа идентификаторлар қосылады, барлары жаңартылады
file-dialog-import = Кестені импорттау
file-dialog-filter-sheets = Кестелер
file-dialog-save-mapping = Бағандар сәйкестендіруін сақтау
file-dialog-filter-mapping = Бағандар сәйкестендіруі
import-failed-title = Импортты бастау мүмкін болмады
import-failed-title-file = { $file } импортталмады
import-done = { $file } импортталды: { $summary }
import-mapping-saved = Сәйкестендіру { $path } файлына сақталды
import-mapping-failed = Сәйкестендіруді сақтау мүмкін болмады
import-reading-title = { $file } импорты
import-reading-rows = Оқылған жол: { $read } / { $total }
import-reading-rows-unknown = Оқылған жол: { $read }
import-cancel = Бас тарту
import-mapping-title = { $file } импорты
import-sheet = Парақ: { $name }
import-ours = Reform Tracker-ден экспортталған кітап: жаңа жоба ретінде импорттағанда дәлелдері, тарихы, ескертпелері және дереккөз құжаттары бірге келеді.
import-mapping-intro = Әр баған қай өрісті толтыратынын таңдаңыз. Алғашқы жолдар оқылатын күйінде көрсетілген.
import-column = Баған
import-column-number = { $number }-баған
import-imported-as = Қалай импорттау
import-preview = Алғашқы жолдар
import-save-mapping = Сәйкестендіруді сақтау…
import-show-changes = Өзгерістерді көрсету…
import-summary-title = { $file } импорты: не өзгереді
import-summary-intro = «Импорттау» батырмасын баспайынша ештеңе өзгермейді. Жолдар осы жобаға идентификатор бойынша біріктіріледі; бір болдырмау (Ctrl+Z) бүкіл импортты қайтарады.
import-new-list = Жаңа: { $list }
import-updated-list = Жаңартылған: { $list }
import-refused-title = { $count ->
        [one] Қабылданбаған жол
       *[other] Қабылданбаған жолдар ({ $count })
    }
import-more = … тағы { $count }
import-apply = Импорттау
import-back = Артқа
import-nothing = Ештеңе өзгермейді.
import-as-new = Жаңа жоба ретінде (осымен біріктірмей)
import-summary-intro-new = «Импорттау» батырмасын баспайынша ештеңе өзгермейді: нәтиже жаңа, сақталмаған жоба ретінде ашылады.
import-warnings-title = { $count ->
        [one] Ескертумен импортталды
       *[other] Ескертулермен импортталды ({ $count })
    }
import-load-mapping = Сәйкестендіруді жүктеу…
file-dialog-load-mapping = Сақталған бағандар сәйкестендіруін жүктеу
import-mapping-loaded = Сәйкестендіру { $path } файлынан жүктелді
import-mapping-load-failed = Сәйкестендіруді жүктеу мүмкін болмады
import-map-too-large = файл сәйкестендіру файлы болу үшін тым үлкен
import-words-title = Мәртебе сөздері
import-words-intro = Парақтағы барлық мәртебе сөздері: әрқайсысы қай мәртебеге сәйкес келетінін таңдаңыз немесе оның жолдарын импорттамаңыз. Қолданба білетін сөздер толтырылған; «Сәйкестендіруді сақтау…» таңдауыңызды сақтайды.
import-words-more = Тек алғашқы { $count } түрлі сөз көрсетілген; қолданба білмейтін басқа сөздері бар жолдар қабылданбайды.
import-word = «{ $word }»
import-word-leave-out = (жолды импорттамау)
import-preset = Дайын сәйкестендіру
import-preset-none = Таңдау…
import-preset-uhri = БҰҰ-ның Адам құқықтарының әмбебап индексі (UHRI)
import-preset-applied = Бағандар { $preset } экспортындағыдай сәйкестендірілді
import-preset-missing-title = Бұл парақ { $preset } экспорты емес
import-preset-missing = Онда { $columns } деп аталатын баған жоқ. Бағандарды өзіңіз сәйкестендіріңіз немесе файлдың іздеу нәтижесінің экспорты екенін тексеріңіз.
import-new-terms-list = Қосылған сөздік терминдері: { $list }
import-new-sources-list = Қосылған дереккөз құжаттары: { $list }

## Дереккөзге сілтемелер: импортта және validate командасында тексеріледі.
validate-unknown-source = {"  "}ескерту: { $commitment } «{ $source }» дереккөзіне сілтейді, бірақ ол жобаның дереккөз құжаттарының арасында жоқ
validate-link-unknown = {"  "}ескерту: { $commitment } «{ $id }» дегенге байланыстырылған, бірақ жобада ондай ұсыным жоқ
validate-link-no-note = {"  "}ескерту: { $commitment } { $id } ұсынымына қайшы келеді, бірақ себебін айтатын жазба жоқ
validate-recommendation-no-details = {"  "}ескерту: { $id } — мәліметтері жоқ ұсыным (механизм, тармақ, жауап)
validate-unknown-term = {"  "}ескерту: { $item } «{ $term }» терминімен белгіленген, бірақ ол жобаның ешбір сөздігінде жоқ

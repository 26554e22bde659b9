# reports — kk
# Тақта, оның диаграммалары, экспорт (HTML, Markdown; CSV тақырыптары — машиналық кілттер,
# олар мұнда жоқ), дәйексөз жолы және пәрмен жолының хабарлары.
# Глоссарий (model.ftl терминдері, және):
#   dashboard — тақта; headline figures — негізгі көрсеткіштер; share — үлес (бағаланған
#   міндеттемелерден); assessed — бағаланған; status scale — мәртебелер шкаласы;
#   deadline — мерзім; overdue — мерзімі өткен; latest evidence — соңғы дәлел;
#   progress chart — орындалу барысының диаграммасы; table — кесте;
#   canonical form — канондық пішін; export — экспорт.

## Тақта

dashboard-title = Тақта
dashboard-as-of-asked = Трекердің { $date } күнгі күйі
dashboard-as-of-today = Бүгінгі күнге, { $date }
dashboard-by-actor = Субъектілер бойынша
dashboard-by-category = Санаттар бойынша
dashboard-progress = Орындалу барысы
dashboard-most-overdue = Мерзімі ең көп өткендер
dashboard-nothing-overdue = Мерзімі өткен ештеңе жоқ (тек мерзімі бар міндеттемелер есептеледі).
dashboard-overdue-row = { $id }  { $title } — { $overdue } (мерзімі { $deadline })
dashboard-latest-changes = Мәртебенің соңғы өзгерістері
dashboard-recommendations = Ұсынымдар ({ $count })
dashboard-coverage = Қолдау тапқан { $supported } ұсынымның { $answered } ұсынымына кемінде бір міндеттеме жауап береді ({ $share }).
dashboard-gone-against = Міндеттемелер қайшы келетін ұсынымдар: { $count }.
dashboard-supported-status = Қолдау тапқан ұсынымдар мәртебесі бойынша
dashboard-by-mechanism = Механизм бойынша
dashboard-by-theme = Тақырып бойынша (жазба әр тақырыбында есептеледі)
dashboard-by-response = Мемлекет жауабы бойынша
dashboard-unanswered = Әзірге жауапсыз ({ $count })
dashboard-figure-commitments = { $count ->
    [one] міндеттеме
   *[other] міндеттеме
}
dashboard-figure-assessed = бағаланған
dashboard-figure-fulfilled = орындалды
dashboard-figure-partly = ішінара орындалды
dashboard-figure-fulfilled-replaced = орындалды, кейін ауыстырылған
dashboard-figure-in-force = күшіндегілерден орындалғаны
dashboard-percent = { $percent }%
dashboard-shares-note = Үлестер бағаланған міндеттемелерден есептеледі; { $count ->
    [one] әлі бағаланбаған { $count } міндеттеме
   *[other] әлі бағаланбаған { $count } міндеттеме
} есепке алынбайды.

## Диаграммалар: экран диктора не естиді, және сол сандар кесте түрінде

chart-summary = { $count ->
    [one] { $count } міндеттеменің
   *[other] { $count } міндеттеменің
} мәртебелері: { $parts }
chart-summary-recommendations = { $count ->
    [one] { $count } ұсынымның
   *[other] { $count } ұсынымның
} мәртебелері: { $parts }
chart-summary-part = { $status } — { $count }
chart-summary-empty = Әзірге міндеттемелер жоқ
chart-group-summary = { $name }: { $summary }
chart-timeline-span = Орындалу барысының диаграммасы: { $first } – { $last }
chart-timeline-none = Орындалу барысының диаграммасы: мәртебе өзгерістері әлі жазылмаған
chart-timeline-empty = Мәртебе өзгерістері әлі жазылмаған
chart-commitments = { $count ->
    [one] { $count } міндеттеме
   *[other] { $count } міндеттеме
}
chart-show-table = Кесте түрінде көрсету
chart-show-table-hint = Диаграмманың сандары қарапайым кесте түрінде
chart-table-status = Мәртебе
chart-table-count = Міндеттемелер
chart-table-share = Барлығынан үлесі
chart-table-group = Атауы
chart-table-by-status = Мәртебелер бойынша
chart-table-date = Күні

## Экспорт

export-format-csv = CSV (кесте)
export-format-markdown = Markdown
export-format-html = HTML беті
report-as-of-asked = { $date } күнгі мәртебе — трекер сол күні қандай болса, солай (кейінгі өзгерістер енгізілмеген).
report-as-of = { $date } күнгі мәртебе.
report-assessments-current-to = Бағалар { $date } күнгі жағдай бойынша.
report-headline = Негізгі көрсеткіштер
report-commitments = Міндеттемелер
report-commitments-tracked = { $count ->
    [one] міндеттеме бақылауда
   *[other] міндеттеме бақылауда
}
report-md-tracked = Бақылаудағы міндеттемелер: { $count }
report-replaced-keep = Ауыстырылған міндеттемелер қол жеткізген мәртебесін сақтайды.
report-bar-label = Мәртебелер бойынша міндеттемелер: { $parts }
report-replaced-heading = Ауыстырылған міндеттемелер
report-evidence-cited = Дәлелдер: { $list }.
report-overdue = { $date } (мерзімі өткен)
report-not-linked = (сілтеме жасалмады: { $reason })
report-share = { $status }: бағаланған { $assessed } міндеттеменің ішінде { $count } ({ $percent }%)
report-no-shares = Әзірге бірде-бір міндеттеме бағаланбаған, сондықтан үлестер жоқ.
report-not-assessed-note = Үлестер тек бағаланған міндеттемелерден есептеледі: әлі бағаланбаған { $count ->
    [one] { $count } міндеттеме
   *[other] { $count } міндеттеме
} есепке алынбайды («бағаланбаған» «әрекет жоқ» дегенмен бірдей емес).
report-scale = Мәртебелер шкаласы
report-col-id = ID
report-col-kind = Түрі
report-col-actor = Субъект
report-col-category = Санат
report-col-title = Атауы
report-col-status = Мәртебе
report-col-status-date = Мәртебе күні
report-col-deadline = Мерзімі
report-col-evidence = Дәлелдер
report-col-latest-evidence = Соңғы дәлел
report-col-meaning = Мағынасы
report-exported-from = Reform Tracker бағдарламасынан экспортталды.

## Экспорттағы ұсынымдар: мәртебе астындағы жолдар және әр ұсыным туралы мәлімет.
report-link-answers = Жауап береді: { $ids }
report-link-answers-in-part = Ішінара жауап береді: { $ids }
report-link-goes-against = Қайшы келеді: { $ids }
report-link-answered-by = Жауап бергендер: { $ids }
report-link-answered-in-part-by = Ішінара жауап бергендер: { $ids }
report-link-gone-against-by = Қайшы келгендер: { $ids }
report-link-nothing-answers = Бұл ұсынымға әзірге ештеңе жауап бермейді
report-rec-heading = Ұсынымдар толығырақ
report-rec-paragraph = { $paragraph }-тармақ
report-rec-recommending = Ұсынғандар: { $names }
report-rec-response = Жауап: { $position } ({ $date })
report-rec-response-undated = Жауап: { $position }
report-rec-no-response = Жауап әзірге жоқ
report-rec-text = Мәтін: { $text }
report-rec-text-summary = Мәтін (қысқаша мазмұны): { $text }
report-rec-terms = Терминдер: { $terms }

## Дәйексөз жолы

citation-line = «{ $title }» — { $date } күнгі мәртебесі: { $status } ({ $project }).
citation-source = Дереккөз: { $parts }
citation-no-source = Дереккөз: көрсетілмеген.
citation-recommendation = Ұсыным: { $origin }.

## Пәрмен жолы

cli-not-canonical = { $file }: канондық пішінде емес
cli-rewritten = { $file }: қайта жазылды
cli-already-canonical = { $file }: канондық пішінде
cli-written = { $format }: { $path } файлына жазылды
cli-scale-range = --scale 0,5 пен 4 аралығында болуы керек
cli-screenshot-saved = Скриншот { $path } файлына сақталды
cli-no-screenshot = Скриншот түсірілмеді: { $error }
cli-conflicts-marked = { $count ->
    [one] Назар аударыңыз: { $count } біріктіру қайшылығы шешілмеген; нәтижеде оның мәндері шешілмеген деп белгіленді.
   *[other] Назар аударыңыз: { $count } біріктіру қайшылығы шешілмеген; нәтижеде олардың мәндері шешілмеген деп белгіленді.
}
cli-no-window = reform-tracker: терезені ашу мүмкін болмады: { $error }
cli-unknown-format = «{ $name }» — белгісіз пішім: csv, markdown, html немесе xlsx пайдаланыңыз
cli-bad-size = «{ $text }» — өлшем емес: ЕНІxБИІКТІГІ түрінде жазыңыз, мысалы 1600x1000
cli-bad-lang = «{ $code }» — бағдарламада мұндай тіл жоқ: en, ru немесе kk пайдаланыңыз
cli-assets-written = Анықтама беттері мен командалық қабықшаларға толықтырулар { $folder } ішіне жазылды
cli-assets-not-written = Анықтама беттері мен командалық қабықшаларға толықтыруларды { $folder } ішіне жазу мүмкін болмады: { $error }

## Экспорттағы шешілмеген біріктіру қайшылықтары (export --allow-conflicts).
report-undecided = (шешілмеген: біздің нұсқа { $ours } / олардың нұсқасы { $theirs })
report-undecided-heading = Шешілмеген біріктіру қайшылықтары
report-undecided-intro = Біріктіруден кейін бұл мәндер шешілмей қалды. «Шешілмеген» деп белгіленген ұяшықтарда екі нұсқа да көрсетілген; қайшылықтар шешілгенге дейін қорытындыда біздің нұсқа есептеледі.

## Веб-сайт (reform-tracker site).
site-cancelled = Сайтты жариялау тоқтатылды; ештеңе жазылған жоқ.
site-feed = Өзгерістер (Atom арнасы)
site-feed-new = Жаңа: { $id } { $title }
site-skip = Мазмұнға өту
site-nav = Сайт
site-home = Басты бет
site-years = Жылдар бойынша өзгерістер
site-year = { $year } жылғы өзгерістер
site-languages = Тілдер
site-generated = Reform Tracker { $version } арқылы хеші { $hash } жоба файлынан жасалды.
site-wayback = Wayback Machine-нен іздеу
site-address-withheld = (мекенжайы жарияланбайды)
site-filter-status = Мәртебе: { $status }
site-items-count = { $count ->
    [one] { $count } тармақ
   *[other] { $count } тармақ
}
site-recommendations-apart = Ұсынымдар — үкіметке не істеу ұсынылғаны, ол уәде еткені емес: олар жоғарыдағы міндеттемелерден бөлек есептеледі.
site-no-changes = Әзірге күні көрсетілген өзгеріс жоқ.
site-all-items = Барлық тармақтар
site-search = Тізімнен іздеу:
site-filters = Сүзгілер
site-by-status = Мәртебе бойынша
site-by-kind = Түрі бойынша
site-filter-category = Санат: { $category }
site-by-category = Санат бойынша
site-by-term = Термин бойынша
site-responsible = Жауапты
site-committed = Міндеттеме күні
site-source = Дереккөз
site-parent = Мақсаты
site-children = Оған қызмет етеді
site-tags = Белгілер
site-history = Тарих
site-no-history = Мәртебе өзгерісі әлі жазылмаған.
site-cite = Қалай сілтеме жасау керек
site-left-address = { $item }: { $evidence } дәлелдің мекенжайы (терезе ашатын веб-сілтеме емес)
site-left-source-address = { $source } бастапқы құжаты: оның мекенжайы (терезе ашатын веб-сілтеме емес)
site-left-item = { $item }: тармақ толығымен (ішкі деп белгіленген)
site-left-evidence = { $item }: { $evidence } дәлел (ішкі деп белгіленген) және мәртебе өзгерістеріндегі оған сілтемелер
site-left-notes = { $item }: жария деп белгіленбеген { $count } жазба
cli-site-written = Сайт { $path } қалтасына жазылды: { $count } файл, { $size } КБ.
cli-site-nothing-left-out = Ештеңе алынып тасталмады: ішкі деп белгіленген тармақ, дәлел не жазба жоқ.
cli-site-left-out = Сайтқа енгізілмегені ({ $count }):
cli-site-not-ours = { $path } қалтасында бұл команда жазбаған файлдар бар; ештеңе жазылған жоқ. Бос немесе жаңа қалтаны таңдаңыз.
cli-site-unwritable = { $path } жазылмады: { $error }
cli-site-notes-left-out = Жазбалар жария деп белгіленбесе ішкі болып саналады: { $items } тармақтың { $count } жазбасы енгізілмеді.
action-publish-site = Сайтты жариялау…
action-publish-site-hint = Трекерді терезедегі күнге статикалық сайт ретінде қалтаға жазады; ішкі деп белгіленгендер жарияланбайды
file-dialog-publish = Сайтқа арналған қалтаны таңдаңыз
dialog-publish = Жариялау
publish-publishing = Сайт { $path } қалтасына жариялануда…
publish-progress-pages = { $total } беттің { $done } беті
publish-cancel = Жариялауды болдырмау
publish-done-title = Сайт жарияланды
publish-failed-title = Сайт жарияланбады
publish-folder-not-ours = { $path } қалтасында басқа файлдар бар, сондықтан сайт оған жазылмады және ондағы ештеңе өзгермеді. Бос қалтаны, жаңа қалтаны немесе бұл бағдарлама бұрын сайт жариялаған қалтаны таңдаңыз.
publish-more-left-out = …және тағы { $count } (reform-tracker site командасы бәрін тізіп береді).
publish-stopped = Жариялау күтпеген жерден тоқтады; қалтада сайттың бір бөлігі қалуы мүмкін.
publish-undecided = Жобада шешілмеген біріктіру қайшылықтары бар ({ $count }: { $places }): олардың мәндері анықталмаған, ал сайт бір жағын факт ретінде көрсетер еді. Алдымен оларды шешіңіз («Қайшылықтарды шешу…»), содан кейін жариялаңыз.

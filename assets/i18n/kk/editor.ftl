# Тізім және бір міндеттеменің редакторы: өрістер, мәртебе, тарих, дәлелдер, жазбалар,
# ауыстыру.
# Глоссарий: model.ftl қараңыз (міндеттеме, мәртебе, дәлел (сілтеме), тарих, жазба,
# дереккөз, ауыстырылған, күшінде); сондай-ақ: checklist — тізім, editor — редактор,
# field — өріс, record (a change) — жазу, mark (as replaced) — белгілеу.

## Тізім.
checklist-heading = Міндеттемелер
checklist-heading-items = Жазбалар
checklist-shown-of = { $total } ішінен { $shown }
checklist-empty = Әзірге міндеттеме жоқ.
checklist-empty-hint = Біріншісін Түзету → Реформа қосу немесе Түзету → Серіктестік ұсынысын қосу арқылы, не осы жерден қосыңыз:
checklist-add-reform = Реформа қосу
checklist-add-partnership-offer = Серіктестік ұсынысын қосу
checklist-add-recommendation = Ұсыным қосу
checklist-links = { $count ->
   *[other] { $count } сілтеме
}
checklist-flagged = Белгіленген: алаңдаушылық не кері кету
legend-title = Түстер:
legend-overdue = қызыл: мерзімі өткен
legend-concern = күлгін: алаңдаушылық белгіленген

## Редактор өрістері.
editor-select-hint = Көру және өзгерту үшін тізімнен міндеттемені таңдаңыз.
editor-hidden-by-filter = Тізімде жоқ: іздеу не сүзгілер бұл міндеттемені жасырып тұр.
checklist-no-match = Іздеу мен сүзгілерге сай міндеттеме жоқ.
checklist-overdue-short = { $days } күн кеш
editor-copy-citation = Дәйектеме ретінде көшіру
editor-copy-citation-hover = Атауы, мәртебесі, күні және дереккөзі бар бір жол — қоюға дайын
editor-id = Идентификатор
editor-id-hover = Идентификатор өзгермейді, сондықтан экспорт пен сілтемелер дұрыс қалады.
editor-kind = Түрі
editor-title = Атауы
editor-title-hint = Қысқа атауы
editor-quote = Дәйексөз немесе қысқаша мазмұны
editor-actor = Кім міндеттенді
editor-actor-hint = мыс. Президент Тоқаев
editor-actor-recommendation = Кім берді
editor-actor-recommendation-hint = мысалы, ЕҚЫҰ/ДИАҚБ, БҰҰ-ның Жалпыға бірдей мерзімді шолуы
editor-date-committed = Міндеттеме күні
editor-category = Санат
editor-category-hint = мыс. Парламент
editor-responsible = Жауапты орган
editor-responsible-hint = Кім орындауы тиіс
editor-deadline = Мерзім
editor-tags = Белгілер
editor-tags-hint = үтір арқылы
editor-importance = Маңыздылығы
editor-importance-minor = 1 шағын
editor-importance-notable = 2 елеулі
editor-importance-major = 3 ірі
editor-concern-flag = Алаңдаушылықты не кері кетуді белгілеу
editor-part-of = Құрамына кіреді
editor-not-in-project = { $id } (бұл жобада жоқ)
editor-none = — (жоқ)
editor-source = Дереккөз

## Есеп режимі: таңдалған міндеттеме, тек оқу үшін.
detail-view-select-hint = Мұнда көрсету үшін міндеттемені таңдаңыз.
detail-view-committed = қабылданды: { $date }
detail-view-deadline = мерзімі: { $date }
detail-view-source = Дереккөз: { $title }, { $publisher }
detail-view-evidence = Дәлелдер ({ $count })
detail-view-notes = Жазбалар

## Мәртебе және тарих.
editor-status-chip = Мәртебе: { $status }
editor-history-status = Мәртебе
editor-history-change-status = Мәртебені өзгерту…
editor-history-cancel = Мәртебе өзгерісінен бас тарту
editor-history-heading = Тарих ({ $count })
editor-history-empty = Мәртебе өзгерісі әлі жазылмаған.
editor-history-to = →
editor-history-evidence = №{ $id } дәлел
editor-history-evidence-refused = №{ $id } дәлел (мекенжай қабылданбады)
editor-history-evidence-removed = №{ $id } дәлел (жойылған)
editor-history-evidence-list = Дәлелдер: { $list }
editor-history-new-status = Жаңа мәртебе
editor-history-date = Өзгеріс күні
editor-history-date-hint = ЖЖЖЖ-АА-КК
editor-history-why = Себебі (жазба)
editor-history-why-hint = Не болды және ол қай жерде құжатталған
editor-history-rests-on = Негізі
editor-history-no-evidence = Әзірге дәлел сілтемесі жоқ: алдымен төменде біреуін қосыңыз.
editor-history-tip = Кеңес: мәртебе өзгерісінің артында күні көрсетілген дәлел болса, оның салмағы артады.
editor-history-record = Мәртебе өзгерісін жазу
editor-history-pick-other = Ағымдағыдан басқа мәртебені таңдаңыз.

## Дәлел сілтемелері.
editor-evidence-heading = Дәлелдер ({ $count })
editor-evidence-edit = Өзгерту
editor-evidence-edit-name = { $id } дәлелін өзгерту
editor-evidence-remove = Жою
editor-evidence-remove-name = { $id } дәлелін жою
editor-evidence-add-open = Дәлел сілтемесін қосу…
editor-evidence-new = Жаңа дәлел сілтемесі
editor-evidence-add = Дәлел қосу
editor-evidence-cancel = Бас тарту
editor-evidence-save = Дәлелді сақтау
editor-evidence-cannot-use = Бұл мекенжайды пайдалануға болмайды: { $reason }. Дәлелді мәтін ретінде жазу үшін өрісті бос қалдырыңыз.
editor-evidence-refused = Қабылданбады: { $reason }. Ашылмайды, есептелмейді, негіз ретінде ұсынылмайды.
editor-evidence-no-address = Веб-мекенжай жазылмаған.
editor-evidence-link-title = Сілтеме атауы
editor-evidence-link-title-hint = Бұл қандай бет
editor-evidence-address = Веб-мекенжай
editor-evidence-address-hint = https://…
editor-evidence-publisher = Жариялаушы
editor-evidence-publisher-hint = мыс. astanatimes.com
editor-evidence-published = Жарияланған күні
editor-evidence-note = Дәлел туралы жазба
editor-evidence-note-hint = Ол нені көрсетеді
editor-evidence-confidence = Сенімділік

## Жазбалар.
editor-notes-heading = Жазбалар ({ $count })
editor-notes-delete = Жазбаны жою
editor-notes-empty = Әзірге жазба жоқ.
editor-notes-new = Жаңа жазба
editor-notes-new-hint = Жазба жазыңыз; төменде басқа күн көрсетілмесе, бүгінгі күнмен белгіленеді
editor-notes-add = Жазба қосу
editor-notes-date = Жазба күні
editor-notes-date-hint = бүгін
editor-notes-future = Жазбаны бүгіннен кейінгі күнмен белгілеуге болмайды.

## Ауыстыру: бөлім, пішін, белгі.
replacement-heading = Ауыстыру
replacement-not-yet = { $date } күйі бойынша ауыстырылмаған. Кейін: { $mark }.
replacement-go-to = Өту:
replacement-later = { $date } күйі бойынша әлі ештеңені ауыстырмайды; кейін { $ids } орнына келеді.
replacement-by-label = Немен ауыстырылды:
replacement-evidence = Дәлел:
replacement-in-force = Күшінде: оны кейінгі ешбір міндеттеме ауыстырмайды және ол ештеңені ауыстырмайды.
replacement-change = Ауыстыруды өзгерту…
replacement-mark-open = Ауыстырылған деп белгілеу…
replacement-mark-hover = Оны кейінгі реформа ауыстырғанын жазу; мәртебе сақталады
replacement-remove = Ауыстыру белгісін алып тастау
replacement-cancel = Ауыстырудан бас тарту
replacement-on = Ауыстырылған күні
replacement-by = Немен ауыстырылды (идентификаторлар)
replacement-by-hint = мыс. K1, K2; мұнда бақыланбаса, бос қалдырыңыз
replacement-how-much = Қаншалықты
replacement-wholly = Толық
replacement-in-part = Ішінара
replacement-note = Ауыстыру туралы жазба
replacement-note-hint = Оны не ауыстырды, күні көрсетілген дәлелге сілтеме жасап
replacement-stays = Мәртебе мен оның тарихы өзгермейді: ауыстыру — күні бар жеке факт.
replacement-record = Ауыстыруды жазу
replacement-none-named = Бақыланатын міндеттеме көрсетілмеген.
replacement-not-in-project = { $id }: бұл жобада жоқ
replacement-stale = { $name } (ашу мүмкін емес: белгіні алып тастаңыз)
replacement-no-evidence = Әзірге веб-мекенжайы бар дәлел сілтемесі жоқ: алдымен төменде біреуін қосыңыз.
replacement-left-out = { $count ->
   *[other] Ашуға болатын веб-мекенжайы жоқ { $count } сілтеме ұсынылмайды.
}

## Редактордағы ұсынымдар.
rec-details-heading = Ұсыным
rec-mechanism = Механизм
rec-paragraph = Тармақ
rec-paragraph-hint = мысалы, 123.45
rec-cycle = Цикл немесе сессия
rec-cycle-hint = мысалы, ЖМШ 4-цикл
rec-recommending = Ұсынған
rec-recommending-hint = Мемлекеттер немесе орган, үтір арқылы
rec-language = Мәтін тілі
rec-language-hint = en, ru, kk…
rec-summary = Мәтін — ұсынымның өз сөзі емес, қысқаша мазмұны
rec-response = Мемлекеттің жауабы
rec-response-none = Әзірге жауап жоқ
rec-response-date = Жауап күні
rec-response-note = Жауапқа ескертпе
rec-response-note-hint = Жауап қайда берілді
rec-answered-heading = Байланысты міндеттемелер ({ $count })
rec-nothing-answers = Бұл ұсынымға әзірге ештеңе жауап бермейді.
rec-links-heading = Ұсынымдар ({ $count })
rec-links-empty = Ешбір ұсыныммен байланыспаған.
rec-link-remove = Алып тастау
rec-link-remove-named = { $id } байланысын алып тастау
rec-link-relation = Қалай
rec-link-date = Байланыс күні
rec-link-note = Неге
rec-link-note-hint = Мұны не көрсетеді, дәлелге сілтеп
rec-link-needs-note = Себебін дәлелімен жазыңыз: ұсынымға қайшы келу — тұжырым.
rec-link-add = Байланыстыру
rec-link-choose = Ұсынымды таңдаңыз…
rec-term-add = Қосу…
rec-term-remove-named = «{ $term }» терминін бұл жазбадан алу

## Сөздіктер терезесі.
vocab-title = Сөздіктер
vocab-intro = Жазбаларды белгілейтін терминдер. Жазбалар термин идентификаторын сақтайды, сондықтан жаңа атау бірден барлық жерде көрінеді.
vocab-none = Әзірге термин жоқ.
vocab-add = Термин қосу
vocab-close = Жабу
vocab-used-by = { $count ->
        [one] { $count } жазбада қолданылады
       *[other] { $count } жазбада қолданылады
    }
vocab-edit = Өзгерту
vocab-edit-name = { $id } терминін өзгерту
vocab-remove = Жою
vocab-remove-name = { $id } терминін жою
vocab-remove-title = «{ $term }» жойылсын ба?
vocab-remove-body = { $count ->
        [one] Онымен { $ids } жазбасы белгіленген. Термин жойылса, одан алынады.
       *[other] Онымен { $count } жазба белгіленген: { $ids }. Термин жойылса, барлығынан алынады.
    }
vocab-remove-anyway = Терминді жою
vocab-keep = Қалдыру
vocab-edit-title = Терминді өзгерту
vocab-new-title = Жаңа термин
vocab-id = Идентификатор
vocab-id-hint = мысалы, theme-elections
vocab-vocabulary = Сөздік
vocab-label-en = Ағылшынша атауы
vocab-label-ru = Орысша атауы
vocab-label-kk = Қазақша атауы
vocab-id-missing = Термин идентификаторын көрсетіңіз.
vocab-id-taken = { $id } идентификаторы басқа терминде бар.
vocab-label-missing = Терминнің ағылшынша атауын көрсетіңіз.
vocab-save = Терминді сақтау
vocab-cancel = Бас тарту
batch-heading = { $count ->
   *[other] { $count } элемент таңдалды
}
batch-hint = Төмендегі әр батырма барлық таңдалған элементті бірден өзгертеді; бір рет болдырмау бәрін қайтарады.
batch-terms-heading = Сөздік терминдері
batch-term = Термин
batch-term-none = Терминді таңдаңыз
batch-term-option = { $vocabulary }: { $term }
batch-term-add = Барлығына қосу
batch-term-remove = Барлығынан алып тастау
batch-no-terms = Жобада әзірге сөздік терминдері жоқ.
batch-status-heading = Мәртебе
batch-status = Жаңа мәртебе
batch-date = Күні
batch-note = Неге
batch-note-hint = Бір жазба әр элементтің тарихына түседі
batch-evidence-url = Дәлелдің мекенжайы
batch-evidence-url-hint = Міндетті емес: әр элементке өзгерістің негізі ретінде қосылады
batch-evidence-title = Дәлелдің атауы
batch-status-apply = Барлығына жазу
batch-concern-heading = Алаңдаушылық
batch-concern-flag = Барлығына алаңдаушылық белгісін қою
batch-concern-clear = Барлығынан алаңдаушылық белгісін алу
batch-link-heading = Ұсыныспен байланыс
batch-recommendation = Ұсыныс
batch-recommendation-none = Ұсынысты таңдаңыз
batch-relation = Байланыс
batch-link-apply = Барлығын байланыстыру
batch-no-recommendations = Жобада әзірге ұсыныстар жоқ.
batch-recommendations-skipped = { $count ->
   *[other] Таңдаудағы { $count } ұсыныс өткізіліп кетеді: тек міндеттемелер байланыстырылады.
}
batch-clear = Таңдауды алып тастау
batch-term-added = { $count ->
   *[other] «{ $term }» { $count } элементке қосылды
}
batch-term-removed = { $count ->
   *[other] «{ $term }» { $count } элементтен алынды
}
batch-status-set = { $count ->
   *[other] «{ $status }» мәртебесі { $count } элементке жазылды.
}
batch-status-had-it = { $count ->
   *[other] { $count } элементте ол бұрыннан бар еді.
}
batch-concern-set = { $count ->
   *[other] { $count } элементке алаңдаушылық белгісі қойылды
}
batch-concern-cleared = { $count ->
   *[other] { $count } элементтен алаңдаушылық белгісі алынды
}
batch-linked = { $count ->
   *[other] { $count } міндеттеме { $recommendation } ұсынысымен байланыстырылды.
}
batch-skipped = { $count ->
   *[other] { $count } ұсыныс өткізіліп кетті.
}
editor-internal = Ішкі: жарияланатын сайтқа енгізбеу
editor-evidence-internal = Ішкі сілтеме: жарияланатын сайтқа енгізбеу
editor-note-public = Жария: бұл жазбаны сайтта жариялау

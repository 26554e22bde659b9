# Git-те командамен жұмыс: трекердің екі нұсқасын біріктіру, қайшылықтарды шешу, нұсқаларды салыстыру.
# Глоссарий (бүкіл файлда бірдей терминдер):
#   қайшылық (бір-біріне қайшы екі түзету), біздің / олардың нұсқасы (біріктірудің екі жағы),
#   қалдыру, жоба-нұсқа (шешілмеген қайшылықтары бар сақталған файл), салыстыру, өзгеріс.

## Қайшылық не өзгеріс атайтын өрістер.
merge-field-project-title = Жоба атауы
merge-field-project-description = Жоба сипаттамасы
merge-field-project-as-of = Бағалау күні
merge-field-source = Дереккөз құжат { $id }
merge-field-commitment = Міндеттеме толығымен
merge-field-kind = Түрі
merge-field-actor = Міндеттеме берген
merge-field-parent = Қай міндеттеменің бөлігі
merge-field-title = Атауы
merge-field-quote = Дәйексөз
merge-field-source-id = Дереккөз
merge-field-date-committed = Міндеттеме күні
merge-field-category = Санат
merge-field-responsible = Жауапты
merge-field-deadline = Мерзімі
merge-field-status = Мәртебе
merge-field-replaced = Ауыстыру
merge-field-tags = Белгілер
merge-field-importance = Маңыздылығы
merge-field-concern = Алаңдаушылық белгісі
merge-field-internal = Сайтта жарияланбайды
merge-field-evidence = Дәлел сілтемесі №{ $id }
merge-field-status-change = Мәртебенің өзгеруі
merge-field-note = Ескертпе

## Мәндер сөзбен.
merge-value-empty = (бос)
merge-value-yes = иә
merge-value-no = жоқ
merge-value-not-replaced = ауыстырылмаған
merge-value-replacement = { $date } ауыстырылды: { $by }. { $note }
merge-value-commitment = «{ $title }», { $status }
merge-value-source = «{ $title }» { $url }
merge-value-evidence = «{ $title }» { $url }
merge-value-change = { $date }: { $from } → { $to }. { $note }
merge-value-note = { $date }: { $text }
merge-field-recommendation = Ұсыным туралы мәлімет
merge-field-link = { $id } байланысы
merge-field-term = { $id } термині
merge-value-recommendation = { $mechanism } { $paragraph }: { $response }
merge-value-link = { $relation } { $id }: { $note }

## Екі нұсқа арасындағы өзгерістер сөйлеммен (reform-tracker diff, Файл → Салыстыру…).
merge-diff-none = Өзгеріс жоқ.
merge-diff-project = «{ $title }» жобасы
merge-diff-commitment = { $id } «{ $title }»
merge-diff-link = №{ $id } сілтеме «{ $title }» { $url }
merge-diff-added = Қосылды.
merge-diff-removed = Жойылды.
merge-diff-status = Мәртебе { $date } «{ $from }» мәртебесінен «{ $to }» мәртебесіне өзгерді.
merge-diff-because = { " " }Ескертпе: { $note }
merge-diff-citing = { " " }Дәлел: { $links }.
merge-diff-evidence-added = Дәлел сілтемесі қосылды: { $link }.
merge-diff-evidence-removed = Дәлел сілтемесі жойылды: { $link }.
merge-diff-evidence-edited = Дәлел сілтемесі өзгертілді: { $link }.
merge-diff-note-added = Жазба қосылды ({ $date }): { $text }
merge-diff-note-removed = Жазба жойылды ({ $date }): { $text }
merge-diff-edited = { $field }: «{ $old }» орнына «{ $new }» болды.
merge-diff-source-added = { $id } дереккөз құжаты қосылды: «{ $title }».
merge-diff-source-removed = { $id } дереккөз құжаты жойылды: «{ $title }».
merge-diff-source-edited = { $id } дереккөз құжаты өзгертілді: «{ $title }».
merge-diff-rec-link-added = { $id } ұсынымымен байланыс қосылды ({ $relation }).
merge-diff-rec-link-removed = { $id } ұсынымымен байланыс жойылды ({ $relation }).
merge-diff-rec-link-edited = { $id } ұсынымымен байланыс өзгертілді: { $details }.
merge-diff-term-added = Термин қосылды: { $term }.
merge-diff-term-removed = Термин жойылды: { $term }.
merge-diff-recommendation-added = Ұсыным туралы мәлімет қосылды: { $details }.
merge-diff-recommendation-removed = Ұсыным туралы мәлімет жойылды.
merge-diff-recommendation-edited = Ұсыным туралы мәлімет өзгертілді: { $details }.
merge-diff-vocabulary-added = Сөздіктерге { $id } термині қосылды: { $term }.
merge-diff-vocabulary-removed = Сөздіктерден { $id } термині жойылды: { $term }.
merge-diff-vocabulary-edited = { $id } сөздік термині өзгертілді: { $term }.
merge-diff-detail = { $detail }: бұрын «{ $old }», енді «{ $new }»
merge-detail-relation = байланыс
merge-detail-date = күні
merge-detail-note = жазба
merge-detail-evidence = дәлелдер
merge-detail-mechanism = механизм
merge-detail-paragraph = тармақ
merge-detail-cycle = цикл
merge-detail-recommending = ұсынғандар
merge-detail-language = тілі
merge-detail-summary = мәтін — қысқаша мазмұны
merge-detail-response = жауап
merge-show-source = { $id } дереккөз құжаты: «{ $title }» { $url }
merge-show-note = { "  " }Жазба ({ $date }): { $text }
merge-show-term = { $id } сөздік термині: { $term }
merge-show-terms = { "  " }Терминдер: { $terms }
merge-show-link = { "  " }{ $id } ұсынымымен байланыс: { $relation }. { $note }
merge-show-conflict = { $id } { $field } ішіндегі шешілмеген қайшылық: біздің нұсқа «{ $ours }», олардың нұсқасы «{ $theirs }»

## merge және git-setup командалары.
merge-cli-clean = Қайшылықсыз біріктіру { $file } файлына жазылды.
merge-cli-conflicts = { $count ->
    [one] { $file }: { $count } қайшылық файлға жазылды. Оны Reform Tracker-де ашып, шешіңіз.
   *[other] { $file }: { $count } қайшылық файлға жазылды. Оны Reform Tracker-де ашып, шешіңіз.
}
merge-cli-refused = Біріктірілмеді, ештеңе жазылған жоқ: { $reason }
merge-side-ours = біздің нұсқа
merge-side-theirs = олардың нұсқасы
merge-side-base = ортақ ата нұсқа
merge-setup-not-repo = { $path } git репозиторийінде емес. git-setup командасын репозиторий ішінде іске қосыңыз немесе оны көрсетіңіз: reform-tracker git-setup ЖОЛ
merge-setup-no-exe = Бағдарламаның қайда орнатылғанын анықтау мүмкін болмады: { $error }
merge-setup-failed = Git баптау сәтсіз аяқталды: { $error }
merge-setup-attributes-added = { $file } файлына «{ $line }» жолы қосылды.
merge-setup-attributes-present = { $file } файлында «{ $line }» жолы бар.
merge-setup-driver-name = Reform Tracker жобаларын біріктіру
merge-setup-configured = Орнатылды: { $key } = { $value }
merge-setup-done = Дайын. Әріптестеріңіз де алуы үшін .gitattributes файлын коммиттеңіз; олардың әрқайсысы git-setup командасын бір рет іске қосады.

## Терезеде қайшылықтарды шешу.
merge-banner = { $count ->
    [one] Біріктіруден кейін трекерде { $count } қайшылық қалды: сақтамас бұрын оны шешіңіз.
   *[other] Біріктіруден кейін трекерде { $count } қайшылық қалды: сақтамас бұрын оларды шешіңіз.
}
merge-banner-show = Қайшылықтарды шешу…
merge-window-title = Біріктіру қайшылықтары
merge-conflict-where = { $id }: { $field }
merge-conflict-where-project = { $field }
merge-ours-heading = Біздің нұсқа: { $from }
merge-theirs-heading = Олардың нұсқасы: { $from }
merge-keep-ours = Біздікін қалдыру
merge-keep-theirs = Олардікін қалдыру
merge-edit = Өзгерту…
merge-edit-label = Біріктірілген мәтін
merge-use-edited = Осы мәтінді қабылдау
merge-save-draft = Жоба-нұсқа ретінде сақтау
merge-save-draft-hint = Файлды шешілмеген қайшылықтарымен бірге сақтайды, оларды кейін шешуге болады.
merge-none-left = Барлық қайшылық шешілді. Біріктірілген трекерді жазу үшін сақтаңыз.
merge-close = Жабу
merge-save-refused-title = Қайшылықтар әлі шешілмеген
merge-save-refused-body = { $count ->
    [one] { $count } біріктіру қайшылығы әлі шешілмеген. Оны «Қайшылықтарды шешу…» терезесінде шешіңіз немесе кейінге файлда қалдыру үшін сол жерде «Жоба-нұсқа ретінде сақтау» батырмасын таңдаңыз.
   *[other] { $count } біріктіру қайшылығы әлі шешілмеген. Оларды «Қайшылықтарды шешу…» терезесінде шешіңіз немесе кейінге файлда қалдыру үшін сол жерде «Жоба-нұсқа ретінде сақтау» батырмасын таңдаңыз.
}

## Басқа нұсқамен салыстыру.
merge-action-compare = Салыстыру…
merge-action-compare-hint = Осы трекердің басқа нұсқасы мен ашық нұсқасы арасында не өзгергенін көрсетеді
merge-dialog-compare = Салыстыру
merge-compare-title = { $name } нұсқасынан осы трекерге дейінгі өзгерістер
merge-compare-failed-title = { $name } файлымен салыстыру мүмкін болмады
merge-compare-reading = Салыстыру үшін { $path } оқылуда…

## Бір күнгі екі мәртебе өзгерісі туралы шешім тарихқа қосатын жазба; оның авторы — біріктіру.
merge-decision-kept-ours = Біріктірудегі шешім: біздің нұсқа қалдырылды ({ $from }): { $status }.
merge-decision-kept-theirs = Біріктірудегі шешім: олардың нұсқасы қалдырылды ({ $from }): { $status }.
merge-decision-other = Біріктірудегі шешім: біздің нұсқаның ({ $ours }) және олардың нұсқасының ({ $theirs }) орнына { $status }.

## Пәрмен жолындағы шешілмеген қайшылықтар (validate, export, screenshot).
merge-undecided-line = { $place }: біздің нұсқа «{ $ours }», олардың нұсқасы «{ $theirs }»
merge-undecided-refused = { $count ->
    [one] { $file } файлында { $count } шешілмеген біріктіру қайшылығы бар ({ $places }): мәні анықталмаған, ал есеп бір нұсқаны факт ретінде көрсетер еді. Оны терезеде шешіңіз («Қайшылықтарды шешу…») немесе шешілмеген мәндерді белгілеп жалғастыру үшін --allow-conflicts қосыңыз.
   *[other] { $file } файлында { $count } шешілмеген біріктіру қайшылығы бар ({ $places }): мәндері анықталмаған, ал есеп бір нұсқаны факт ретінде көрсетер еді. Оларды терезеде шешіңіз («Қайшылықтарды шешу…») немесе шешілмеген мәндерді белгілеп жалғастыру үшін --allow-conflicts қосыңыз.
}

# Екі күн арасындағы кезең, онда не өзгергені және дәлел сілтемелерінің мұрағаттық көшірмелері.
# Глоссарий (осы файлда және басқаларында бірдей терминдер):
#   кезең, Басы, Соңы, кезеңдегі өзгерістер, ауысу, орындалған үлесі, пайыздық тармақ,
#   мұрағаттық көшірме, мұрағат, соңғы экспорт.

## Кезеңнің ережелері мен көрсеткіштері.
period-error-reversed = Кезең басталмай тұрып аяқталады: басы { $from }, соңы { $to }.
period-net-line = Орындалған үлесі: { $before } → { $after } ({ $points } п. т.)
period-net-line-none = Орындалған үлесі: { $before } → { $after } (тармақпен өзгеріс есептелмейді: бір шетінде бағаланған міндеттеме жоқ)
period-base-line = Үлес бағаланған міндеттемелерден есептеледі: басында { $assessed_before }, соңында { $assessed_after }; орындалды { $fulfilled_before } → { $fulfilled_after }. Алғаш бағаланған міндеттемелер ешбір мәртебе кері кетпесе де үлесті өзгертеді.

## Дәлел сілтемелерінің мұрағаттық көшірмелері.
archive-refused-host = { $host } мұрағат емес: web.archive.org, archive.today (archive.ph, archive.is) немесе perma.cc пайдаланыңыз
archive-copy-link = мұрағаттық көшірме

## Экспорттағы және терезедегі «Кезеңдегі өзгерістер».
period-incomplete = Кезеңнің екі күнін де көрсетіңіз: Басы және Соңы.
period-section-title = Кезеңдегі өзгерістер
period-range = Кезең: { $from } – { $to }
period-empty = Бұл кезеңде ештеңе өзгерген жоқ.
period-rows-shown = { $total } ішінен алғашқы { $shown } көрсетілген.
period-show-more = Тағы { $count } көрсету
period-change-line = { $from } → { $to }
period-status-changes = { $count ->
    [one] { $count } мәртебе өзгерісі
   *[other] { $count } мәртебе өзгерісі
}
period-transitions = Ауысулар (кезең алдындағы күнгі мәртебе → соңындағы мәртебе)
period-col-from = Бұрын
period-col-to = Кейін
period-col-count = Міндеттемелер
period-commitments-added = { $count ->
    [one] { $count } міндеттеме қосылды
   *[other] { $count } міндеттеме қосылды
}
period-evidence-added = { $count ->
    [one] { $count } дәлел сілтемесі қосылды
   *[other] { $count } дәлел сілтемесі қосылды
}
period-notes-added = { $count ->
    [one] { $count } жазба қосылды
   *[other] { $count } жазба қосылды
}
period-replacements = { $count ->
    [one] { $count } міндеттеме ауыстырылды
   *[other] { $count } міндеттеме ауыстырылды
}

## Көрініс → Өзгерістер.
period-view-changes = Өзгерістер
period-view-changes-hint = Екі күн арасында не өзгерді: мәртебе өзгерістері, қосылған дәлелдер, жазбалар мен міндеттемелер
period-choose = Кезеңді таңдаңыз: Басы мен Соңын енгізіңіз (2024-04-01, 2024-04 немесе 2024) немесе дайын нұсқаны басыңыз.
period-from = Басы
period-to = Соңы
period-date-hint = ЖЖЖЖ-АА-КК
period-last-month = Өткен ай
period-last-quarter = Өткен тоқсан
period-this-year = Биылғы жыл
period-since-export = Соңғы экспорттан бері
period-since-export-hint = Бұл файл соңғы рет экспортталған { $date } күнінен бүгінге дейін
period-since-export-none = Бұл файлдан әлі ештеңе экспортталған жоқ.
period-clear = Кезеңді тазарту
period-jump-name = { $id } көрсету
period-export-saved-changes = { $saved } Кезеңдегі өзгерістер { $path } файлында.
period-links-summary = { $count ->
    [one] { $count } сілтеме
   *[other] { $count } сілтеме
}, мұрағаттық көшірмесі барлары: { $archived }.
period-chart-marked = { $chart }; { $from } – { $to } кезеңі белгіленген

## Дәлел редакторындағы мұрағаттық көшірме.
archive-field = Мұрағаттық көшірме
archive-field-hint = https://web.archive.org/web/…
archive-cannot-use = Бұл мұрағаттық көшірмені пайдалану мүмкін емес: { $reason }. Көшірме болмаса, өрісті бос қалдырыңыз.
archive-find = Мұрағаттық көшірмені табу
archive-find-name = { $id } дәлелінің мұрағаттық көшірмесін табу
archive-save = Қазір мұрағаттау
archive-save-name = { $id } дәлелін қазір мұрағаттау
archive-open-name = { $id } дәлелінің мұрағаттық көшірмесін ашу
citation-evidence = Дәлел: { $url } (мұрағаттық көшірме: { $archived })

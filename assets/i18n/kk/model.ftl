# Пән саласының сөздері: мәртебелер, түрлер, сенімділік белгілері, санақ сөздері.
# Глоссарий:
#   commitment — міндеттеме; status — мәртебе; evidence link — дәлел (сілтеме);
#   history — тарих; note — жазба; source document — дереккөз; replaced — ауыстырылған;
#   in force — күшінде; Not assessed — Бағаланбаған; No action — Әрекет жоқ;
#   In progress — Орындалуда; Stalled — Тоқтап тұр; Partially fulfilled — Ішінара орындалды;
#   Fulfilled — Орындалды; Not fulfilled — Орындалмады.
#   Mazhilis — Мәжіліс; maslikhat — мәслихат; akim — әкім; Kurultai — Құрылтай.

#   overdue — мерзімі өткен; replacement mark — ауыстыру белгісі; refused link — қабылданбаған сілтеме.

## Мәртебе шкаласы: атаулар (файлда тұрақты идентификаторлар қалады).
status-not-assessed = Бағаланбаған
status-no-action = Әрекет жоқ
status-in-progress = Орындалуда
status-stalled = Тоқтап тұр
status-partially-fulfilled = Ішінара орындалды
status-fulfilled = Орындалды
status-not-fulfilled = Орындалмады

## Әр мәртебенің мағынасы.
status-def-not-assessed = Әлі ешкім қарамаған. Орындалғандар үлесіне есептелмейді.
status-def-no-action = Қаралды: мәлімдемеден басқа ештеңе жоқ.
status-def-in-progress = Нақты қадам бар: заң жобасы, жарлық, жұмыс тобы, бюджет жолы.
status-def-stalled = Алты ай немесе одан ұзақ уақыт құжатталған қадам жоқ, не іс бұғатталған.
status-def-partially-fulfilled = Нақты нәтиже бар, бірақ уәде етілгеннен едәуір аз, не заңда бар, іс жүзінде жоқ.
status-def-fulfilled = Күшінде және уәде етілгендей жұмыс істейді.
status-def-not-fulfilled = Бас тартылды, күші жойылды немесе мерзімі нәтижесіз өтті.

## Міндеттеме түрлері және дәлелдің сенімділігі.
kind-reform = Реформа
kind-partnership-offer = Серіктестік ұсынысы
kind-reforms = Реформалар
kind-partnership-offers = Серіктестік ұсыныстары
kind-recommendation = Ұсыным
kind-recommendations = Ұсынымдар
mechanism-upr = ЖМШ
mechanism-treaty-body = Шарттық орган
mechanism-special-procedure = Арнайы рәсім
mechanism-odihr = ЕҚЫҰ/ДИАҚБ
mechanism-venice-commission = Венеция комиссиясы
mechanism-other = Басқа
position-supported = Қолдау тапты
position-supported-in-part = Ішінара қолдау тапты
position-noted = Назарға алынды
relation-answers = Жауап береді
relation-answers-in-part = Ішінара жауап береді
relation-goes-against = Қайшы келеді
relation-answered-by = Жауап берген
relation-answered-in-part-by = Ішінара жауап берген
relation-gone-against-by = Қайшы келген
vocabulary-theme = Тақырып
vocabulary-affected-group = Қамтылған топ
vocabulary-sdg-target = ТДМ міндеті
vocabulary-lead-institution = Жауапты орган
confidence-seen = Дереккөзден тексерілді
confidence-secondary = Қосалқы дереккөз
confidence-unverified = Тексерілмеген

## «Күшінде / Ауыстырылған» сүзгісі және сұрыптау.
standing-in-force = Күшінде
standing-replaced = Ауыстырылған
standing-def-in-force = Ауыстырылмаған немесе тек ішінара ауыстырылған
standing-def-replaced = Толық немесе ішінара ауыстырылған
sort-outline = Топтар бойынша
sort-status = Мәртебе
sort-deadline = Мерзім
sort-last-change = Соңғы өзгеріс
sort-importance = Маңыздылығы
sort-mechanism = Механизм бойынша
sort-cycle = Цикл бойынша
sort-response = Жауап бойынша
sort-theme = Тақырып бойынша
group-none = Мәні жоқ
group-no-response = Әзірге жауап жоқ
show-both = Барлығы
show-commitments = Міндеттемелер
show-recommendations = Ұсынымдар


## Негізгі көрсеткіштер.
summary-fulfilled = Орындалды: бағаланған { $assessed } ішінен { $count } ({ $percent }%)
summary-fulfilled-none = Орындалды: әлі ештеңе бағаланбаған
summary-replaced = { $count ->
   *[other] { $count } орындалған міндеттеме кейін ауыстырылды
}
summary-replaced-one-in-part = 1 орындалған міндеттеме кейін ішінара ауыстырылды
summary-replaced-some-in-part = { $count } орындалған міндеттеме кейін ауыстырылды (оның { $part } ішінара)
summary-in-force = Күшіндегілер: бағаланған { $assessed } ішінен { $count } орындалды ({ $percent }%)
summary-in-force-none = Күшіндегілер: ештеңе бағаланбаған
dashboard-no-category = (санатсыз)
dashboard-no-actor = (авторы көрсетілмеген)
outline-uncategorized = Санатсыз

## Ауыстырылған міндеттемелер. $partial: yes не no; $precision: day, month не year.
replacement-word = { $partial ->
    [yes] Ішінара ауыстырылған
   *[no] Ауыстырылған
}
replacement-mark = { $partial ->
    [yes] Ішінара ауыстырылды
   *[no] Ауыстырылды
}: { $precision ->
   *[other] { $date }
}
replacement-mark-by = { $partial ->
    [yes] Ішінара ауыстырылды
   *[no] Ауыстырылды
}: { $precision ->
   *[other] { $date }
}; орнына — { $ids }
replacement-caveat = Мәртебе қол жеткізілген нәтижені көрсетеді. { $mark }: { $partial ->
    [yes] ауыстырылмаған бөлігі күшінде қалады
   *[no] ол енді күшінде емес
}.
replacement-replaces = { $ids } орнына келді
replacement-replaces-in-part = { $ids } орнына ішінара келді
replacement-replaces-both = { $ids } орнына келді; ішінара — { $part }
replacement-error-gone = Бұл міндеттеме енді жобада жоқ.
replacement-error-before = Күн { $id } міндеттемесі қабылданған күннен ({ $date }) ерте.
replacement-error-self = { $id } өзін-өзі ауыстыра алмайды.
replacement-error-unknown = Бұл жобада { $id } міндеттемесі жоқ. Бақыланатын міндеттемелердің идентификаторларын жазыңыз немесе өрісті бос қалдырып, оны не ауыстырғанын жазбада көрсетіңіз.
replacement-error-mutual = { $id } өзі { $other } арқылы ауыстырылған деп белгіленген: екі міндеттеме бірін-бірі ауыстыра алмайды.
replacement-error-evidence = №{ $evidence } дәлел { $id } міндеттемесінің ашуға болатын веб-мекенжайы бар сілтемесі емес.
replacement-error-note = Жазба жазыңыз: оны не ауыстырғанын дәлелге сілтеме жасап көрсетіңіз.

## Сілтеме неге мәтін ретінде көрсетіліп, ашылмайды.
link-refused-empty = мекенжай берілмеген
link-refused-too-long = мекенжай нағыз сілтеме болу үшін тым ұзын
link-refused-spaces = мекенжайда бос орындар немесе басқару таңбалары бар
link-refused-no-scheme = бұл веб-мекенжай емес (http:// немесе https:// жоқ); бұл файл жолы болуы мүмкін
link-refused-invalid = жарамсыз веб-мекенжай ({ $error })
link-refused-no-host = веб-мекенжайда сервер атауы жоқ
link-refused-user = мекенжай сервер атауының алдында пайдаланушы атын жасырады (user@host) — кең тараған фишинг әдісі
link-refused-mail = электрондық пошта сілтемесінде мекенжай жоқ
link-refused-script = скрипт сілтемелері ешқашан ашылмайды
link-refused-file = жергілікті файлдарға сілтемелер ешқашан ашылмайды
link-refused-data = data: сілтемелері ешқашан ашылмайды
link-refused-windows = веб-мекенжайға емес, Windows файл жолына ұқсайды
link-refused-scheme = «{ $scheme }:» сілтемелері ашылмайды; тек http, https және mailto

## Оқылмайтын күн.
date-error = «{ $text }» күн емес: ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ түрінде жазыңыз
